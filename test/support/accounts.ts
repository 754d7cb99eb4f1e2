import type { FastifyInstance } from 'fastify';
import type { Dossier } from '../../src/app/open.js';
import { createAccount } from '../../src/access/accounts.js';

export const TEST_PASSWORD = 'correct horse battery staple';

/** An account that has already chosen its password (no change required at sign-in). */
export async function testAccount(dossier: Dossier, username: string, options: { isAdmin?: boolean } = {}): Promise<string> {
  await createAccount(dossier.database.db, 'test:setup', { username, password: TEST_PASSWORD, mustChangePassword: false, ...options });
  return username;
}

/** Signs in through the API and returns the headers a browser would send afterwards: the cookie and the CSRF token. */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Record<string, string>> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  return sessionHeaders(response.headers['set-cookie'], (JSON.parse(response.body) as { csrfToken: string }).csrfToken);
}

export function sessionHeaders(setCookie: string | string[] | undefined, csrfToken: string): Record<string, string> {
  const first = [setCookie ?? []].flat()[0] ?? '';
  return { cookie: first.split(';')[0]!, 'x-csrf-token': csrfToken };
}
