import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/access/audit-log.js';
import { digest } from '../src/access/secrets.js';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, TEST_PASSWORD, testAccount } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const MAX_FAILURES = 3;

describe.each(engines)('recovery codes and sessions of an account on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 10_000, lockout: { maxFailures: MAX_FAILURES, lockMinutes: 15 } });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string> = {}, body?: object) {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers, ...(body !== undefined ? { payload: body } : {}) });
    return { status: response.statusCode, headers: response.headers, body: response.body ? (JSON.parse(response.body) as Json) : undefined };
  }
  const login = (username: string, extra: object = {}, password = TEST_PASSWORD) => call('POST', '/auth/login', {}, { username, password, ...extra });

  /** A new account with a second factor set through the API; its recovery codes as the answer gave them. */
  async function withSecondFactor(username: string): Promise<{ codes: string[]; totp: OTPAuth.TOTP; auth: Record<string, string> }> {
    await testAccount(dossier, username);
    const auth = await signIn(app, username);
    const setup = await call('POST', '/auth/totp', auth);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.body.secret) });
    const confirmed = await call('POST', '/auth/totp/confirm', auth, { secret: setup.body.secret, code: totp.generate(), currentPassword: TEST_PASSWORD });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    return { codes: confirmed.body.recoveryCodes, totp, auth };
  }
  const remaining = async (auth: Record<string, string>) => (await call('GET', '/auth/recovery-codes', auth)).body.remaining;

  it('makes ten distinct recovery codes with the second factor, shown once and stored as digests', async () => {
    const { codes, auth } = await withSecondFactor('hala');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(await call('GET', '/auth/recovery-codes', auth)).toMatchObject({ status: 200, body: { remaining: 10, total: 10 } });
    const stored = JSON.stringify(await dossier.database.db.selectFrom('recovery_codes').selectAll().execute());
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }
    expect((await listAudit(dossier.database.db, { event: 'recovery_codes_generated' }))[0]).toMatchObject({ actor: 'user:hala', details: { count: 10 } });
  });

  it('signs in with a recovery code in place of the 6-digit code, each code once', async () => {
    const { codes, auth } = await withSecondFactor('ines');
    expect((await login('ines')).body.totpRequired).toBe(true);
    // Typed carelessly: lower case, no dashes.
    const first = await login('ines', { recoveryCode: codes[0]!.toLowerCase().replace(/-/g, '') });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(await remaining(auth)).toBe(9);
    const again = await login('ines', { recoveryCode: codes[0] });
    expect([again.status, again.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await login('ines', { recoveryCode: codes[1] })).status).toBe(200);
    expect(await remaining(auth)).toBe(8);
    expect((await listAudit(dossier.database.db, { event: 'recovery_code_used' }))[0]).toMatchObject({ actor: 'user:ines', details: { remaining: 8 } });
  });

  it('refuses a wrong code, spends no code on a wrong password, and still locks the account after repeated failures', async () => {
    const { codes, auth } = await withSecondFactor('jamal');
    expect((await login('jamal', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD' })).status).toBe(401);
    // A right code with a wrong password: refused, and the code is still there to use.
    expect((await login('jamal', { recoveryCode: codes[2] }, 'not the password at all')).status).toBe(401);
    expect(await remaining(auth)).toBe(10);
    const third = await login('jamal', { recoveryCode: 'not a code' });
    expect(third.status).toBe(401);
    // The failures counted: the account is locked, and a right code does not open it (nor is it spent).
    const locked = await login('jamal', { recoveryCode: codes[3] });
    expect([locked.status, locked.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    expect(await remaining(auth)).toBe(10);
  });

  it('replaces every code when asked again, with the password, and refuses without a second factor', async () => {
    const { codes, auth } = await withSecondFactor('kenza');
    const noPassword = await call('POST', '/auth/recovery-codes', auth, { currentPassword: 'wrong wrong wrong' });
    expect([noPassword.status, noPassword.body.field]).toEqual([400, 'currentPassword']);
    const fresh = await call('POST', '/auth/recovery-codes', auth, { currentPassword: TEST_PASSWORD });
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    expect(fresh.body.recoveryCodes.filter((c: string) => codes.includes(c))).toEqual([]);
    expect((await login('kenza', { recoveryCode: codes[0] })).status).toBe(401);
    expect((await login('kenza', { recoveryCode: fresh.body.recoveryCodes[0] })).status).toBe(200);
    await testAccount(dossier, 'no-second-factor');
    const plain = await signIn(app, 'no-second-factor');
    const refused = await call('POST', '/auth/recovery-codes', plain, { currentPassword: TEST_PASSWORD });
    expect([refused.status, refused.body.field]).toEqual([409, 'totp']);
    expect(await remaining(plain)).toBe(0);
  });

  it('lists the account\'s live sessions with a handle that resumes nothing, and marks this one', async () => {
    await testAccount(dossier, 'lina');
    await testAccount(dossier, 'someone-else');
    const [a, b, c] = [await signIn(app, 'lina'), await signIn(app, 'lina'), await signIn(app, 'lina')];
    await signIn(app, 'someone-else');
    const listed = await call('GET', '/auth/sessions', a);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(3);
    expect(listed.body.items.filter((s: Json) => s.current)).toHaveLength(1);
    const cookies = [a, b, c].map((h) => h.cookie!.split('=')[1]!);
    const text = JSON.stringify(listed.body);
    for (const cookie of cookies) {
      expect(text).not.toContain(cookie);
      expect(text).not.toContain(digest(cookie));
    }
    for (const session of listed.body.items) {
      expect(session.handle).toMatch(/^[0-9a-f]{16}$/);
      expect(Object.keys(session).sort()).toEqual(['address', 'createdAt', 'current', 'expiresAt', 'handle', 'lastSeenAt']);
      // A handle is no cookie: sent as one, it signs nobody in.
      expect((await call('GET', '/auth/session', { cookie: `dossier_session=${session.handle}` })).status).toBe(401);
    }
  });

  it('signs out one session, which stops working while the others go on; then all others', async () => {
    await testAccount(dossier, 'maya');
    const [a, b, c] = [await signIn(app, 'maya'), await signIn(app, 'maya'), await signIn(app, 'maya')];
    const handleOf = async (headers: Record<string, string>) => (await call('GET', '/auth/sessions', headers)).body.items.find((s: Json) => s.current).handle as string;
    const handleB = await handleOf(b);
    expect((await call('DELETE', `/auth/sessions/${handleB}`, a)).status).toBe(204);
    expect((await call('GET', '/auth/session', b)).status).toBe(401);
    expect((await call('GET', '/auth/session', a)).status).toBe(200);
    expect((await call('GET', '/auth/session', c)).status).toBe(200);
    expect((await call('GET', '/auth/sessions', a)).body.items).toHaveLength(2);
    // Gone, or another account's: not found, and the other account's session untouched.
    expect((await call('DELETE', `/auth/sessions/${handleB}`, a)).body.field).toBe('handle');
    await testAccount(dossier, 'nour');
    const nour = await signIn(app, 'nour');
    const nourHandle = await handleOf(nour);
    expect((await call('DELETE', `/auth/sessions/${nourHandle}`, a)).status).toBe(404);
    expect((await call('GET', '/auth/session', nour)).status).toBe(200);

    const others = await call('POST', '/auth/sessions/end-others', a);
    expect(others.body).toEqual({ ended: 1 });
    expect((await call('GET', '/auth/session', c)).status).toBe(401);
    expect((await call('GET', '/auth/session', a)).status).toBe(200);
    expect((await call('GET', '/auth/session', nour)).status).toBe(200);
    const events = await listAudit(dossier.database.db, { event: 'session_ended' });
    expect(events.slice(0, 2).map((e) => e.details)).toEqual([{ others: 1 }, { session: handleB }]);
    // Signing out this very session by its handle ends it and clears the cookie.
    const own = await call('DELETE', `/auth/sessions/${await handleOf(a)}`, a);
    expect(own.status).toBe(204);
    expect(String(own.headers['set-cookie'])).toMatch(/dossier_session=;/);
    expect((await call('GET', '/auth/session', a)).status).toBe(401);
  });

  it('keeps sessions and recovery codes to a signed-in person, never a token', async () => {
    await testAccount(dossier, 'omar');
    const auth = await signIn(app, 'omar');
    await call('POST', '/cases', auth, { id: 'tokens-case', title: 'Tokens' });
    const token = await call('POST', '/auth/tokens', auth, { name: 'script', role: 'owner', caseIds: ['tokens-case'] });
    const bearer = { authorization: `Bearer ${token.body.secret}` };
    for (const [method, url] of [['GET', '/auth/sessions'], ['POST', '/auth/sessions/end-others'], ['GET', '/auth/recovery-codes']] as const) {
      expect((await call(method, url, bearer)).status, `${method} ${url}`).toBe(403);
    }
    expect((await call('GET', '/auth/sessions')).status).toBe(401);
  });
});
