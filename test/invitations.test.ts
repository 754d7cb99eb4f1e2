import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/access/audit-log.js';
import { acceptInvitation, createInvitation } from '../src/access/invitations.js';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { buildServer } from '../src/server/app.js';
import { sessionHeaders, signIn, TEST_PASSWORD, testAccount } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const CASE = 'yemen-2018';
const OTHER = 'another-team';
const DAY = 86_400_000;

describe.each(engines)('invitations to a case on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let owner: Record<string, string>;
  let otherOwner: Record<string, string>;
  let investigator: Record<string, string>;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 10_000 });
    await app.ready();
    await createCase(dossier, 'test:setup', { id: CASE, title: 'Yemen 2018' });
    await createCase(dossier, 'test:setup', { id: OTHER, title: 'Another team' });
    await setMember(dossier.database.db, 'test:setup', CASE, await testAccount(dossier, 'nadia'), 'owner');
    await setMember(dossier.database.db, 'test:setup', CASE, await testAccount(dossier, 'karim'), 'investigator');
    await setMember(dossier.database.db, 'test:setup', OTHER, await testAccount(dossier, 'otto'), 'owner');
    owner = await signIn(app, 'nadia');
    investigator = await signIn(app, 'karim');
    otherOwner = await signIn(app, 'otto');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: 'GET' | 'POST' | 'DELETE', url: string, body: object | undefined, headers: Record<string, string> = {}, server = app) {
    const response = await server.inject({ method, url: `/api/v1${url}`, headers, ...(body !== undefined ? { payload: body } : {}) });
    return { status: response.statusCode, headers: response.headers, body: response.body ? (JSON.parse(response.body) as Json) : undefined };
  }
  const invite = (body: object, as = owner, caseId = CASE) => call('POST', `/cases/${caseId}/invitations`, body, as);
  const accept = (token: string, username: string, extra: object = {}, server = app) =>
    call('POST', '/invitations/accept', { token, username, displayName: `${username} (invited)`, password: TEST_PASSWORD, ...extra }, {}, server);
  const usersNamed = async (username: string) => (await dossier.database.db.selectFrom('users').select('id').where('username', '=', username).execute()).length;
  const invitationRow = (id: string) => dossier.database.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  function expectRefused(response: { status: number; body: Json }, status: number, field: string) {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.field).toBe(field);
  }

  it('gives an owner a link token once, keeps only its digest, expires in 7 days by default, and lists it as pending', async () => {
    const made = await invite({ role: 'analyst' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ caseId: CASE, role: 'analyst', createdBy: 'user:nadia' });
    expect(made.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(made.body.expiresAt) - Date.parse(made.body.createdAt)).toBe(7 * DAY);
    const row = await invitationRow(made.body.id);
    expect(JSON.stringify(row)).not.toContain(made.body.token);
    const pending = await call('GET', `/cases/${CASE}/invitations`, undefined, owner);
    expect(pending.body.items.map((i: Json) => i.id)).toContain(made.body.id);
    expect(JSON.stringify(pending.body)).not.toContain(made.body.token);
    const audit = await listAudit(dossier.database.db, { event: 'invitation_created' });
    expect(audit[0]).toMatchObject({ actor: 'user:nadia', details: { case: CASE, invitation: made.body.id, role: 'analyst' } });
  });

  it('refuses expiries past 30 days, unknown roles, and invitations from anyone but the case owners', async () => {
    expectRefused(await invite({ role: 'analyst', expiresInDays: 31 }), 400, 'expiresInDays');
    expectRefused(await invite({ role: 'analyst', expiresInDays: 0 }), 400, 'expiresInDays');
    expect((await invite({ role: 'chief' })).status).toBe(400);
    expectRefused(await invite({ role: 'analyst', hint: 'not@an@address' }), 400, 'hint');
    expect((await invite({ role: 'analyst' }, investigator)).status).toBe(403);
    // The owner of another case learns nothing of this one.
    expect((await invite({ role: 'owner' }, otherOwner)).status).toBe(404);
    expect((await call('GET', `/cases/${CASE}/invitations`, undefined, otherOwner)).status).toBe(404);
    expect((await call('POST', '/invitations/accept', { token: 'x', username: 'x', password: TEST_PASSWORD }, {})).status).toBe(404);
  });

  it('shows the holder of a link what it offers, then makes their account and membership and signs them in', async () => {
    const made = await invite({ role: 'analyst', expiresInDays: 3 });
    const preview = await call('POST', '/invitations/preview', { token: made.body.token }, {});
    expect(preview.body).toEqual({ caseId: CASE, caseTitle: 'Yemen 2018', role: 'analyst', invitedBy: 'nadia', expiresAt: made.body.expiresAt });
    const accepted = await accept(made.body.token, 'Samira');
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toMatchObject({ caseId: CASE, role: 'analyst', user: { username: 'samira', displayName: 'Samira (invited)', mustChangePassword: false }, cases: [{ id: CASE, role: 'analyst' }] });
    // Signed in: the session the answer set works for the case, in the role it was given.
    const samira = sessionHeaders(accepted.headers['set-cookie'], accepted.body.csrfToken);
    expect((await call('GET', `/cases/${CASE}/incidents`, undefined, samira)).status).toBe(200);
    expect((await call('POST', `/cases/${CASE}/incidents`, { title: 'Strike on a school bus', types: ['air_strike'] }, samira)).status).toBe(403);
    expect((await call('GET', `/cases/${OTHER}/incidents`, undefined, samira)).status).toBe(404);
    const members = await call('GET', `/cases/${CASE}/members`, undefined, owner);
    expect(members.body.items.find((m: Json) => m.username === 'samira')).toMatchObject({ role: 'analyst', grantedBy: `user:nadia/invitation:${made.body.id}` });
    // Each step audited: the account, the grant (as an owner's grant is), the acceptance.
    const events = (await listAudit(dossier.database.db, { limit: 20 })).filter((e) => JSON.stringify(e).includes('samira'));
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['account_created', 'role_granted', 'invitation_accepted', 'sign_in']));
    expect(await invitationRow(made.body.id)).toMatchObject({ used_by: 'samira' });
    expect((await call('GET', `/cases/${CASE}/invitations`, undefined, owner)).body.items.map((i: Json) => i.id)).not.toContain(made.body.id);
  });

  it('is used once: a second person with the same link is refused and nothing of theirs is written', async () => {
    const made = await invite({ role: 'reviewer' });
    expect((await accept(made.body.token, 'first-one')).status).toBe(201);
    const again = await accept(made.body.token, 'second-one');
    expectRefused(again, 409, 'token');
    expect(again.body.reason).toBe('used');
    expect(await usersNamed('second-one')).toBe(0);
    expectRefused(await call('POST', '/invitations/preview', { token: made.body.token }, {}), 409, 'token');
  });

  it('lets exactly one of two people racing with one link in', async () => {
    const made = await invite({ role: 'reviewer' });
    const answers = await Promise.all([accept(made.body.token, 'racer-a'), accept(made.body.token, 'racer-b')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await usersNamed('racer-a')) + (await usersNamed('racer-b'))).toBe(1);
  });

  it('writes nothing when the account cannot be made, and the link still works afterwards', async () => {
    const made = await invite({ role: 'investigator' });
    expectRefused(await accept(made.body.token, 'weak-password', { password: 'short' }), 400, 'password');
    expectRefused(await accept(made.body.token, 'Bad Name!'), 400, 'username');
    // An account name already taken: refused, the taken account untouched, no membership, the invitation unused.
    expectRefused(await accept(made.body.token, 'karim'), 409, 'username');
    expect((await call('GET', `/cases/${CASE}/members`, undefined, owner)).body.items.find((m: Json) => m.username === 'karim').role).toBe('investigator');
    expect(await invitationRow(made.body.id)).toMatchObject({ used_at: null, used_by: null });
    expect(await usersNamed('weak-password')).toBe(0);
    expect((await accept(made.body.token, 'fixed-name')).status).toBe(201);
  });

  it('refuses a link after it expired (the server clock moved on) and never lists it as pending', async () => {
    const made = await invite({ role: 'analyst', expiresInDays: 1 });
    const later = await buildServer(dossier, { signInsPerMinute: 10_000, clock: () => new Date(Date.now() + DAY + 60_000) });
    try {
      await later.ready();
      const expired = await accept(made.body.token, 'too-late', {}, later);
      expectRefused(expired, 410, 'token');
      expect(expired.body.reason).toBe('expired');
      expectRefused(await call('POST', '/invitations/preview', { token: made.body.token }, {}, later), 410, 'token');
      const ownerLater = await signIn(later, 'nadia');
      expect((await call('GET', `/cases/${CASE}/invitations`, undefined, ownerLater, later)).body.items.map((i: Json) => i.id)).not.toContain(made.body.id);
      expect(await usersNamed('too-late')).toBe(0);
    } finally {
      await later.close();
    }
    // Just before the end it still works (the domain takes the time as the server does).
    const soon = await createInvitation(dossier.database.db, 'user:nadia', CASE, { role: 'analyst', expiresInDays: 1 });
    const justInTime = await acceptInvitation(dossier.database, soon.token, { newAccount: { username: 'just-in-time', password: TEST_PASSWORD } }, new Date(Date.now() + DAY - 60_000));
    expect(justInTime.member.role).toBe('analyst');
  });

  it('lets the owner revoke a pending invitation, refuses the link then, and revokes only in its own case', async () => {
    const made = await invite({ role: 'analyst' });
    // Another case's owner cannot reach it, by their own case's route or this one's.
    expect((await call('DELETE', `/cases/${OTHER}/invitations/${made.body.id}`, undefined, otherOwner)).status).toBe(404);
    expect((await call('DELETE', `/cases/${CASE}/invitations/${made.body.id}`, undefined, otherOwner)).status).toBe(404);
    expect((await call('DELETE', `/cases/${CASE}/invitations/${made.body.id}`, undefined, investigator)).status).toBe(403);
    expect((await call('DELETE', `/cases/${CASE}/invitations/${made.body.id}`, undefined, owner)).status).toBe(204);
    const refused = await accept(made.body.token, 'revoked-one');
    expectRefused(refused, 410, 'token');
    expect(refused.body.reason).toBe('revoked');
    expectRefused(await call('DELETE', `/cases/${CASE}/invitations/${made.body.id}`, undefined, owner), 409, 'id');
    expect((await call('GET', `/cases/${CASE}/invitations`, undefined, owner)).body.items.map((i: Json) => i.id)).not.toContain(made.body.id);
    expect((await listAudit(dossier.database.db, { event: 'invitation_revoked' }))[0]).toMatchObject({ actor: 'user:nadia', details: { case: CASE, invitation: made.body.id } });
  });

  it('grants only the case it was made for: an invitation of another case does not open this one', async () => {
    const made = await invite({ role: 'owner' }, otherOwner, OTHER);
    const accepted = await accept(made.body.token, 'other-team-member');
    expect(accepted.body.cases).toEqual([{ id: OTHER, role: 'owner' }]);
    const them = sessionHeaders(accepted.headers['set-cookie'], accepted.body.csrfToken);
    expect((await call('GET', `/cases/${CASE}/incidents`, undefined, them)).status).toBe(404);
    expect((await call('GET', `/cases/${CASE}/invitations`, undefined, them)).status).toBe(404);
  });

  it('lets a signed-in person join with their own account, and refuses a member (leaving the link unused)', async () => {
    await testAccount(dossier, 'leila');
    const leila = await signIn(app, 'leila');
    const made = await invite({ role: 'reviewer' });
    const karimTries = await call('POST', '/invitations/join', { token: made.body.token }, investigator);
    expectRefused(karimTries, 409, 'token');
    expect(karimTries.body.reason).toBe('member');
    const joined = await call('POST', '/invitations/join', { token: made.body.token }, leila);
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body).toMatchObject({ caseId: CASE, role: 'reviewer', cases: [{ id: CASE, role: 'reviewer' }] });
    expect((await call('GET', `/cases/${CASE}/incidents`, undefined, leila)).status).toBe(200);
    // Joining needs a session (and its CSRF token), not just the link.
    expect((await call('POST', '/invitations/join', { token: made.body.token }, {})).status).toBe(401);
  });

  it('keeps an invitation to the username or e-mail address it names', async () => {
    const forRania = await invite({ role: 'analyst', hint: 'Rania' });
    expect((await call('POST', '/invitations/preview', { token: forRania.body.token }, {})).body.restrictedTo).toEqual({ username: 'rania' });
    expectRefused(await accept(forRania.body.token, 'not-rania'), 403, 'username');
    expect(await usersNamed('not-rania')).toBe(0);
    expect((await accept(forRania.body.token, 'rania')).status).toBe(201);

    const byMail = await invite({ role: 'analyst', hint: 'Omar@example.org' });
    const preview = await call('POST', '/invitations/preview', { token: byMail.body.token }, {});
    expect(preview.body.restrictedTo).toEqual({ email: true });
    expect(JSON.stringify(preview.body)).not.toContain('example.org');
    expectRefused(await accept(byMail.body.token, 'omar'), 403, 'email');
    expectRefused(await accept(byMail.body.token, 'omar', { email: 'someone@example.org' }), 403, 'email');
    expect((await accept(byMail.body.token, 'omar', { email: ' omar@EXAMPLE.org' })).status).toBe(201);
  });
});
