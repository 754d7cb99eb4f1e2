import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { CASE_FILE_PATHS } from '../src/bag/case-file-layout.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { auditComments } from '../src/comments/comment-audit.js';
import { buildServer } from '../src/server/app.js';
import { EVERY_ROLE, seatCaseTeam } from './support/case-team.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';
import { zipEntries } from './support/zip-entries.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const CASE = 'idlib-2019';
const OTHER = 'other-case';
const ROLES = ['owner', 'investigator', 'analyst', 'reviewer', 'external_counsel'] as const;
type Who = (typeof ROLES)[number] | 'outsider';

describe.each(engines)('discussion of records and evidence on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const auth = new Map<Who, Record<string, string>>();
  let incident: string;
  let claim: string;
  let otherIncident: string;
  let item: string;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    for (const [who, headers] of await seatCaseTeam(dossier, app, { caseId: CASE, title: 'Idlib 2019', otherCaseId: OTHER }, EVERY_ROLE)) auth.set(who, headers);
    incident = (await call('POST', `/cases/${CASE}/incidents`, { title: 'Strike on the Kafr Nabl market', types: ['air_strike'] }, 'investigator')).body.id;
    item = (await ingestEvidence(dossier, 'test:setup', { caseId: CASE, originalName: 'market.txt', content: [Buffer.from('witness statement about the market')] })).item.id;
    const claimed = await call('POST', `/cases/${CASE}/claims`, { subject: { kind: 'incident', id: incident, field: 'occurred' }, stance: 'asserts', evidenceIds: [item], excerpt: 'The market was hit twice.' }, 'investigator');
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(201);
    claim = claimed.body.id;
    otherIncident = (await call('POST', `/cases/${OTHER}/incidents`, { title: 'Elsewhere', types: ['air_strike'] }, 'outsider')).body.id;
    expect({ incident, claim, otherIncident, item }).toEqual({ incident: expect.stringMatching(/^inc_/), claim: expect.stringMatching(/^clm_/), otherIncident: expect.stringMatching(/^inc_/), item: expect.stringMatching(/^ev_/) });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: 'GET' | 'POST' | 'PUT', url: string, body: object | undefined, as: Who) {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers: auth.get(as)!, ...(body !== undefined ? { payload: body } : {}) });
    return { status: response.statusCode, body: (String(response.headers['content-type'] ?? '').includes('json') ? JSON.parse(response.body) : response.rawPayload) as Json };
  }
  const post = (body: object, as: Who = 'investigator', caseId = CASE) => call('POST', `/cases/${caseId}/comments`, body, as);
  const thread = (subject: string, as: Who = 'investigator') => call('GET', `/cases/${CASE}/comments?subject=${subject}`, undefined, as);
  async function commentEntries(): Promise<Json[]> {
    const rows = await dossier.database.db.selectFrom('ledger_entries').select('entry').where('action', 'in', ['comment_added', 'comment_revised']).orderBy('seq').execute();
    return rows.map((row) => JSON.parse(row.entry) as Json);
  }
  const notices = () => dossier.database.db.selectFrom('notifications').select(['username', 'kind', 'subject_id', 'actor', 'detail']).orderBy('id').execute();
  const count = async (table: 'comments' | 'comment_revisions' | 'notifications') => Number((await dossier.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  async function expectNothingKept(work: () => Promise<{ status: number; body: Json }>, status: number, field: string) {
    const before = { comments: await count('comments'), revisions: await count('comment_revisions'), notices: await count('notifications'), entries: (await commentEntries()).length };
    const refused = await work();
    expect(refused.status, JSON.stringify(refused.body)).toBe(status);
    expect(refused.body.field).toBe(field);
    expect({ comments: await count('comments'), revisions: await count('comment_revisions'), notices: await count('notifications'), entries: (await commentEntries()).length }).toEqual(before);
    return refused.body;
  }

  it('posts a comment on an incident, logs a commitment to its words (never the words), and shows it in the thread', async () => {
    const body = 'The second strike came ten minutes after the first.';
    const posted = await post({ subject: incident, body });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body).toMatchObject({ subject: { kind: 'incident', id: incident }, replyTo: null, author: 'investigator', body, rev: 1, edited: false, parts: [{ text: body }] });
    const shown = await thread(incident, 'reviewer');
    expect(shown.status).toBe(200);
    expect(shown.body.subject).toMatchObject({ kind: 'incident', id: incident, title: 'Strike on the Kafr Nabl market' });
    expect(shown.body.comments.map((c: Json) => c.id)).toEqual([posted.body.id]);
    const [entry] = (await commentEntries()).filter((e) => e.details.id === posted.body.id);
    expect(entry).toMatchObject({ action: 'comment_added', actor: expect.stringContaining('investigator'), subject: { case: CASE }, details: { subject: { kind: 'incident', id: incident }, rev: 1 } });
    expect(JSON.stringify(entry)).not.toContain('ten minutes');
    const [revision] = (await call('GET', `/cases/${CASE}/comments/${posted.body.id}/revisions`, undefined, 'analyst')).body.items;
    expect(entry.details.body).toBe(commitText(revision.salt, 'body', body));
    expect(revision).toMatchObject({ rev: 1, body, ledgerSeq: entry.seq });
  });

  it('takes a comment on a claim and on an evidence item', async () => {
    expect((await post({ subject: claim, body: 'Two sources only; both local.' }, 'analyst')).status).toBe(201);
    expect((await post({ subject: item, body: 'Statement taken in Reyhanli.' }, 'reviewer')).status).toBe(201);
    expect((await thread(claim)).body.subject.kind).toBe('claim');
    expect((await thread(item)).body).toMatchObject({ subject: { kind: 'evidence', id: item }, comments: [{ body: 'Statement taken in Reyhanli.' }] });
  });

  it('refuses a subject of another case or of nothing as not found, naming subject', async () => {
    await expectNothingKept(() => post({ subject: otherIncident, body: 'hello' }), 404, 'subject');
    await expectNothingKept(() => post({ subject: 'inc_nothing', body: 'hello' }), 404, 'subject');
  });

  it('answers a comment in its thread and tells the one answered; a reply stays in its thread', async () => {
    const first = await post({ subject: incident, body: 'Who filmed the second strike?' }, 'analyst');
    const before = await count('notifications');
    const reply = await post({ subject: incident, body: 'A neighbour, from a rooftop.', replyTo: first.body.id }, 'investigator');
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.replyTo).toBe(first.body.id);
    const told = (await notices()).slice(before);
    expect(told).toEqual([expect.objectContaining({ username: 'analyst', kind: 'reply', subject_id: incident, actor: 'investigator' })]);
    expect(JSON.parse(told[0]!.detail)).toMatchObject({ commentId: reply.body.id });
    // Answering oneself tells no one.
    const own = await post({ subject: incident, body: 'And a second angle.', replyTo: reply.body.id }, 'investigator');
    expect(own.status).toBe(201);
    expect(await count('notifications')).toBe(before + 1);
    await expectNothingKept(() => post({ subject: claim, body: 'Wrong thread', replyTo: first.body.id }), 400, 'replyTo');
    await expectNothingKept(() => post({ subject: incident, body: 'No such comment', replyTo: 'cmt_nothing' }), 400, 'replyTo');
  });

  it('keeps every revision of an edit, shows the latest as edited, and logs each with the commitment it follows', async () => {
    const posted = await post({ subject: incident, body: 'Casualties: 12 at least.' }, 'analyst');
    const id = posted.body.id;
    const edited = await call('PUT', `/cases/${CASE}/comments/${id}`, { body: 'Casualties: 14 at least (two died in hospital).' }, 'analyst');
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ id, rev: 2, edited: true, body: 'Casualties: 14 at least (two died in hospital).' });
    const inThread = (await thread(incident, 'owner')).body.comments.find((c: Json) => c.id === id);
    expect(inThread).toMatchObject({ rev: 2, edited: true, body: 'Casualties: 14 at least (two died in hospital).' });
    const revisions = (await call('GET', `/cases/${CASE}/comments/${id}/revisions`, undefined, 'reviewer')).body.items;
    expect(revisions.map((r: Json) => [r.rev, r.body])).toEqual([
      [1, 'Casualties: 12 at least.'],
      [2, 'Casualties: 14 at least (two died in hospital).'],
    ]);
    const entries = (await commentEntries()).filter((e) => e.details.id === id);
    expect(entries.map((e) => e.action)).toEqual(['comment_added', 'comment_revised']);
    expect(entries[1].details).toMatchObject({ rev: 2, before: entries[0].details.body, body: commitText(revisions[1].salt, 'body', revisions[1].body) });
    // The same words again make no revision; someone else's comment is not theirs to revise; nothing is deleted.
    expect((await call('PUT', `/cases/${CASE}/comments/${id}`, { body: 'Casualties: 14 at least (two died in hospital).' }, 'analyst')).body.rev).toBe(2);
    const foreign = await expectNothingKept(() => call('PUT', `/cases/${CASE}/comments/${id}`, { body: 'Rewritten by someone else' }, 'owner'), 403, 'commentId');
    expect(foreign.detail).toContain('analyst');
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/cases/${CASE}/comments/${id}`, headers: auth.get('analyst')! })).statusCode).toBe(404);
    expect(await count('comment_revisions')).toBeGreaterThanOrEqual(2);
  });

  it('tells exactly the members mentioned, with their names shown; an edit tells only the newly mentioned', async () => {
    const before = await count('notifications');
    const posted = await post({ subject: incident, body: '@reviewer and @analyst: please check the crater photos. Mail ali@example.org too.' }, 'investigator');
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    const told = (await notices()).slice(before);
    expect(told.map((n) => [n.username, n.kind]).sort()).toEqual([
      ['analyst', 'mention'],
      ['reviewer', 'mention'],
    ]);
    expect(posted.body.parts.filter((p: Json) => p.mention)).toEqual([
      { text: '@reviewer', mention: 'reviewer', name: 'reviewer' },
      { text: '@analyst', mention: 'analyst', name: 'analyst' },
    ]);
    const edited = await call('PUT', `/cases/${CASE}/comments/${posted.body.id}`, { body: '@reviewer and @analyst: please check the crater photos. @owner, yours to sign off.' }, 'investigator');
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await notices()).slice(before + 2).map((n) => [n.username, n.kind])).toEqual([['owner', 'mention']]);
  });

  it('refuses the whole comment when it mentions someone who may not read its subject: who and why, nothing kept, nobody told', async () => {
    const counsel = await expectNothingKept(() => post({ subject: incident, body: '@reviewer see this; @external-counsel should too' }), 422, 'body');
    expect(counsel.code).toBe('MENTION_REFUSED');
    expect(counsel.detail).toContain('@external-counsel');
    expect(counsel.detail).toContain('external_counsel');
    expect(counsel.refused).toEqual([{ username: 'external-counsel', reason: 'may_not_read' }]);
    const stranger = await expectNothingKept(() => post({ subject: incident, body: 'cc @outsider' }), 422, 'body');
    expect(stranger.refused).toEqual([{ username: 'outsider', reason: 'not_a_member' }]);
    expect(stranger.detail).toContain(`not a member of case ${CASE}`);
    // An edit that adds such a mention is refused the same way, the comment left as it was.
    const posted = await post({ subject: incident, body: 'Fine as it is.' });
    await expectNothingKept(() => call('PUT', `/cases/${CASE}/comments/${posted.body.id}`, { body: 'Fine as it is, @outsider.' }, 'investigator'), 422, 'body');
    expect((await thread(incident)).body.comments.find((c: Json) => c.id === posted.body.id)).toMatchObject({ rev: 1, body: 'Fine as it is.' });
  });

  it('refuses an empty or too long comment, naming body', async () => {
    await expectNothingKept(() => post({ subject: incident, body: '' }), 400, 'body');
    await expectNothingKept(() => post({ subject: incident, body: '  \n\t ' }), 400, 'body');
    const long = await expectNothingKept(() => post({ subject: incident, body: 'x'.repeat(10_001) }), 400, 'body');
    expect(long.detail).toContain('10,000');
    expect((await post({ subject: incident, body: 'y'.repeat(10_000) })).status).toBe(201);
  });

  it('links records and items of the case, and keeps an id of another case as words', async () => {
    const body = `Same crater as #${claim} and #${item}; compare #${otherIncident}.`;
    const posted = await post({ subject: incident, body });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.parts).toEqual([
      { text: 'Same crater as ' },
      { text: `#${claim}`, link: claim, kind: 'claim' },
      { text: ' and ' },
      { text: `#${item}`, link: item, kind: 'evidence' },
      { text: `; compare #${otherIncident}.` },
    ]);
    const [revision] = await dossier.database.db.selectFrom('comment_revisions').select('links').where('comment_id', '=', posted.body.id).execute();
    expect(JSON.parse(revision!.links)).toEqual([claim, item]);
    expect(posted.body.body).toBe(body);
  });

  it("never shows the discussion to external counsel or to another case's members", async () => {
    for (const subject of [incident, item]) {
      expect((await thread(subject, 'external_counsel')).status).toBe(403);
      expect((await thread(subject, 'outsider')).status).toBe(404);
    }
    await expectNothingKept(() => post({ subject: incident, body: 'counsel writes' }, 'external_counsel'), 403, undefined as never);
    expect((await call('GET', `/cases/${CASE}/comments/search?q=crater`, undefined, 'external_counsel')).status).toBe(403);
    const anyComment = (await thread(incident)).body.comments[0].id;
    expect((await call('GET', `/cases/${CASE}/comments/${anyComment}/revisions`, undefined, 'external_counsel')).status).toBe(403);
    expect((await call('GET', `/cases/${OTHER}/comments/${anyComment}/revisions`, undefined, 'outsider')).status).toBe(404);
  });

  it("finds a comment's words, with its subject, in the case's search", async () => {
    await post({ subject: incident, body: 'The shrapnel pattern points to a cluster munition.' }, 'reviewer');
    await post({ subject: otherIncident, body: 'Shrapnel found here too.' }, 'outsider', OTHER);
    const found = await call('GET', `/cases/${CASE}/comments/search?q=${encodeURIComponent('shrapnel clust')}`, undefined, 'analyst');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.hits).toHaveLength(1);
    expect(found.body.hits[0]).toMatchObject({ subject: { kind: 'incident', id: incident, title: 'Strike on the Kafr Nabl market' }, comment: { author: 'reviewer' } });
    // The latest words are searched: an edit's new words are found, the old ones no more.
    const posted = await post({ subject: item, body: 'Filmed near the bakery.' }, 'investigator');
    await call('PUT', `/cases/${CASE}/comments/${posted.body.id}`, { body: 'Filmed near the mosque.' }, 'investigator');
    expect((await call('GET', `/cases/${CASE}/comments/search?q=bakery`, undefined, 'analyst')).body.hits).toEqual([]);
    expect((await call('GET', `/cases/${CASE}/comments/search?q=mosque`, undefined, 'analyst')).body.hits.map((h: Json) => h.subject.id)).toEqual([item]);
    const other = await call('GET', `/cases/${OTHER}/comments/search?q=shrapnel`, undefined, 'outsider');
    expect(other.body.hits.map((h: Json) => h.subject.id)).toEqual([otherIncident]);
  });

  it('has the ledger name a wording changed in the database, not through Dossier', async () => {
    const clean = await auditComments(dossier.database.db);
    expect(clean.problems).toEqual([]);
    expect(clean.checked).toBe(await count('comment_revisions'));
    const posted = await post({ subject: claim, body: 'Two sources, both credible.' }, 'reviewer');
    const { db } = dossier.database;
    await db.updateTable('comment_revisions').set({ body: 'Two sources, neither credible.' }).where('comment_id', '=', posted.body.id).execute();
    await db.updateTable('comments').set({ body: 'Two sources, neither credible.' }).where('id', '=', posted.body.id).execute();
    const tampered = await auditComments(db);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toEqual([{ record: `comment:${posted.body.id} revision 1`, problem: expect.stringContaining('changed after they were written') }]);
    // Put back, so the case file below verifies.
    await db.updateTable('comment_revisions').set({ body: 'Two sources, both credible.' }).where('comment_id', '=', posted.body.id).execute();
    await db.updateTable('comments').set({ body: 'Two sources, both credible.' }).where('id', '=', posted.body.id).execute();
    expect((await auditComments(db)).ok).toBe(true);
  });

  it('puts the record of deliberation in a court case file only when chosen, every revision checkable against its entry', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-deliberation-'));
    try {
      const deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: undefined, verifierKey: dossier.dataDir.verifierKey };
      const plain = path.join(dir, 'plain');
      await exportCaseFile(deps, 'test:owner', CASE, { out: plain, profile: 'court' });
      await expect(fs.stat(path.join(plain, ...CASE_FILE_PATHS.deliberation.split('/')))).rejects.toThrow();

      const chosen = path.join(dir, 'chosen');
      const result = await exportCaseFile(deps, 'test:owner', CASE, { out: chosen, profile: 'court', includeDeliberation: true });
      const record = JSON.parse(await fs.readFile(path.join(chosen, ...CASE_FILE_PATHS.deliberation.split('/')), 'utf8')) as Json;
      const stored = await count('comments');
      const ofCase = Number((await dossier.database.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', CASE).executeTakeFirstOrThrow()).n);
      expect(ofCase).toBeLessThan(stored);
      expect(record.comments).toHaveLength(ofCase);
      expect(result.deliberationComments).toBe(ofCase);
      const entries = new Map((await fs.readFile(path.join(chosen, ...CASE_FILE_PATHS.entries.split('/')), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Json).map((line) => [line.entry?.seq ?? line.seq, line.entry ?? line]));
      const revised = record.comments.find((c: Json) => c.revisions[0].body === 'Casualties: 12 at least.');
      expect(revised.revisions.map((r: Json) => r.body)).toEqual(['Casualties: 12 at least.', 'Casualties: 14 at least (two died in hospital).']);
      for (const comment of record.comments) {
        for (const revision of comment.revisions) {
          expect(revision.commitment).toBe(commitText(revision.salt, 'body', revision.body));
          expect(entries.get(revision.ledgerSeq)?.details.body).toBe(revision.commitment);
        }
      }
      const verified = await verifyCaseFile(chosen);
      expect(verified.errors).toEqual([]);
      const revisionCount = record.comments.reduce((n: number, c: Json) => n + c.revisions.length, 0);
      expect(verified.caseFile?.deliberation).toEqual({ revisions: revisionCount, matched: revisionCount });
      expect((await verifyCaseFile(plain)).caseFile?.deliberation).toBeNull();
      // A word changed, or a revision left out, after the export is named by the verifier, whatever the manifests say.
      const file = path.join(chosen, ...CASE_FILE_PATHS.deliberation.split('/'));
      const altered = structuredClone(record);
      altered.comments.find((c: Json) => c.id === revised.id).revisions[0].body = 'Casualties: 2 at least.';
      await fs.writeFile(file, JSON.stringify(altered));
      expect((await verifyCaseFile(chosen)).errors.map((e) => e.code)).toContain('DELIBERATION_MISMATCH');
      const shortened = structuredClone(record);
      shortened.comments.find((c: Json) => c.id === revised.id).revisions.pop();
      await fs.writeFile(file, JSON.stringify(shortened));
      expect((await verifyCaseFile(chosen)).errors).toContainEqual(expect.objectContaining({ code: 'DELIBERATION_INCOMPLETE', message: expect.stringContaining(`comment ${revised.id} revision 2`) }));
      const exportEntry = (await dossier.database.db.selectFrom('ledger_entries').select('entry').where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow()).entry;
      expect(JSON.parse(exportEntry).details).toMatchObject({ scope: 'case-file', deliberationComments: ofCase });

      await expect(exportCaseFile(deps, 'test:owner', CASE, { out: path.join(dir, 'partner'), profile: 'partner', includeDeliberation: true })).rejects.toMatchObject({ details: { field: 'includeDeliberation' } });
      await expect(fs.stat(path.join(dir, 'partner'))).rejects.toThrow();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lets only an owner choose the record of deliberation through the API', async () => {
    const refused = await call('GET', `/cases/${CASE}/export/bag?profile=court&includeDeliberation=true`, undefined, 'investigator');
    expect(refused.status).toBe(403);
    expect(refused.body.field).toBe('includeDeliberation');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-deliberation-api-'));
    try {
      for (const [query, expected] of [
        ['profile=court', false],
        ['profile=court&includeDeliberation=true', true],
      ] as const) {
        const response = await app.inject({ method: 'GET', url: `/api/v1/cases/${CASE}/export/bag?${query}`, headers: auth.get('owner')! });
        expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
        const zip = path.join(dir, `${expected}.zip`);
        await fs.writeFile(zip, response.rawPayload);
        const names = [...(await zipEntries(zip)).keys()];
        expect(names.some((entry) => entry.endsWith(CASE_FILE_PATHS.deliberation))).toBe(expected);
      }
      const partner = await call('GET', `/cases/${CASE}/export/bag?profile=partner&includeDeliberation=true`, undefined, 'owner');
      expect(partner.status).toBe(400);
      expect(partner.body.field).toBe('includeDeliberation');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
