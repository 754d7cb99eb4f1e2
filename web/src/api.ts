import type { Wording } from '../../src/common/wording.js';
import { activeLocale, translate } from './i18n/active-locale.js';
import { errorMessages } from './i18n/errors.messages.js';
import type { Locale, Numerals } from './i18n/locales.js';
import { knowsWording, wordingText } from './i18n/wording.js';

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
    /** The detail as a server wording (src/common/wording.ts), when the server sent one. */
    readonly wording?: Wording,
  ) {
    super(message);
  }
}

/** The `wording` member of a problem the server answered, if it has the shape of one. */
export function wordingOf(problem: Record<string, unknown>): Wording | undefined {
  const said = problem.wording as Partial<Wording> | undefined;
  const shaped = typeof said === 'object' && said !== null && typeof said.code === 'string' && typeof said.text === 'string' && typeof said.values === 'object' && said.values !== null;
  return shaped ? (said as Wording) : undefined;
}

/**
 * A refusal or a bad value in words, naming the field when the server named one (once: its words may start with
 * it). The server words its details in English; in another language the error's code says what happened in the
 * reader's words, and the detail follows for whoever has to act on it: in those words too when the server sent
 * it as a wording the app knows.
 */
export function errorText(caught: unknown): string {
  if (activeLocale() !== 'en' && caught instanceof ApiError) {
    const problem = translate(errorMessages[caught.code as keyof typeof errorMessages] ?? errorMessages.ERROR);
    const named = caught.field ? translate(errorMessages.withField, { problem, field: caught.field }) : problem;
    const detail = caught.wording && knowsWording(caught.wording) ? wordingText(caught.wording) : caught.message;
    return detail && caught.status !== 0 ? translate(errorMessages.withDetail, { problem: named, detail }) : named;
  }
  if (caught instanceof ApiError && caught.field && !caught.message.startsWith(`${caught.field}:`)) return `${caught.field}: ${caught.message}`;
  return caught instanceof Error ? caught.message : String(caught);
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) throw new ApiError(response.status, String(data.code ?? 'ERROR'), String(data.detail ?? response.statusText), data.field as string | undefined, wordingOf(data));
  if (typeof data.csrfToken === 'string') csrfToken = data.csrfToken;
  return data as T;
}

/** The header a write sent outside `api()` (a raw body such as a CSV file) must carry for the session's CSRF check. */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/**
 * Uploads one file as multipart form data, reporting progress (fetch cannot report upload progress).
 * Evidence streams into the vault as it arrives, so a file of any size costs the server no memory.
 */
export function uploadFile(path: string, file: File, onProgress: (fraction: number) => void): Promise<unknown> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm(path, form, onProgress);
}

/** Sends a multipart form (fields before the files they describe), reporting the fraction of the body sent. */
export function uploadForm<T = unknown>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1${path}`);
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let data: Record<string, unknown> = {};
      try {
        data = request.responseText ? (JSON.parse(request.responseText) as Record<string, unknown>) : {};
      } catch {
        // An answer that is not JSON (a proxy's error page): its status says enough.
      }
      if (request.status >= 200 && request.status < 300) resolve(data as T);
      else reject(new ApiError(request.status, String(data.code ?? 'ERROR'), String(data.detail ?? request.statusText), data.field as string | undefined, wordingOf(data)));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', 'the upload was interrupted'));
    request.send(form);
  });
}

/** A write whose answer is a file (a signed receipt): its bytes and the name the server gives it. */
export async function apiFile(method: 'GET' | 'POST', path: string): Promise<{ blob: Blob; filename: string | undefined }> {
  const headers: Record<string, string> = {};
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, { method, headers, credentials: 'same-origin' });
  if (!response.ok) {
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    throw new ApiError(response.status, String(data.code ?? 'ERROR'), String(data.detail ?? response.statusText), data.field as string | undefined, wordingOf(data));
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await response.blob(), filename };
}

export interface EvidenceRow {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  intakeAt: string;
  intakeBy: string;
  source?: string | null;
  note?: string | null;
  cases?: string[];
}

export interface Session {
  user: { username: string; displayName: string; isAdmin: boolean; mustChangePassword: boolean; language?: Locale; numerals?: Numerals };
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
  byMeans: Record<string, number>;
  byTarget: Record<string, number>;
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
