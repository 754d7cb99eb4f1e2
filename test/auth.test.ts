import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../src/access/accounts.js';
import { listAudit } from '../src/access/audit-log.js';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { sessionHeaders, signIn, TEST_PASSWORD, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('accounts, sessions, tokens and their defences', () => {
  let dossier: Dossier;
  let app: FastifyInstance;

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, { lockout: { maxFailures: 3, lockMinutes: 15 }, signInsPerMinute: 1000 });
    await app.ready();
    await testAccount(dossier, 'amal');
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  async function call(method: string, url: string, headers: Record<string, string> = {}, body?: unknown) {
    const response = await app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers, ...(body !== undefined ? { payload: body as object } : {}) });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return { status: response.statusCode, headers: response.headers, body: response.body && isJson ? (JSON.parse(response.body) as Json) : undefined };
  }
  const login = (username: string, password: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    call('POST', '/auth/login', headers, { username, password, ...extra });

  it('makes one first administrator with a one-time password that must be changed before anything else', async () => {
    const first = await ensureFirstAdmin(dossier.database.db);
    // This suite's dossier already has an account, so a separate one shows the first start.
    expect(first).toBeUndefined();
    const fresh = await newDossier();
    try {
      const admin = (await ensureFirstAdmin(fresh.database.db))!;
      expect(admin.username).toBe('admin');
      expect(admin.password.length).toBeGreaterThanOrEqual(20);
      expect(await ensureFirstAdmin(fresh.database.db)).toBeUndefined();
      const server = await buildServer(fresh, {});
      const signedIn = await server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: admin.password } });
      expect(signedIn.statusCode).toBe(200);
      const auth = sessionHeaders(signedIn.headers['set-cookie'], JSON.parse(signedIn.body).csrfToken);
      expect(JSON.parse(signedIn.body).user).toMatchObject({ username: 'admin', isAdmin: true, mustChangePassword: true });
      const blocked = await server.inject({ method: 'GET', url: '/api/v1/admin/accounts', headers: auth });
      expect([blocked.statusCode, JSON.parse(blocked.body).code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
      const weak = await server.inject({ method: 'POST', url: '/api/v1/auth/password', headers: auth, payload: { currentPassword: admin.password, newPassword: 'short' } });
      expect([weak.statusCode, JSON.parse(weak.body).field]).toEqual([400, 'newPassword']);
      const changed = await server.inject({ method: 'POST', url: '/api/v1/auth/password', headers: auth, payload: { currentPassword: admin.password, newPassword: 'a long and private passphrase' } });
      expect(changed.statusCode).toBe(200);
      // The old session ended with the change; the new one works.
      expect((await server.inject({ method: 'GET', url: '/api/v1/admin/accounts', headers: auth })).statusCode).toBe(401);
      const renewed = sessionHeaders(changed.headers['set-cookie'], JSON.parse(changed.body).csrfToken);
      expect((await server.inject({ method: 'GET', url: '/api/v1/admin/accounts', headers: renewed })).statusCode).toBe(200);
      await server.close();
    } finally {
      await fresh.close();
      await fs.rm(fresh.config.dataDir, { recursive: true, force: true });
    }
  });

  it('sets the session cookie HttpOnly, SameSite=Strict and Secure, and sends security headers', async () => {
    const response = await login('amal', TEST_PASSWORD);
    const cookie = String([response.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/^dossier_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    const health = await call('GET', '/health');
    expect(health.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(String(health.headers['content-security-policy'])).not.toMatch(/unsafe-inline/);
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['strict-transport-security']).toBeUndefined();
    const tls = await buildServer(dossier, { behindTls: true });
    expect((await tls.inject({ method: 'GET', url: '/api/v1/health' })).headers['strict-transport-security']).toMatch(/max-age=31536000/);
    await tls.close();
  });

  it('keeps each account’s language and digits, refusing values it does not speak', async () => {
    await testAccount(dossier, 'layla');
    const signedIn = await login('layla', TEST_PASSWORD);
    expect(signedIn.body.user.language).toBeUndefined();
    const auth = sessionHeaders(signedIn.headers['set-cookie'], signedIn.body.csrfToken);
    const chosen = await call('PUT', '/auth/preferences', auth, { language: 'ar', numerals: 'arab' });
    expect([chosen.status, chosen.body.user.language, chosen.body.user.numerals]).toEqual([200, 'ar', 'arab']);
    // Another browser, another sign-in: the choice follows the account.
    const elsewhere = await login('layla', TEST_PASSWORD);
    expect([elsewhere.body.user.language, elsewhere.body.user.numerals]).toEqual(['ar', 'arab']);
    const elsewhereAuth = sessionHeaders(elsewhere.headers['set-cookie'], elsewhere.body.csrfToken);
    const german = await call('PUT', '/auth/preferences', elsewhereAuth, { language: 'de' });
    expect([german.status, german.body.code, german.body.field]).toEqual([400, 'VALIDATION_FAILED', 'language']);
    const extra = await call('PUT', '/auth/preferences', elsewhereAuth, { language: 'fr', theme: 'dark' });
    expect(extra.status).toBe(400);
    expect((await call('GET', '/auth/session', elsewhereAuth)).body.user.language).toBe('ar');
    // Only the digits change; null goes back to the browser's language.
    const digits = await call('PUT', '/auth/preferences', elsewhereAuth, { numerals: 'latn' });
    expect([digits.body.user.language, digits.body.user.numerals]).toEqual(['ar', 'latn']);
    const cleared = await call('PUT', '/auth/preferences', elsewhereAuth, { language: null });
    expect([cleared.body.user.language, cleared.body.user.numerals]).toEqual([undefined, 'latn']);
    expect((await call('PUT', '/auth/preferences', {}, { language: 'fr' })).status).toBe(401);
  });

  it('never keeps a session id the browser brought to sign-in (session fixation)', async () => {
    const planted = 'A'.repeat(43);
    const response = await login('amal', TEST_PASSWORD, {}, { cookie: `dossier_session=${planted}` });
    const issued = /dossier_session=([^;]+)/.exec(String([response.headers['set-cookie']].flat()[0]))![1];
    expect(issued).not.toBe(planted);
    expect((await call('GET', '/auth/session', { cookie: `dossier_session=${planted}` })).status).toBe(401);
    // A real earlier session, sent along with a new sign-in, ends.
    const second = await login('amal', TEST_PASSWORD, {}, { cookie: `dossier_session=${issued}` });
    expect((await call('GET', '/auth/session', { cookie: `dossier_session=${issued}` })).status).toBe(401);
    expect(second.status).toBe(200);
  });

  it('refuses a cookie-authenticated change without the session’s CSRF token', async () => {
    const auth = await signIn(app, 'amal');
    const withoutToken = await call('POST', '/cases', { cookie: auth.cookie! }, { id: 'csrf-a', title: 'Forged' });
    expect([withoutToken.status, withoutToken.body.code]).toEqual([403, 'CSRF_FAILED']);
    const wrongToken = await call('POST', '/cases', { cookie: auth.cookie!, 'x-csrf-token': 'x'.repeat(43) }, { id: 'csrf-b', title: 'Forged' });
    expect(wrongToken.status).toBe(403);
    expect((await call('GET', '/cases/csrf-a', auth)).status).toBe(404);
    expect((await call('POST', '/cases', auth, { id: 'csrf-c', title: 'Real' })).status).toBe(201);
    // Reads need no token.
    expect((await call('GET', '/cases/csrf-c', { cookie: auth.cookie! })).status).toBe(200);
  });

  it('locks an account after repeated failures, even against the right password, and records it', async () => {
    await testAccount(dossier, 'basma');
    for (let i = 0; i < 3; i++) expect((await login('basma', 'not the password at all')).status).toBe(401);
    const locked = await login('basma', TEST_PASSWORD);
    expect([locked.status, locked.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    const events = await listAudit(dossier.database.db, { limit: 50 });
    expect(events.filter((e) => e.actor === 'user:basma' && e.event === 'sign_in_failed')).toHaveLength(4);
    expect(events.some((e) => e.actor === 'user:basma' && e.event === 'account_locked')).toBe(true);
    // Guesses sent all at once each count.
    await testAccount(dossier, 'carim');
    await Promise.all(Array.from({ length: 12 }, () => login('carim', 'a wrong guess in parallel')));
    expect((await login('carim', TEST_PASSWORD)).body.code).toBe('ACCOUNT_LOCKED');
    // An unknown name fails the same way as a wrong password.
    const unknown = await login('nobody-here', 'whatever it may be');
    expect([unknown.status, unknown.body.detail]).toEqual([401, 'wrong username, password or code']);
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await buildServer(dossier, { signInsPerMinute: 3 });
    const statuses: number[] = [];
    // A client of its own: the counts are kept in the database, shared with the other server of this file.
    for (let i = 0; i < 5; i++) statuses.push((await limited.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '192.0.2.50', payload: { username: 'amal', password: 'wrong password here' } })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await limited.close();
  });

  it('ends sessions that were idle too long or are past their lifetime, and on sign-out', async () => {
    const idle = await signIn(app, 'amal');
    await dossier.database.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 2 * 3_600_000).toISOString() }).where('user_id', '=', (await userId('amal'))).execute();
    expect((await call('GET', '/auth/session', idle)).status).toBe(401);
    const old = await signIn(app, 'amal');
    await dossier.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', (await userId('amal'))).execute();
    expect((await call('GET', '/auth/session', old)).status).toBe(401);
    const live = await signIn(app, 'amal');
    expect((await call('GET', '/auth/session', live)).status).toBe(200);
    expect((await call('POST', '/auth/logout', live)).status).toBe(204);
    expect((await call('GET', '/auth/session', live)).status).toBe(401);
    expect((await listAudit(dossier.database.db, { event: 'sign_out', limit: 5 }))[0]).toMatchObject({ actor: 'user:amal' });
  });

  it('issues scoped tokens shown once, logs their use, and refuses them once revoked', async () => {
    const auth = await signIn(app, await testAccount(dossier, 'tariq'));
    expect((await call('POST', '/cases', auth, { id: 'tokens-a', title: 'Case A' })).status).toBe(201);
    expect((await call('POST', '/cases', auth, { id: 'tokens-b', title: 'Case B' })).status).toBe(201);
    const made = await call('POST', '/auth/tokens', auth, { name: 'nightly export', role: 'analyst', caseIds: ['tokens-a'] });
    expect(made.status).toBe(201);
    const bearer = { authorization: `Bearer ${made.body.secret}` };
    expect((await call('GET', '/cases/tokens-a/incidents', bearer)).status).toBe(200);
    // Scoped: an analyst's token writes nothing, and sees no other case, though its owner owns both.
    expect((await call('POST', '/cases/tokens-a/incidents', bearer, { title: 'x', types: ['siege'] })).status).toBe(403);
    expect((await call('GET', '/cases/tokens-b/incidents', bearer)).status).toBe(404);
    // Tokens make no tokens and change no passwords.
    expect((await call('POST', '/auth/tokens', bearer, { name: 'child', role: 'analyst', caseIds: ['tokens-a'] })).status).toBe(403);
    const listed = await call('GET', '/auth/tokens', auth);
    expect(listed.body.items.find((t: Json) => t.id === made.body.id)).toMatchObject({ name: 'nightly export', role: 'analyst', caseIds: ['tokens-a'] });
    expect(JSON.stringify(listed.body)).not.toContain(made.body.secret.split('.')[1]);
    expect((await listAudit(dossier.database.db, { event: 'token_used' })).some((e) => e.details.token === made.body.id)).toBe(true);
    expect((await call('DELETE', `/auth/tokens/${made.body.id}`, auth)).status).toBe(204);
    const revoked = await call('GET', '/cases/tokens-a/incidents', bearer);
    expect([revoked.status, revoked.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await call('GET', '/cases/tokens-a/incidents', { authorization: `Bearer ${made.body.secret.slice(0, -2)}xx` })).status).toBe(401);
    // Tokens made before a password change stop working with it.
    const another = await call('POST', '/auth/tokens', auth, { name: 'made by a thief', role: 'owner', caseIds: ['tokens-a'] });
    expect((await call('GET', '/cases/tokens-a/incidents', { authorization: `Bearer ${another.body.secret}` })).status).toBe(200);
    expect((await call('POST', '/auth/password', auth, { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).status).toBe(200);
    expect((await call('GET', '/cases/tokens-a/incidents', { authorization: `Bearer ${another.body.secret}` })).status).toBe(401);
  });

  it('asks for a second factor once one is set, and accepts only a current code', async () => {
    await testAccount(dossier, 'dana');
    const auth = await signIn(app, 'dana');
    const setup = await call('POST', '/auth/totp', auth);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.body.secret) });
    const noPassword = await call('POST', '/auth/totp/confirm', auth, { secret: setup.body.secret, code: totp.generate() });
    expect([noPassword.status, noPassword.body.field]).toEqual([400, 'currentPassword']);
    expect((await call('POST', '/auth/totp/confirm', auth, { secret: setup.body.secret, code: totp.generate(), currentPassword: 'not it at all, no' })).status).toBe(400);
    const confirmed = await call('POST', '/auth/totp/confirm', auth, { secret: setup.body.secret, code: totp.generate(), currentPassword: TEST_PASSWORD });
    // Setting the second factor makes its one-time recovery codes (test/account-security.test.ts).
    expect([confirmed.status, confirmed.body.recoveryCodes.length]).toEqual([200, 10]);
    const stored = (await dossier.database.db.selectFrom('users').select('totp_secret').where('username', '=', 'dana').executeTakeFirstOrThrow()).totp_secret!;
    expect(stored.startsWith('m1.')).toBe(true);
    expect(stored).not.toContain(setup.body.secret);
    const withoutCode = await login('dana', TEST_PASSWORD);
    expect([withoutCode.status, withoutCode.body.totpRequired]).toEqual([401, true]);
    const stale = totp.generate({ timestamp: Date.now() - 10 * 60_000 });
    expect((await login('dana', TEST_PASSWORD, { totp: stale })).status).toBe(401);
    expect((await login('dana', TEST_PASSWORD, { totp: totp.generate() })).status).toBe(200);
  });

  it('lets a case owner grant and revoke roles, records it, and keeps one owner', async () => {
    await testAccount(dossier, 'omar');
    const auth = await signIn(app, 'amal');
    await call('POST', '/cases', auth, { id: 'roles', title: 'Roles' });
    expect((await call('PUT', '/cases/roles/members/omar', auth, { role: 'reviewer' })).body).toMatchObject({ username: 'omar', role: 'reviewer' });
    const omar = await signIn(app, 'omar');
    expect((await call('GET', '/cases/roles/incidents', omar)).status).toBe(200);
    expect((await call('PUT', '/cases/roles/members/omar', omar, { role: 'owner' })).status).toBe(403);
    expect((await call('DELETE', '/cases/roles/members/amal', auth)).status).toBe(409);
    expect((await call('DELETE', '/cases/roles/members/omar', auth)).status).toBe(204);
    expect((await call('GET', '/cases/roles/incidents', omar)).status).toBe(404);
    const events = await listAudit(dossier.database.db, { limit: 20 });
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['role_granted', 'role_revoked']));
  });

  async function userId(username: string): Promise<string> {
    return (await dossier.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  }
});
