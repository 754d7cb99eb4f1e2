import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { startBackgroundWork } from '../src/app/background-work.js';
import { createCase } from '../src/cases/cases.js';
import { newId } from '../src/common/ids.js';
import { getEvidence } from '../src/evidence/evidence.js';
import { extractEvidenceText } from '../src/evidence/evidence-text.js';
import { ExtractionJobs } from '../src/extraction/extraction-jobs.js';
import { tellExtractionFailed } from '../src/extraction/extraction-notices.js';
import { extractAndSave, extractionInput } from '../src/extraction/run-extraction.js';
import { smtpMailer } from '../src/notifications/email.js';
import { notify } from '../src/notifications/notify.js';
import { DIGEST_MS, drainOutbox } from '../src/notifications/outbox.js';
import { buildServer } from '../src/server/app.js';
import { markFailed, MAX_ATTEMPTS, requestCaptures, requeueAbandoned } from '../src/web-capture/captures.js';
import { testAccount } from './support/accounts.js';
import { newDossier, reopen } from './support/dossier.js';
import { seatCaseTeam } from './support/case-team.js';
import { enginesUnderTest } from './support/engines.js';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const CASE = 'tigray-2021';
const OTHER = 'other-case';
const PEOPLE = { owner: 'owner', investigator: 'investigator', analyst: 'analyst', reviewer: 'reviewer', 'second-reviewer': 'reviewer', counsel: 'external_counsel', watcher: 'analyst' } as const;
type Who = keyof typeof PEOPLE | 'outsider';
const FROM = 'dossier@dossier.test';

describe.each(engines)('notifications on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let sink: SmtpSink;
  const auth = new Map<Who, Record<string, string>>();

  beforeAll(async () => {
    sink = await startSmtpSink();
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    for (const [who, headers] of await seatCaseTeam(dossier, app, { caseId: CASE, title: 'Tigray 2021', otherCaseId: OTHER }, PEOPLE)) auth.set(who, headers);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await sink?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body: object | undefined, as: Who) {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers: auth.get(as)!, ...(body !== undefined ? { payload: body } : {}) });
    return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as Json) : undefined };
  }
  async function newIncident(title: string): Promise<string> {
    const created = await call('POST', `/cases/${CASE}/incidents`, { title, types: ['air_strike'] }, 'investigator');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id;
  }
  async function move(id: string, body: object, as: Who) {
    const moved = await call('PUT', `/cases/${CASE}/incidents/${id}/workflow`, body, as);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    return moved.body;
  }
  /** Every notice each member holds about one incident, as [member, kind] pairs, straight from the table. */
  async function noticesAbout(subjectId: string): Promise<string[][]> {
    const rows = await dossier.database.db.selectFrom('notifications').select(['username', 'kind']).where('subject_id', '=', subjectId).orderBy('username').orderBy('kind').execute();
    return rows.map((row) => [row.username, row.kind]);
  }
  const unread = async (as: Who) => (await call('GET', '/notifications/unread-count', undefined, as)).body.unread as number;
  const drain = (now = new Date()) => drainOutbox({ database: dossier.database, mailer: smtpMailer({ host: '127.0.0.1', port: sink.port, secure: false, from: FROM }), from: FROM }, now);

  it('tells new assignees they were assigned, never the one who assigned, and only those newly added', async () => {
    const id = await newIncident('Shelling of Humera');
    await move(id, { assignees: ['analyst', 'reviewer'] }, 'analyst');
    expect(await noticesAbout(id)).toEqual([['reviewer', 'assigned']]);
    await move(id, { assignees: ['analyst', 'reviewer', 'investigator'] }, 'owner');
    expect(await noticesAbout(id)).toEqual([
      ['investigator', 'assigned'],
      ['reviewer', 'assigned'],
    ]);
    const [notice] = (await call('GET', '/notifications', undefined, 'investigator')).body.items.filter((n: Json) => n.subject.id === id);
    expect(notice).toMatchObject({ caseId: CASE, kind: 'assigned', subject: { kind: 'incident', id }, actor: 'owner', readAt: null, detail: { title: 'Shelling of Humera' } });
    expect(notice.wording).toMatchObject({ code: 'notification.assigned', text: 'owner assigned you to Shelling of Humera' });
  });

  it('asks the reviewers and owners for a review, tells followers of each move, and nobody who cannot read the case', async () => {
    const id = await newIncident('Strike on the Adigrat market');
    await move(id, { status: 'in_progress', assignees: ['analyst'] }, 'investigator');
    await move(id, { status: 'ready_for_review' }, 'analyst');
    expect(await noticesAbout(id)).toEqual([
      ['analyst', 'assigned'],
      ['owner', 'review_requested'],
      ['reviewer', 'review_requested'],
      ['second-reviewer', 'review_requested'],
    ]);
    // The watcher follows by choice; counsel may not follow what it cannot read.
    expect((await call('PUT', `/cases/${CASE}/incidents/${id}/follow`, undefined, 'watcher')).body).toEqual({ following: true });
    expect([403, 404]).toContain((await call('PUT', `/cases/${CASE}/incidents/${id}/follow`, undefined, 'counsel')).status);
    expect([403, 404]).toContain((await call('PUT', `/cases/${CASE}/incidents/${id}/follow`, undefined, 'outsider')).status);
    await move(id, { status: 'completed' }, 'reviewer');
    const moved = (await noticesAbout(id)).filter(([, kind]) => kind === 'status_changed');
    expect(moved).toEqual([
      ['analyst', 'status_changed'],
      ['watcher', 'status_changed'],
    ]);
    const [told] = (await call('GET', '/notifications', undefined, 'watcher')).body.items;
    expect(told.wording.text).toBe('reviewer moved Strike on the Adigrat market to completed');
    // Unfollowed, the watcher is told no more.
    expect((await call('DELETE', `/cases/${CASE}/incidents/${id}/follow`, undefined, 'watcher')).body).toEqual({ following: false });
    expect((await call('GET', `/cases/${CASE}/incidents/${id}/follow`, undefined, 'watcher')).body).toEqual({ following: false });
    await move(id, { status: 'in_progress' }, 'owner');
    expect((await noticesAbout(id)).filter(([, kind]) => kind === 'status_changed')).toEqual([
      ['analyst', 'status_changed'],
      ['analyst', 'status_changed'],
      ['watcher', 'status_changed'],
    ]);
    expect((await call('PUT', `/cases/${CASE}/incidents/inc_00000000000000000000000000/follow`, undefined, 'watcher')).status).toBe(404);
  });

  it('never tells a member whose role cannot read the subject, even when named', async () => {
    const id = await newIncident('Attack near Axum');
    await dossier.database.writeTransaction((trx) => notify(trx, { caseId: CASE, kind: 'mention', subject: { kind: 'incident', id }, actor: 'analyst', recipients: ['counsel', 'outsider', 'reviewer', 'analyst'], detail: { title: 'Attack near Axum' } }));
    expect(await noticesAbout(id)).toEqual([['reviewer', 'mention']]);
  });

  it('keeps read and unread per account, counts them, marks all read, and lets nobody mark another’s', async () => {
    const before = await unread('reviewer');
    expect(before).toBeGreaterThan(0);
    const page = (await call('GET', '/notifications?unread=true', undefined, 'reviewer')).body;
    expect(page.items).toHaveLength(before);
    expect(page.items.map((n: Json) => n.createdAt)).toEqual([...page.items.map((n: Json) => n.createdAt)].sort().reverse());
    const first = page.items[0];
    const read = await call('PUT', `/notifications/${first.id}/read`, { read: true }, 'reviewer');
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect(await unread('reviewer')).toBe(before - 1);
    expect((await call('GET', '/notifications?unread=true', undefined, 'reviewer')).body.items.map((n: Json) => n.id)).not.toContain(first.id);
    expect((await call('PUT', `/notifications/${first.id}/read`, { read: false }, 'reviewer')).body.readAt).toBeNull();
    expect(await unread('reviewer')).toBe(before);
    // Another account's notice is not found, and its count is untouched.
    expect((await call('PUT', `/notifications/${first.id}/read`, { read: true }, 'owner')).status).toBe(404);
    expect((await call('PUT', `/notifications/${first.id}/read`, {}, 'reviewer')).status).toBe(400);
    expect(await unread('reviewer')).toBe(before);
    const ownerBefore = await unread('owner');
    expect((await call('POST', '/notifications/read-all', undefined, 'reviewer')).body).toEqual({ marked: before });
    expect(await unread('reviewer')).toBe(0);
    expect(await unread('owner')).toBe(ownerBefore);
    // Paged, newest first, with no notice twice.
    const all = (await call('GET', '/notifications', undefined, 'reviewer')).body.items.map((n: Json) => n.id);
    const one = (await call('GET', '/notifications?limit=1', undefined, 'reviewer')).body;
    const rest = (await call('GET', `/notifications?limit=100&cursor=${encodeURIComponent(one.nextCursor)}`, undefined, 'reviewer')).body;
    expect([...one.items, ...rest.items].map((n: Json) => n.id)).toEqual(all);
    expect((await call('GET', '/notifications?cursor=nonsense', undefined, 'reviewer')).body.field).toBe('cursor');
  });

  it('hides the notices of a member whose role no longer reads their subject, and shows them again if it does', async () => {
    const id = await newIncident('Shelling of Shire');
    await move(id, { assignees: ['watcher'] }, 'owner');
    expect(await unread('watcher')).toBeGreaterThan(0);
    const shown = (await call('GET', '/notifications', undefined, 'watcher')).body.items.length;
    await setMember(dossier.database.db, 'test:setup', CASE, 'watcher', 'external_counsel');
    expect(await unread('watcher')).toBe(0);
    expect((await call('GET', '/notifications', undefined, 'watcher')).body.items).toEqual([]);
    await setMember(dossier.database.db, 'test:setup', CASE, 'watcher', 'analyst');
    expect((await call('GET', '/notifications', undefined, 'watcher')).body.items).toHaveLength(shown);
  });

  it('honours each account’s choice of kinds, and refuses bad settings naming the field', async () => {
    expect((await call('GET', '/notifications/settings', undefined, 'investigator')).body).toMatchObject({ inAppKinds: expect.arrayContaining(['assigned', 'mention']), email: 'off', emailAddress: null });
    const changed = await call('PUT', '/notifications/settings', { inAppKinds: ['mention', 'review_requested'] }, 'investigator');
    expect(changed.body.inAppKinds).toEqual(['mention', 'review_requested']);
    const id = await newIncident('Strike on Mekelle');
    await move(id, { assignees: ['investigator', 'analyst'] }, 'owner');
    expect(await noticesAbout(id)).toEqual([['analyst', 'assigned']]);
    const refused = async (body: object, field: string) => {
      const response = await call('PUT', '/notifications/settings', body, 'investigator');
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.field).toBe(field);
    };
    await refused({ inAppKinds: ['mention', 'gossip'] }, 'inAppKinds[1]');
    await refused({ email: 'hourly' }, 'email');
    await refused({ email: 'immediate' }, 'emailAddress');
    await refused({ email: 'immediate', emailAddress: 'not an address' }, 'emailAddress');
    await refused({ email: 'immediate', emailAddress: 'a@b.org\r\nBcc: c@d.org' }, 'emailAddress');
    // Nothing of a refused change was kept.
    expect((await call('GET', '/notifications/settings', undefined, 'investigator')).body).toMatchObject({ inAppKinds: ['mention', 'review_requested'], email: 'off', emailAddress: null });
    await call('PUT', '/notifications/settings', { inAppKinds: ['mention', 'reply', 'assigned', 'review_requested', 'status_changed', 'capture_finished', 'extraction_finished'] }, 'investigator');
  });

  it('mails a notice at once to an account that asked for it, after the change commits, and none to those who did not', async () => {
    expect((await call('PUT', '/notifications/settings', { email: 'immediate', emailAddress: 'reviewer@example.org' }, 'reviewer')).status).toBe(200);
    await drain();
    sink.mails.length = 0;
    const id = await newIncident('Killings in Mai Kadra');
    await move(id, { assignees: ['reviewer', 'analyst'] }, 'owner');
    // Queued with the notice, sent only when the outbox is drained.
    expect(sink.mails).toEqual([]);
    expect(await drain()).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(sink.mails).toHaveLength(1);
    const [mail] = sink.mails;
    expect(mail!.from).toBe(FROM);
    expect(mail!.to).toEqual(['reviewer@example.org']);
    expect(headerOf(mail!.raw, 'Subject')).toBe('Dossier: owner assigned you to Killings in Mai Kadra');
    expect(bodyOf(mail!.raw)).toContain(`Case ${CASE}, ${id}`);
    // Drained again, nothing is sent twice.
    expect(await drain()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    // A rolled-back change leaves neither a notice nor a mail.
    await expect(
      dossier.database.writeTransaction(async (trx) => {
        await notify(trx, { caseId: CASE, kind: 'mention', subject: { kind: 'incident', id }, actor: 'owner', recipients: ['reviewer'], detail: { title: 'Killings in Mai Kadra' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await drain()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(sink.mails).toHaveLength(1);
  });

  it('says a mail in the account’s language', async () => {
    await call('PUT', '/auth/preferences', { language: 'fr', numerals: null }, 'reviewer');
    sink.mails.length = 0;
    const id = await newIncident('Frappe sur Wukro');
    await move(id, { assignees: ['reviewer'] }, 'owner');
    await drain();
    expect(headerOf(sink.mails[0]!.raw, 'Subject')).toBe('Dossier : owner vous a assigné·e à Frappe sur Wukro');
    expect(bodyOf(sink.mails[0]!.raw)).toContain(`Affaire ${CASE}, ${id}`);
    await call('PUT', '/auth/preferences', { language: 'en', numerals: null }, 'reviewer');
    await call('PUT', '/notifications/settings', { email: 'off' }, 'reviewer');
  });

  it('gathers a day’s notices into one digest mail, sent when the oldest has waited a day', async () => {
    await call('PUT', '/notifications/settings', { email: 'digest', emailAddress: 'second@example.org' }, 'second-reviewer');
    sink.mails.length = 0;
    const first = await newIncident('Digest incident one');
    const second = await newIncident('Digest incident two');
    await move(first, { assignees: ['second-reviewer'] }, 'owner');
    await move(second, { assignees: ['second-reviewer'] }, 'owner');
    expect(await drain()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(await drain(new Date(Date.now() + DIGEST_MS + 60_000))).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(sink.mails.map((mail) => mail.to)).toEqual([['second@example.org']]);
    expect(headerOf(sink.mails[0]!.raw, 'Subject')).toBe('Dossier: 2 new notices');
    const body = bodyOf(sink.mails[0]!.raw);
    expect(body).toContain('owner assigned you to Digest incident one');
    expect(body).toContain('owner assigned you to Digest incident two');
    // Turned off before its digest went, the account is sent nothing.
    const third = await newIncident('Digest incident three');
    await move(third, { assignees: ['second-reviewer'] }, 'owner');
    await call('PUT', '/notifications/settings', { email: 'off' }, 'second-reviewer');
    expect(await drain(new Date(Date.now() + DIGEST_MS + 60_000))).toEqual({ sent: 0, failed: 0, dropped: 1 });
    expect(sink.mails).toHaveLength(1);
  });

  it('keeps a mail the SMTP server did not take, and sends it on a later drain', async () => {
    await call('PUT', '/notifications/settings', { email: 'immediate', emailAddress: 'analyst@example.org' }, 'analyst');
    sink.mails.length = 0;
    const id = await newIncident('Retried mail');
    await move(id, { assignees: ['analyst'] }, 'owner');
    const closedPort = { host: '127.0.0.1', port: 1, secure: false, from: FROM };
    expect(await drainOutbox({ database: dossier.database, mailer: smtpMailer(closedPort), from: FROM })).toEqual({ sent: 0, failed: 1, dropped: 0 });
    expect(await drain()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(await drain(new Date(Date.now() + 2 * 60_000))).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(sink.mails.map((mail) => mail.to)).toEqual([['analyst@example.org']]);
    await call('PUT', '/notifications/settings', { email: 'off' }, 'analyst');
  });

  it('has the background work of a server with an SMTP server send queued mails on its own', async () => {
    await call('PUT', '/notifications/settings', { email: 'immediate', emailAddress: 'owner@example.org' }, 'owner');
    sink.mails.length = 0;
    const id = await newIncident('Mailed by the background work');
    await move(id, { assignees: ['owner'] }, 'investigator');
    const smtp = { host: '127.0.0.1', port: sink.port, secure: false, from: FROM };
    const background = startBackgroundWork({ ...dossier, config: { ...dossier.config, smtp } }, true, () => undefined, { mailDrainMs: 100, pollMs: 60_000, witnessPushMs: 0 });
    try {
      await expect.poll(() => sink.mails.map((mail) => mail.to), { timeout: 15_000 }).toEqual([['owner@example.org']]);
      expect(headerOf(sink.mails[0]!.raw, 'Subject')).toBe('Dossier: investigator assigned you to Mailed by the background work');
    } finally {
      await background.close();
      await call('PUT', '/notifications/settings', { email: 'off' }, 'owner');
    }
  });

  it('tells whoever asked that a web capture failed and that an extraction is ready', async () => {
    const [capture] = await requestCaptures(dossier.database, 'user:investigator', CASE, ['https://example.org/report']);
    await markFailed(dossier.database, capture!.id, { code: 'CAPTURE_FAILED', message: 'the page did not load' });
    expect(await noticesAbout(capture!.id)).toEqual([['investigator', 'capture_finished']]);
    // A capture given up after its runners stopped too often is a failure told too.
    const [abandoned] = await requestCaptures(dossier.database, 'user:analyst', CASE, ['https://example.org/abandoned']);
    await dossier.database.db.updateTable('web_captures').set({ state: 'running', attempts: MAX_ATTEMPTS, lease_until: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', abandoned!.id).execute();
    await requeueAbandoned(dossier.database);
    expect(await noticesAbout(abandoned!.id)).toEqual([['analyst', 'capture_finished']]);
    const form = new FormData();
    form.append('file', new Blob(['On 28 November 2020, shelling hit the centre of Mekelle. At least 27 civilians were killed.']), 'report.txt');
    const upload = await app.inject({ method: 'POST', url: `/api/v1/cases/${CASE}/evidence`, headers: auth.get('investigator')!, payload: form });
    const itemId = (JSON.parse(upload.body) as Json).items[0].item.id;
    await extractEvidenceText({ database: dossier.database, vault: dossier.vault, tmpDir: dossier.tmpDir }, await getEvidence(dossier, itemId), CASE);
    const input = await extractionInput(dossier.database, CASE, itemId, {});
    const extraction = await extractAndSave({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() }, newId('ext'), 'user:analyst', input);
    expect(await noticesAbout(extraction.id)).toEqual([['analyst', 'extraction_finished']]);
    // A reading whose result is refused fails, and the one who asked is told, with a link to the item it read.
    const jobs = new ExtractionJobs();
    const failedId = newId('ext');
    await new Promise<void>((resolve) => {
      jobs.start(failedId, { caseId: CASE, evidenceId: itemId }, { source: input.source, actors: input.actors, options: {} }, async () => {
        throw new Error('the result was refused');
      }, () => void tellExtractionFailed(dossier.database, { id: failedId, caseId: CASE, evidenceId: itemId, actor: 'user:analyst' }).then(resolve));
    });
    await jobs.close();
    const failed = (await call('GET', '/notifications', undefined, 'analyst')).body.items.find((n: Json) => n.subject.id === itemId);
    expect(failed).toMatchObject({ kind: 'extraction_finished', subject: { kind: 'evidence', id: itemId } });
    expect(failed.wording.text).toBe(`The text extraction ${failedId} failed`);
    const notices = (await call('GET', '/notifications', undefined, 'investigator')).body.items;
    expect(notices.find((n: Json) => n.subject.id === capture!.id).wording.text).toBe(`The web capture ${capture!.id} failed`);
    // Counsel reads no evidence: not told, even if named.
    await dossier.database.writeTransaction((trx) => notify(trx, { caseId: CASE, kind: 'capture_finished', subject: { kind: 'capture', id: capture!.id }, actor: 'system', recipients: ['counsel'], detail: {} }));
    expect(await noticesAbout(capture!.id)).toEqual([['investigator', 'capture_finished']]);
  }, 60_000);

  it('shows the case’s activity from the ledger, newest first, worded, paged, with no entry’s details and to readers only', async () => {
    const id = await newIncident('Activity incident');
    await move(id, { status: 'in_progress' }, 'analyst');
    const feed = await call('GET', `/cases/${CASE}/activity?limit=2`, undefined, 'reviewer');
    expect(feed.status, JSON.stringify(feed.body)).toBe(200);
    const [latest, before] = feed.body.items;
    expect(latest).toMatchObject({ actor: 'user:analyst', actorName: 'analyst', action: 'workflow', subject: { kind: 'incident', id } });
    expect(latest.wording).toMatchObject({ code: 'activity.entry', text: `analyst moved in the workflow ${id}` });
    expect(before).toMatchObject({ actor: 'user:investigator', action: 'create', subject: { kind: 'incident', id } });
    expect(before.wording.text).toBe(`investigator created ${id}`);
    expect(latest.seq).toBeGreaterThan(before.seq);
    expect(Object.keys(latest).sort()).toEqual(['action', 'actor', 'actorName', 'at', 'seq', 'subject', 'wording']);
    const next = await call('GET', `/cases/${CASE}/activity?limit=2&cursor=${feed.body.nextCursor}`, undefined, 'reviewer');
    expect(next.body.items[0].seq).toBeLessThan(before.seq);
    const everything = (await call('GET', `/cases/${CASE}/activity?limit=200`, undefined, 'owner')).body.items;
    expect(everything.some((item: Json) => item.action === 'view')).toBe(false);
    expect(everything.every((item: Json, i: number) => i === 0 || item.seq < everything[i - 1].seq)).toBe(true);
    expect([403, 404]).toContain((await call('GET', `/cases/${CASE}/activity`, undefined, 'counsel')).status);
    expect([403, 404]).toContain((await call('GET', `/cases/${CASE}/activity`, undefined, 'outsider')).status);
    expect((await call('GET', `/cases/${CASE}/activity?cursor=x`, undefined, 'owner')).body.field).toBe('cursor');
  });
});

describe.each(engines)('the mail outbox across a restart on $name', (engine) => {
  it('sends after reopening a mail queued before the process stopped', async () => {
    const sink = await startSmtpSink();
    let dossier = await newDossier(await engine.createDatabase());
    try {
      await createCase(dossier, 'test:setup', { id: CASE, title: 'Tigray 2021' });
      await setMember(dossier.database.db, 'test:setup', CASE, await testAccount(dossier, 'reviewer'), 'reviewer');
      await dossier.database.db.insertInto('notification_settings').values({ username: 'reviewer', in_app_kinds: JSON.stringify(['mention']), email_mode: 'immediate', email_address: 'reviewer@example.org', updated_at: new Date().toISOString() }).execute();
      await dossier.database.writeTransaction((trx) => notify(trx, { caseId: CASE, kind: 'mention', subject: { kind: 'incident', id: 'inc_restart' }, actor: 'owner', recipients: ['reviewer'], detail: { title: 'Queued before the stop' } }));
      dossier = await reopen(dossier);
      const mailer = smtpMailer({ host: '127.0.0.1', port: sink.port, secure: false, from: FROM });
      expect(await drainOutbox({ database: dossier.database, mailer, from: FROM })).toEqual({ sent: 1, failed: 0, dropped: 0 });
      expect(sink.mails.map((mail) => [mail.to, headerOf(mail.raw, 'Subject')])).toEqual([[['reviewer@example.org'], 'Dossier: owner mentioned you on Queued before the stop']]);
    } finally {
      await dossier.close();
      await sink.close();
      await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
      await engine.dropAll();
    }
  }, 60_000);
});
