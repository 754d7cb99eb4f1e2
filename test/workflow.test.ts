import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { buildServer } from '../src/server/app.js';
import { DEFAULT_TRANSITIONS } from '../src/workflow/transitions.js';
import { auditWorkflows } from '../src/workflow/workflow-audit.js';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../src/vocab/vocabularies.js';
import { EVERY_ROLE, seatCaseTeam } from './support/case-team.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const CASE = 'darfur-2023';
const OTHER = 'other-case';
const ROLES = ['owner', 'investigator', 'analyst', 'reviewer', 'external_counsel'] as const;
type Who = (typeof ROLES)[number] | 'outsider';
/** How an owner brings a new incident to each status, along the default table. */
const PATH_TO: Record<WorkflowStatus, WorkflowStatus[]> = {
  to_do: [],
  in_progress: ['in_progress'],
  help_needed: ['in_progress', 'help_needed'],
  ready_for_review: ['in_progress', 'ready_for_review'],
  completed: ['in_progress', 'ready_for_review', 'completed'],
  cancelled: ['cancelled'],
};

describe.each(engines)('incident workflow through the API on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const auth = new Map<Who, Record<string, string>>();
  const name = (who: Who) => who.replace('_', '-');

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    for (const [who, headers] of await seatCaseTeam(dossier, app, { caseId: CASE, title: 'Darfur 2023', otherCaseId: OTHER }, EVERY_ROLE)) auth.set(who, headers);
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
  async function newIncident(title: string, caseId = CASE, as: Who = 'investigator'): Promise<string> {
    const created = await call('POST', `/cases/${caseId}/incidents`, { title, types: ['air_strike'] }, as);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id;
  }
  const move = (id: string, body: object, as: Who, caseId = CASE) => call('PUT', `/cases/${caseId}/incidents/${id}/workflow`, body, as);
  /** The workflow entries the ledger holds for one incident, oldest first. */
  async function workflowEntries(incidentId?: string): Promise<Json[]> {
    const rows = await dossier.database.db.selectFrom('ledger_entries').select('entry').where('action', '=', 'workflow').orderBy('seq').execute();
    const entries = rows.map((row) => JSON.parse(row.entry) as Json);
    return incidentId === undefined ? entries : entries.filter((entry) => entry.details.id === incidentId);
  }
  async function expectRefused(response: { status: number; body: Json }, status: number, field: string) {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.field).toBe(field);
  }

  it('starts a new incident to do and unassigned, and shows its workflow in its read', async () => {
    const id = await newIncident('Shelling of the Ardamata camp');
    const read = await call('GET', `/cases/${CASE}/incidents/${id}`, undefined, 'analyst');
    expect(read.body.workflow).toMatchObject({ incidentId: id, status: 'to_do', assignees: [], dueDate: null, duplicateOf: null, duplicates: [] });
    expect(read.body.workflow.statusSince).toBe(read.body.createdAt);
    expect(await workflowEntries(id)).toEqual([]);
    // Nothing is stored for it until its workflow first changes.
    expect(await dossier.database.db.selectFrom('incident_workflow').select('record_id').where('record_id', '=', id).execute()).toEqual([]);
    expect((await call('GET', `/cases/${CASE}/incidents/inc_00000000000000000000000000/workflow`, undefined, 'analyst')).status).toBe(404);
  });

  it('allows and refuses each move of the default workflow by role, logging each with who and from → to', async () => {
    const id = await newIncident('Attack on the El Geneina market');
    await expectRefused(await move(id, { status: 'in_progress' }, 'external_counsel'), 403, undefined as never);
    await expectRefused(await move(id, { status: 'completed' }, 'owner'), 409, 'status');
    expect((await move(id, { status: 'in_progress' }, 'analyst')).body.status).toBe('in_progress');
    expect((await move(id, { status: 'help_needed' }, 'analyst')).body.status).toBe('help_needed');
    expect((await move(id, { status: 'in_progress' }, 'investigator')).body.status).toBe('in_progress');
    expect((await move(id, { status: 'ready_for_review' }, 'analyst')).body.status).toBe('ready_for_review');
    await expectRefused(await move(id, { status: 'completed' }, 'analyst'), 403, 'status');
    await expectRefused(await move(id, { status: 'completed' }, 'investigator'), 403, 'status');
    // Sent back by the reviewer, then completed by the reviewer.
    expect((await move(id, { status: 'in_progress' }, 'reviewer')).body.status).toBe('in_progress');
    expect((await move(id, { status: 'ready_for_review' }, 'analyst')).body.status).toBe('ready_for_review');
    expect((await move(id, { status: 'completed' }, 'reviewer')).body.status).toBe('completed');
    await expectRefused(await move(id, { status: 'in_progress' }, 'reviewer'), 403, 'status');
    await expectRefused(await move(id, { status: 'in_progress' }, 'investigator'), 403, 'status');
    await expectRefused(await move(id, { status: 'cancelled', reason: 'no longer relevant' }, 'owner'), 409, 'status');
    expect((await move(id, { status: 'in_progress' }, 'owner')).body.status).toBe('in_progress');
    const entries = await workflowEntries(id);
    expect(entries.map((e) => [e.actor, e.details.changes.status.from, e.details.changes.status.to])).toEqual([
      ['user:analyst', 'to_do', 'in_progress'],
      ['user:analyst', 'in_progress', 'help_needed'],
      ['user:investigator', 'help_needed', 'in_progress'],
      ['user:analyst', 'in_progress', 'ready_for_review'],
      ['user:reviewer', 'ready_for_review', 'in_progress'],
      ['user:analyst', 'in_progress', 'ready_for_review'],
      ['user:reviewer', 'ready_for_review', 'completed'],
      ['user:owner', 'completed', 'in_progress'],
    ]);
    expect(entries.every((e) => e.subject.case === CASE && e.details.kind === 'incident')).toBe(true);
  });

  it('answers every move of the default table for every role, and refuses every move outside it', async () => {
    const at = async (status: WorkflowStatus) => {
      const id = await newIncident(`At ${status}`);
      for (const step of PATH_TO[status]) expect((await move(id, { status: step, ...(step === 'cancelled' ? { reason: 'set up' } : {}) }, 'owner')).status).toBe(200);
      return id;
    };
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const from of WORKFLOW_STATUSES) {
      for (const to of DEFAULT_TRANSITIONS[from]) {
        for (const role of ROLES) {
          const response = await move(await at(from), { status: to, ...(to === 'cancelled' ? { reason: 'no longer needed' } : {}) }, role);
          outcomes.push(`${from}→${to} as ${role}: ${response.status} ${response.body.field ?? ''}`);
          const allowed = role !== 'external_counsel' && (to !== 'completed' || ['owner', 'reviewer'].includes(role)) && (from !== 'completed' || role === 'owner');
          expected.push(`${from}→${to} as ${role}: ${allowed ? '200 ' : role === 'external_counsel' ? '403 ' : '403 status'}`);
        }
      }
      for (const to of WORKFLOW_STATUSES.filter((to) => to !== from && !DEFAULT_TRANSITIONS[from].includes(to))) {
        const response = await move(await at(from), { status: to, ...(to === 'cancelled' ? { reason: 'no longer needed' } : {}) }, 'owner');
        outcomes.push(`${from}→${to} as owner: ${response.status} ${response.body.field ?? ''}`);
        expected.push(`${from}→${to} as owner: 409 status`);
      }
    }
    expect(outcomes).toEqual(expected);
    // 12 moves by 4 roles, less completing by analysts and investigators and reopening by all but owners.
    expect(outcomes.filter((o) => o.includes(': 200'))).toHaveLength(43);
  }, 120_000);

  it('seals a completed incident against edits by anyone but owners, until it is reopened', async () => {
    const id = await newIncident('Looting of the Nyala warehouse');
    for (const status of ['in_progress', 'ready_for_review']) await move(id, { status }, 'analyst');
    expect((await move(id, { status: 'completed' }, 'owner')).status).toBe(200);
    const refused = await call('PATCH', `/cases/${CASE}/incidents/${id}`, { title: 'Looting of the Nyala WFP warehouse' }, 'investigator');
    await expectRefused(refused, 409, 'status');
    expect(refused.body).toMatchObject({ code: 'CONFLICT', sealed: true });
    expect((await call('GET', `/cases/${CASE}/incidents/${id}`, undefined, 'owner')).body).toMatchObject({ title: 'Looting of the Nyala warehouse', rev: 1 });
    const byOwner = await call('PATCH', `/cases/${CASE}/incidents/${id}`, { narrative: 'Stores of the World Food Programme.' }, 'owner');
    expect(byOwner.status, JSON.stringify(byOwner.body)).toBe(200);
    await move(id, { status: 'in_progress' }, 'owner');
    const reopened = await call('PATCH', `/cases/${CASE}/incidents/${id}`, { title: 'Looting of the Nyala WFP warehouse' }, 'investigator');
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body).toMatchObject({ title: 'Looting of the Nyala WFP warehouse', rev: 3 });
  });

  it('holds a token to its own role as well as its owner’s: an owner’s reviewer token completes but does not reopen', async () => {
    const made = await call('POST', '/auth/tokens', { name: 'review script', role: 'reviewer', caseIds: [CASE] }, 'owner');
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const bearer = { authorization: `Bearer ${made.body.secret}` };
    const asToken = async (method: 'PUT', url: string, body: object) => {
      const response = await app.inject({ method, url: `/api/v1${url}`, headers: bearer, payload: body });
      return { status: response.statusCode, body: JSON.parse(response.body) as Json };
    };
    const id = await newIncident('Reviewed by a script');
    for (const status of ['in_progress', 'ready_for_review']) await move(id, { status }, 'analyst');
    expect((await asToken('PUT', `/cases/${CASE}/incidents/${id}/workflow`, { status: 'completed' })).status).toBe(200);
    await expectRefused(await asToken('PUT', `/cases/${CASE}/incidents/${id}/workflow`, { status: 'in_progress' }), 403, 'status');
    expect((await workflowEntries(id)).at(-1)).toMatchObject({ actor: expect.stringMatching(/^user:owner\/token:/), details: { changes: { status: { to: 'completed' } } } });
  });

  it('assigns only members who read the case’s records and takes only real calendar dates, writing nothing otherwise', async () => {
    const id = await newIncident('Detentions at the Zalingei checkpoint');
    const before = (await workflowEntries()).length;
    await expectRefused(await move(id, { status: 'in_progress', assignees: ['analyst', 'external-counsel'] }, 'investigator'), 400, 'assignees[1]');
    await expectRefused(await move(id, { assignees: ['outsider'] }, 'investigator'), 400, 'assignees[0]');
    await expectRefused(await move(id, { assignees: ['nobody-at-all'] }, 'investigator'), 400, 'assignees[0]');
    await expectRefused(await move(id, { assignees: ['analyst', 'Analyst'] }, 'investigator'), 400, 'assignees[1]');
    await expectRefused(await move(id, { status: 'in_progress', dueDate: '2026-02-30' }, 'investigator'), 400, 'dueDate');
    await expectRefused(await move(id, { dueDate: '31/12/2026' }, 'investigator'), 400, 'dueDate');
    await expectRefused(await move(id, { status: 'finished' }, 'investigator'), 400, 'status');
    expect((await workflowEntries()).length).toBe(before);
    expect((await call('GET', `/cases/${CASE}/incidents/${id}/workflow`, undefined, 'analyst')).body).toMatchObject({ status: 'to_do', assignees: [], dueDate: null });

    const set = await move(id, { status: 'in_progress', assignees: ['reviewer', 'analyst'], dueDate: '2026-12-31' }, 'investigator');
    expect(set.body).toMatchObject({ status: 'in_progress', assignees: ['analyst', 'reviewer'], dueDate: '2026-12-31' });
    const [entry, ...more] = await workflowEntries(id);
    expect(more).toEqual([]);
    expect(entry.details.changes).toEqual({
      status: { from: 'to_do', to: 'in_progress' },
      assignees: { from: [], to: ['analyst', 'reviewer'] },
      dueDate: { from: null, to: '2026-12-31' },
    });
    // Saying the same again changes nothing and logs nothing.
    await move(id, { assignees: ['analyst', 'reviewer'], dueDate: '2026-12-31' }, 'investigator');
    expect(await workflowEntries(id)).toHaveLength(1);
    expect((await move(id, { dueDate: null }, 'investigator')).body.dueDate).toBeNull();
  });

  it('applies a bulk change to all the incidents or to none, with one ledger entry per incident', async () => {
    const ids = [await newIncident('Bulk one'), await newIncident('Bulk two'), await newIncident('Bulk three')];
    await move(ids[2]!, { status: 'cancelled', reason: 'entered twice by mistake' }, 'investigator');
    const before = (await workflowEntries()).length;
    const bulk = (body: object, as: Who = 'analyst') => call('POST', `/cases/${CASE}/workflow/bulk`, body, as);

    const refused = await bulk({ incidentIds: ids, status: 'in_progress', assignees: ['analyst'] });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body).toMatchObject({ field: 'status', incidentId: ids[2] });
    expect(refused.body.detail).toContain(ids[2]);
    await expectRefused(await bulk({ incidentIds: [ids[0], 'inc_00000000000000000000000000'], status: 'in_progress' }), 400, 'incidentIds[1]');
    await expectRefused(await bulk({ incidentIds: [ids[0], ids[1], ids[0]], status: 'in_progress' }), 400, 'incidentIds[2]');
    await expectRefused(await bulk({ incidentIds: ids.slice(0, 2), assignees: ['analyst', 'external-counsel'] }), 400, 'assignees[1]');
    expect((await workflowEntries()).length).toBe(before);
    for (const id of ids.slice(0, 2)) expect((await call('GET', `/cases/${CASE}/incidents/${id}/workflow`, undefined, 'analyst')).body).toMatchObject({ status: 'to_do', assignees: [] });

    const done = await bulk({ incidentIds: ids.slice(0, 2), status: 'in_progress', assignees: ['analyst'], dueDate: '2027-01-15' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.items.map((w: Json) => [w.incidentId, w.status, w.assignees, w.dueDate])).toEqual(ids.slice(0, 2).map((id) => [id, 'in_progress', ['analyst'], '2027-01-15']));
    const added = (await workflowEntries()).slice(before);
    expect(added.map((e) => e.details.id)).toEqual(ids.slice(0, 2));
    expect(added.every((e) => e.actor === 'user:analyst' && e.details.changes.status.to === 'in_progress')).toBe(true);
    expect((await bulk({ incidentIds: ids.slice(0, 2), status: 'in_progress' }, 'external_counsel')).status).toBe(403);
  });

  it('cancels a duplicate with a reason and links it both ways to the incident it duplicates', async () => {
    const kept = await newIncident('Strike on the Tawila hospital');
    const copy = await newIncident('Tawila hospital hit');
    const stray = await newIncident('A third report');
    const elsewhere = await newIncident('Another team’s strike', OTHER, 'outsider');
    await expectRefused(await move(copy, { status: 'cancelled', duplicateOf: kept }, 'analyst'), 400, 'reason');
    await expectRefused(await move(copy, { duplicateOf: kept, reason: 'same strike' }, 'analyst'), 400, 'duplicateOf');
    await expectRefused(await move(copy, { status: 'cancelled', reason: 'same strike', duplicateOf: copy }, 'analyst'), 400, 'duplicateOf');
    await expectRefused(await move(copy, { status: 'cancelled', reason: 'same strike', duplicateOf: elsewhere }, 'analyst'), 400, 'duplicateOf');
    await move(stray, { status: 'cancelled', reason: 'not an incident' }, 'analyst');
    await expectRefused(await move(copy, { status: 'cancelled', reason: 'same strike', duplicateOf: stray }, 'analyst'), 400, 'duplicateOf');
    expect((await call('GET', `/cases/${CASE}/incidents/${copy}/workflow`, undefined, 'analyst')).body.status).toBe('to_do');

    const cancelled = await move(copy, { status: 'cancelled', reason: 'same strike, reported twice', duplicateOf: kept }, 'analyst');
    expect(cancelled.body).toMatchObject({ status: 'cancelled', duplicateOf: kept, cancelReason: 'same strike, reported twice' });
    expect((await call('GET', `/cases/${CASE}/incidents/${kept}`, undefined, 'reviewer')).body.workflow.duplicates).toEqual([copy]);
    const [entry] = await workflowEntries(copy);
    expect(entry.details).toMatchObject({ reason: 'same strike, reported twice', changes: { status: { from: 'to_do', to: 'cancelled' }, duplicateOf: { from: null, to: kept } } });
  });

  it('lists what is mine, what awaits review and what is unclaimed, oldest first, a page at a time', async () => {
    const caseId = 'queue-case';
    await createCase(dossier, 'test:setup', { id: caseId, title: 'Queue case' });
    for (const role of ['owner', 'investigator', 'analyst', 'reviewer'] as const) await setMember(dossier.database.db, 'test:setup', caseId, name(role), role);
    const [a, b, c, d] = [await newIncident('A', caseId), await newIncident('B', caseId), await newIncident('C', caseId), await newIncident('D', caseId)];
    const put = (id: string, body: object, as: Who = 'analyst') => move(id, body, as, caseId);
    // D is claimed first and so has been in progress the longest; then B.
    await put(d!, { status: 'in_progress', assignees: ['analyst'] });
    await put(b!, { status: 'in_progress', assignees: ['analyst', 'investigator'] });
    await put(c!, { status: 'in_progress', assignees: ['investigator'] });
    await put(c!, { status: 'ready_for_review' });
    await put(a!, { assignees: ['reviewer'] });
    const queue = async (view: string, as: Who, extra = '') => {
      const response = await call('GET', `/cases/${caseId}/queue?view=${view}${extra}`, undefined, as);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body;
    };
    const ids = (page: Json) => page.items.map((item: Json) => item.id);
    expect(ids(await queue('mine', 'analyst'))).toEqual([d, b]);
    expect(ids(await queue('mine', 'investigator'))).toEqual([b, c]);
    expect(ids(await queue('review', 'reviewer'))).toEqual([c]);
    expect(ids(await queue('unclaimed', 'analyst'))).toEqual([]);
    await put(a!, { assignees: [] });
    expect(ids(await queue('unclaimed', 'analyst'))).toEqual([a]);
    expect((await call('GET', `/cases/${caseId}/queue?view=review`, undefined, 'analyst')).status).toBe(403);
    // All, oldest first by when each entered its status: A (to do since made), D, B, C.
    const all = await queue('all', 'owner');
    expect(ids(all)).toEqual([a, d, b, c]);
    expect(all.items[3]).toMatchObject({ status: 'ready_for_review', assignees: ['investigator'] });
    const first = await queue('all', 'owner', '&limit=3');
    expect(ids(first)).toEqual([a, d, b]);
    expect(ids(await queue('all', 'owner', `&limit=3&cursor=${first.nextCursor}`))).toEqual([c]);
    // Completed work leaves "mine".
    await put(c!, { status: 'completed' }, 'reviewer');
    expect(ids(await queue('mine', 'investigator'))).toEqual([b]);
    await expectRefused(await call('GET', `/cases/${caseId}/queue?view=everything`, undefined, 'owner'), 400, 'view');
  });

  it('lets owners replace the case’s transition table, checked and logged, and refuses it from others', async () => {
    const caseId = 'own-table-case';
    await createCase(dossier, 'test:setup', { id: caseId, title: 'Own table' });
    for (const role of ['owner', 'investigator', 'reviewer'] as const) await setMember(dossier.database.db, 'test:setup', caseId, name(role), role);
    const table = { to_do: ['in_progress', 'cancelled'], in_progress: ['completed', 'help_needed', 'ready_for_review'], help_needed: ['in_progress'], ready_for_review: ['completed'], completed: ['in_progress'] };
    const setTable = (transitions: object, as: Who) => call('PUT', `/cases/${caseId}/workflow/transitions`, { transitions }, as);
    expect((await call('GET', `/cases/${caseId}/workflow/transitions`, undefined, 'investigator')).body).toMatchObject({ custom: false, transitions: { in_progress: ['help_needed', 'ready_for_review', 'to_do', 'cancelled'] } });
    expect((await setTable(table, 'investigator')).status).toBe(403);
    expect((await setTable(table, 'reviewer')).status).toBe(403);
    await expectRefused(await setTable({ ...table, to_do: ['in_progress'] }, 'owner'), 400, 'transitions');
    await expectRefused(await setTable({ ...table, archived: [] }, 'owner'), 400, 'transitions.archived');
    await expectRefused(await setTable({ ...table, help_needed: ['help_needed'] }, 'owner'), 400, 'transitions.help_needed[0]');
    expect((await workflowEntries()).filter((e) => e.subject.case === caseId)).toEqual([]);

    const id = await newIncident('Straight to completion', caseId);
    await move(id, { status: 'in_progress' }, 'investigator', caseId);
    await expectRefused(await move(id, { status: 'completed' }, 'reviewer', caseId), 409, 'status');
    const set = await setTable(table, 'owner');
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ custom: true, transitions: { ...table, cancelled: [] } });
    const [logged] = (await workflowEntries()).filter((e) => e.subject.case === caseId && e.details.transitions);
    expect(logged).toMatchObject({ actor: 'user:owner', details: { transitions: { from: { to_do: ['in_progress', 'cancelled'] }, to: { in_progress: ['completed', 'help_needed', 'ready_for_review'] } } } });
    // The case's own table now rules, with the rules by role still on top of it.
    await expectRefused(await move(id, { status: 'completed' }, 'investigator', caseId), 403, 'status');
    expect((await move(id, { status: 'completed' }, 'reviewer', caseId)).body.status).toBe('completed');
    await expectRefused(await move(await newIncident('Another', caseId), { status: 'in_progress' }, 'investigator', OTHER), 404, undefined as never);
  });

  it('finds a workflow edited in the database rather than through Dossier, by replaying the ledger', async () => {
    expect(await auditWorkflows(dossier.database.db)).toMatchObject({ ok: true, problems: [] });
    const id = await newIncident('Tampered with');
    await move(id, { status: 'in_progress', assignees: ['analyst'], dueDate: '2026-06-01' }, 'investigator');
    const clean = await auditWorkflows(dossier.database.db);
    expect(clean.ok, JSON.stringify(clean.problems)).toBe(true);
    expect(clean.checked).toBeGreaterThan(10);
    const { db } = dossier.database;
    await db.updateTable('incident_workflow').set({ status: 'completed' }).where('record_id', '=', id).execute();
    await db.insertInto('incident_assignees').values({ record_id: id, case_id: CASE, username: 'reviewer' }).execute();
    const tampered = await auditWorkflows(db);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toEqual([
      { record: `incident:${id} workflow`, problem: 'status is "completed" but the ledger says "in_progress"' },
      { record: `incident:${id} workflow`, problem: 'assignees is ["analyst","reviewer"] but the ledger says ["analyst"]' },
    ]);
    // Put back, so the suite's later audits see a clean log.
    await db.updateTable('incident_workflow').set({ status: 'in_progress' }).where('record_id', '=', id).execute();
    await db.deleteFrom('incident_assignees').where('record_id', '=', id).where('username', '=', 'reviewer').execute();
    expect((await auditWorkflows(db)).ok).toBe(true);
  });
});
