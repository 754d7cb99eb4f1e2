/**
 * The app talks only to the public API, on its own origin. The session lives in an HttpOnly cookie the
 * script never sees; the CSRF token that writes must echo is kept in memory for the page's life.
 */
let csrfToken: string | undefined;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) throw new ApiError(response.status, String(data.code ?? 'ERROR'), String(data.detail ?? response.statusText), data.field as string | undefined);
  if (typeof data.csrfToken === 'string') csrfToken = data.csrfToken;
  return data as T;
}

export interface Session {
  user: { username: string; displayName: string; isAdmin: boolean; mustChangePassword: boolean };
  cases: { id: string; role: string }[];
}

export interface CaseInfo {
  id: string;
  title: string;
  description: string;
}

export interface Summary {
  incidents: number;
  byType: Record<string, number>;
  byGrade: Record<string, number>;
  byActor: Record<string, { name: string; incidents: number }>;
  victims: Record<string, { text: string }>;
}

export interface IncidentRow {
  id: string;
  title: string;
  types: string[];
  grade: string;
  date?: { edtf: string; asReported?: string };
}
