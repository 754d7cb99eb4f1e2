import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { setMember } from '../src/access/members.js';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { buildServer } from '../src/server/app.js';
import { auditWorkflows } from '../src/workflow/workflow-audit.js';
import { EVERY_ROLE, seatCaseTeam } from './support/case-team.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const CASE = 'sudan-claims';
const ROLES = ['owner', 'investigator', 'analyst', 'reviewer', 'external_counsel'] as const;
type Who = (typeof ROLES)[number] | 'second-analyst';

describe.each(engines)('claims, bulk assignees and bulk tags on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const auth = new Map<Who, Record<string, string>>();
  const name = (who: Who) => who.replace('_', '-');

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    const people = { ...EVERY_ROLE, 'second-analyst': 'analyst' } as const;
    for (const [who, headers] of await seatCaseTeam(dossier, app, { caseId: CASE, title: 'Sudan 2023', otherCaseId: 'other-case' }, people)) if (who !== 'outsider') auth.set(who, headers);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body: object | undefined, as: Who) {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers: auth.get(as)!, ...(body !== undefined ? { payload: body } : {}) });
    return { status: response.statusCode, body: JSON.parse(response.body) as Json };
  }
  async function newIncident(title: string, tags?: string[]): Promise<string> {
    const created = await call('POST', `/cases/${CASE}/incidents`, { title, types: ['air_strike'], ...(tags ? { tags } : {}) }, 'investigator');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id;
  }
  const claim = (id: string, as: Who, expected: object = { status: 'to_do', assignees: [] }) =>
    call('PUT', `/cases/${CASE}/incidents/${id}/workflow`, { status: 'in_progress', assignees: [name(as)], expected }, as);
  const workflowOf = async (id: string) => (await call('GET', `/cases/${CASE}/incidents/${id}/workflow`, undefined, 'analyst')).body;
  async function entries(action: string): Promise<Json[]> {
    const rows = await dossier.database.db.selectFrom('ledger_entries').select('entry').where('action', '=', action).orderBy('seq').execute();
    return rows.map((row) => JSON.parse(row.entry) as Json);
  }

  it('refuses a claim made against a stale view, naming who took the incident meanwhile', async () => {
    const id = await newIncident('Shelling of the Abu Shouk camp');
    const first = await claim(id, 'analyst');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const before = (await entries('workflow')).length;
    const second = await claim(id, 'second-analyst');
    expect(second.status, JSON.stringify(second.body)).toBe(409);
    expect(second.body).toMatchObject({ code: 'CONFLICT', field: 'assignees', incidentId: id, currentStatus: 'in_progress', currentAssignees: ['analyst'] });
    expect(second.body.detail).toContain('taken by analyst');
    expect(second.body.wording).toMatchObject({ code: 'workflow.takenSince', values: { holders: 'analyst', status: 'in_progress' } });
    expect(await workflowOf(id)).toMatchObject({ status: 'in_progress', assignees: ['analyst'] });
    expect((await entries('workflow')).length).toBe(before);
    // Without the expectation, the same change replaces the assignees: the check is what protects the claim.
    const stale = await call('PUT', `/cases/${CASE}/incidents/${id}/workflow`, { assignees: ['second-analyst'], expected: { status: 'to_do' } }, 'second-analyst');
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ field: 'status', currentStatus: 'in_progress' });
    // A view that is current passes.
    const current = await call('PUT', `/cases/${CASE}/incidents/${id}/workflow`, { assignees: ['analyst', 'second-analyst'], expected: { status: 'in_progress', assignees: ['analyst'] } }, 'analyst');
    expect(current.status, JSON.stringify(current.body)).toBe(200);
    expect(current.body.assignees).toEqual(['analyst', 'second-analyst']);
    const badShape = await call('PUT', `/cases/${CASE}/incidents/${id}/workflow`, { status: 'help_needed', expected: { status: 'started' } }, 'analyst');
    expect(badShape.status).toBe(400);
    expect(badShape.body.field).toMatch(/^expected/);
  });

  it('lets exactly one of two simultaneous claims of an incident through', async () => {
    const ids = [await newIncident('Race one'), await newIncident('Race two'), await newIncident('Race three')];
    for (const id of ids) {
      const outcomes = await Promise.all([claim(id, 'analyst'), claim(id, 'second-analyst')]);
      const statuses = outcomes.map((o) => o.status).sort();
      expect(statuses, JSON.stringify(outcomes.map((o) => o.body))).toEqual([200, 409]);
      const winner = outcomes.find((o) => o.status === 200)!.body.assignees[0];
      const loser = outcomes.find((o) => o.status === 409)!.body;
      expect(loser).toMatchObject({ field: 'assignees', currentAssignees: [winner] });
      expect(await workflowOf(id)).toMatchObject({ status: 'in_progress', assignees: [winner] });
      expect((await entries('workflow')).filter((e) => e.details.id === id)).toHaveLength(1);
    }
  });

  it('adds and removes assignees on many incidents, keeping each one’s others, one ledger entry per incident changed', async () => {
    const ids = [await newIncident('Assign one'), await newIncident('Assign two'), await newIncident('Assign three')];
    await call('PUT', `/cases/${CASE}/incidents/${ids[0]}/workflow`, { assignees: ['investigator'] }, 'owner');
    await call('PUT', `/cases/${CASE}/incidents/${ids[1]}/workflow`, { assignees: ['analyst', 'reviewer'] }, 'owner');
    const before = (await entries('workflow')).length;
    const bulk = (body: object) => call('POST', `/cases/${CASE}/workflow/bulk`, { incidentIds: ids, ...body }, 'investigator');

    expect((await bulk({ addAssignees: ['analyst', 'external-counsel'] })).body).toMatchObject({ field: 'addAssignees[1]' });
    expect((await bulk({ addAssignees: ['analyst'], removeAssignees: ['Analyst'] })).body).toMatchObject({ field: 'removeAssignees' });
    expect((await bulk({ assignees: ['analyst'], removeAssignees: ['reviewer'] })).body).toMatchObject({ field: 'removeAssignees' });
    expect((await entries('workflow')).length).toBe(before);

    const added = await bulk({ addAssignees: ['analyst'] });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.items.map((w: Json) => w.assignees)).toEqual([['analyst', 'investigator'], ['analyst', 'reviewer'], ['analyst']]);
    // The second incident already had the analyst: two entries, not three.
    const logged = (await entries('workflow')).slice(before);
    expect(logged.map((e) => [e.details.id, e.details.changes.assignees])).toEqual([
      [ids[0], { from: ['investigator'], to: ['analyst', 'investigator'] }],
      [ids[2], { from: [], to: ['analyst'] }],
    ]);
    const removed = await bulk({ removeAssignees: ['analyst', 'investigator'] });
    expect(removed.body.items.map((w: Json) => w.assignees)).toEqual([[], ['reviewer'], []]);
    expect((await entries('workflow')).length).toBe(before + 5);
    expect((await auditWorkflows(dossier.database.db)).ok).toBe(true);
  });

  it('shows each incident’s workflow status and assignees in the incident list', async () => {
    const [moved, untouched] = [await newIncident('Listed and moved'), await newIncident('Listed, never moved')];
    await call('PUT', `/cases/${CASE}/incidents/${moved}/workflow`, { status: 'in_progress', assignees: ['reviewer'] }, 'analyst');
    const listed = await call('GET', `/cases/${CASE}/incidents?limit=500&sort=-updated`, undefined, 'reviewer');
    expect(listed.status).toBe(200);
    const byId = new Map(listed.body.items.map((item: Json) => [item.id, item]));
    expect(byId.get(moved)).toMatchObject({ workflowStatus: 'in_progress', workflowAssignees: ['reviewer'] });
    expect(byId.get(untouched)).toMatchObject({ workflowStatus: 'to_do', workflowAssignees: [] });
  });

  it('filters the incident list, and the summary its facets count from, by workflow status', async () => {
    const caseId = 'workflow-filter';
    await createCase(dossier, 'test:setup', { id: caseId, title: 'Filtered by workflow' });
    await setMember(dossier.database.db, 'test:setup', caseId, 'investigator', 'investigator');
    const make = async (title: string) => (await call('POST', `/cases/${caseId}/incidents`, { title, types: ['air_strike'] }, 'investigator')).body.id as string;
    const [waiting, started, review] = [await make('Waiting'), await make('Started'), await make('For review')];
    await call('PUT', `/cases/${caseId}/incidents/${started}/workflow`, { status: 'in_progress' }, 'investigator');
    for (const status of ['in_progress', 'ready_for_review']) await call('PUT', `/cases/${caseId}/incidents/${review}/workflow`, { status }, 'investigator');
    const listed = async (query: string) => {
      const response = await call('GET', `/cases/${caseId}/incidents?${query}`, undefined, 'investigator');
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.items.map((item: Json) => item.id).sort();
    };
    expect(await listed('workflow=to_do')).toEqual([waiting]);
    expect(await listed('workflow=in_progress,ready_for_review')).toEqual([started, review].sort());
    expect(await listed('workflow=completed')).toEqual([]);
    expect(await listed('workflow=to_do,ready_for_review&sort=title')).toEqual([waiting, review].sort());
    const summary = await call('GET', `/cases/${caseId}/summary?workflow=to_do,in_progress`, undefined, 'investigator');
    expect(summary.status, JSON.stringify(summary.body)).toBe(200);
    expect(summary.body.incidents).toBe(2);
    const refused = await call('GET', `/cases/${caseId}/incidents?workflow=to_do,done`, undefined, 'investigator');
    expect(refused.status).toBe(400);
    expect(refused.body.field).toBe('workflow');
  });

  it('moves an evidence item awaiting processing through the case’s workflow, logged on the item, and queues it', async () => {
    const { item } = await ingestEvidence(dossier, 'test:investigator', { caseId: CASE, originalName: 'strike-video.mp4', content: [Buffer.from(`footage ${Date.now()}`)] });
    const { item: other } = await ingestEvidence(dossier, 'test:investigator', { caseId: CASE, originalName: 'witness-photo.jpg', content: [Buffer.from(`photo ${Date.now()}`)] });
    const url = (id: string) => `/cases/${CASE}/evidence/${id}/workflow`;
    const read = await call('GET', url(item.id), undefined, 'analyst');
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body).toMatchObject({ evidenceId: item.id, status: 'to_do', assignees: [], dueDate: null });
    expect((await call('GET', url(item.id), undefined, 'external_counsel')).status).toBe(403);
    expect((await call('GET', url('ev_00000000000000000000000000'), undefined, 'analyst')).status).toBe(404);
    const before = (await entries('workflow')).length;

    // The same rules as incidents: the table's moves, completing by reviewers, members who read as assignees.
    expect((await call('PUT', url(item.id), { status: 'completed' }, 'owner')).body).toMatchObject({ field: 'status' });
    expect((await call('PUT', url(item.id), { assignees: ['external-counsel'] }, 'analyst')).body).toMatchObject({ field: 'assignees[0]' });
    expect((await call('PUT', url(item.id), { status: 'cancelled' }, 'analyst')).body).toMatchObject({ field: 'reason' });
    expect((await call('PUT', url(item.id), { status: 'in_progress' }, 'external_counsel')).status).toBe(403);
    expect((await entries('workflow')).length).toBe(before);

    const claimed = await call('PUT', url(item.id), { status: 'in_progress', assignees: ['analyst'], expected: { status: 'to_do', assignees: [] } }, 'analyst');
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    const late = await call('PUT', url(item.id), { status: 'in_progress', assignees: ['second-analyst'], expected: { status: 'to_do', assignees: [] } }, 'second-analyst');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ field: 'assignees', currentAssignees: ['analyst'] });
    await call('PUT', url(item.id), { status: 'ready_for_review' }, 'analyst');
    expect((await call('PUT', url(item.id), { status: 'completed' }, 'analyst')).status).toBe(403);
    const done = await call('PUT', url(item.id), { status: 'completed' }, 'reviewer');
    expect(done.body).toMatchObject({ status: 'completed', assignees: ['analyst'] });
    const logged = (await entries('workflow')).slice(before);
    expect(logged.map((e) => [e.actor, e.details.kind, e.details.id, e.details.changes.status?.to])).toEqual([
      ['user:analyst', 'evidence', item.id, 'in_progress'],
      ['user:analyst', 'evidence', item.id, 'ready_for_review'],
      ['user:reviewer', 'evidence', item.id, 'completed'],
    ]);
    expect(logged.every((e) => e.subject.case === CASE && e.subject.evidence === item.sha256)).toBe(true);

    const queue = async (view: string, as: Who) => (await call('GET', `/cases/${CASE}/queue?subject=evidence&view=${view}`, undefined, as)).body;
    const unclaimed = await queue('unclaimed', 'analyst');
    expect(unclaimed.items.map((i: Json) => i.id)).toContain(other.id);
    expect(unclaimed.items.map((i: Json) => i.id)).not.toContain(item.id);
    expect(unclaimed.items.find((i: Json) => i.id === other.id)).toMatchObject({ kind: 'evidence', title: 'witness-photo.jpg', status: 'to_do' });
    await call('PUT', url(other.id), { status: 'in_progress', assignees: ['second-analyst'] }, 'second-analyst');
    await call('PUT', url(other.id), { status: 'ready_for_review' }, 'second-analyst');
    expect((await queue('review', 'reviewer')).items.map((i: Json) => i.id)).toEqual([other.id]);
    expect((await queue('mine', 'second-analyst')).items.map((i: Json) => i.id)).toEqual([other.id]);
    expect((await queue('mine', 'analyst')).items.map((i: Json) => i.id)).toEqual([]);
    expect((await call('GET', `/cases/${CASE}/queue?subject=evidence&view=review`, undefined, 'analyst')).status).toBe(403);
    // Incidents' queue is the default, and holds no evidence.
    expect((await queue('all', 'owner')).items.every((i: Json) => i.kind === 'evidence')).toBe(true);
    expect((await call('GET', `/cases/${CASE}/queue?view=all&limit=500`, undefined, 'owner')).body.items.every((i: Json) => i.kind === 'incident')).toBe(true);

    // The ledger's replay finds an evidence item's work changed in the database rather than through Dossier.
    const { db } = dossier.database;
    expect(await auditWorkflows(db)).toMatchObject({ ok: true, problems: [] });
    await db.updateTable('evidence_workflow').set({ status: 'to_do' }).where('evidence_id', '=', item.id).execute();
    await db.insertInto('evidence_assignees').values({ case_id: CASE, evidence_id: other.id, username: 'reviewer' }).execute();
    const tampered = (await auditWorkflows(db)).problems;
    expect(tampered).toHaveLength(2);
    expect(tampered).toEqual(
      expect.arrayContaining([
        { record: `evidence:${item.id} in case ${CASE} workflow`, problem: 'status is "to_do" but the ledger says "completed"' },
        { record: `evidence:${other.id} in case ${CASE} workflow`, problem: 'assignees is ["reviewer","second-analyst"] but the ledger says ["second-analyst"]' },
      ]),
    );
    await db.updateTable('evidence_workflow').set({ status: 'completed' }).where('evidence_id', '=', item.id).execute();
    await db.deleteFrom('evidence_assignees').where('evidence_id', '=', other.id).where('username', '=', 'reviewer').execute();
    expect((await auditWorkflows(db)).ok).toBe(true);
  });

  it('adds and removes tags on many incidents, a revision and a ledger entry per incident changed', async () => {
    const ids = [await newIncident('Tag one', ['hospital']), await newIncident('Tag two'), await newIncident('Tag three', ['el-fasher', 'hospital'])];
    const before = (await entries('update')).length;
    const retag = await call('POST', `/cases/${CASE}/incidents/bulk-tags`, { incidentIds: ids, add: ['el-fasher', 'needs-translation'], remove: ['hospital'] }, 'analyst');
    expect(retag.status, JSON.stringify(retag.body)).toBe(403);
    const done = await call('POST', `/cases/${CASE}/incidents/bulk-tags`, { incidentIds: ids, add: ['el-fasher', 'needs-translation'], remove: ['hospital'] }, 'investigator');
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.items).toEqual([
      { id: ids[0], rev: 2, tags: ['el-fasher', 'needs-translation'], changed: true },
      { id: ids[1], rev: 2, tags: ['el-fasher', 'needs-translation'], changed: true },
      { id: ids[2], rev: 2, tags: ['el-fasher', 'needs-translation'], changed: true },
    ]);
    const logged = (await entries('update')).slice(before);
    expect(logged.map((e) => [e.actor, e.details.kind, e.details.id, e.details.rev])).toEqual(ids.map((id) => ['user:investigator', 'incident', id, 2]));
    for (const id of ids) {
      const read = (await call('GET', `/cases/${CASE}/incidents/${id}`, undefined, 'reviewer')).body;
      expect(read).toMatchObject({ rev: 2, tags: ['el-fasher', 'needs-translation'] });
      const history = (await call('GET', `/cases/${CASE}/incidents/${id}/history`, undefined, 'reviewer')).body;
      expect(history.items.map((r: Json) => r.rev)).toEqual([1, 2]);
    }
    // Saying it again changes nothing and logs nothing.
    const again = await call('POST', `/cases/${CASE}/incidents/bulk-tags`, { incidentIds: ids, add: ['el-fasher'] }, 'investigator');
    expect(again.body.items.map((item: Json) => item.changed)).toEqual([false, false, false]);
    expect((await entries('update')).length).toBe(before + 3);
    // Found by search through the tag.
    const found = await call('GET', `/cases/${CASE}/incidents?q=translation`, undefined, 'reviewer');
    expect(found.body.items.map((item: Json) => item.id).sort()).toEqual([...ids].sort());
  });

  it('retags all the incidents or none: a sealed incident or a bad tag refuses the whole change', async () => {
    const ids = [await newIncident('All or none one'), await newIncident('All or none two'), await newIncident('All or none three')];
    for (const status of ['in_progress', 'ready_for_review', 'completed']) await call('PUT', `/cases/${CASE}/incidents/${ids[2]}/workflow`, { status }, 'owner');
    const before = (await entries('update')).length;
    const retag = (body: object, as: Who = 'investigator') => call('POST', `/cases/${CASE}/incidents/bulk-tags`, { incidentIds: ids, ...body }, as);

    const sealed = await retag({ add: ['airport'] });
    expect(sealed.status, JSON.stringify(sealed.body)).toBe(409);
    expect(sealed.body).toMatchObject({ code: 'CONFLICT', field: 'status', sealed: true, incidentId: ids[2] });
    expect(sealed.body.detail).toContain(ids[2]);
    expect((await retag({ add: ['  '] })).body).toMatchObject({ field: 'add[0]' });
    expect((await retag({ add: ['x'.repeat(61)] })).body).toMatchObject({ field: 'add[0]' });
    expect((await retag({ add: ['airport', 'airport'] })).body).toMatchObject({ field: 'add[1]' });
    expect((await retag({ add: ['airport'], remove: ['airport'] })).body).toMatchObject({ field: 'remove' });
    expect((await retag({})).body).toMatchObject({ field: 'add' });
    const unknown = await call('POST', `/cases/${CASE}/incidents/bulk-tags`, { incidentIds: [ids[0], 'inc_00000000000000000000000000'], add: ['airport'] }, 'investigator');
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('incidentIds[1]');
    expect((await call('POST', `/cases/${CASE}/incidents/bulk-tags`, { incidentIds: [ids[0], ids[0]], add: ['airport'] }, 'investigator')).body.field).toBe('incidentIds[1]');
    const tooMany = Array.from({ length: 31 }, (_, i) => `tag-${i}`);
    expect((await retag({ add: tooMany })).status).toBe(400);
    // Nothing was written for the first two, though they came before the refusal.
    expect((await entries('update')).length).toBe(before);
    for (const id of ids) expect((await call('GET', `/cases/${CASE}/incidents/${id}`, undefined, 'owner')).body).toMatchObject({ rev: 1 });

    // The case's owners are not held by the seal.
    const byOwner = await retag({ add: ['airport'] }, 'owner');
    expect(byOwner.status, JSON.stringify(byOwner.body)).toBe(200);
    expect((await entries('update')).length).toBe(before + 3);
  });
});
