import fs from 'node:fs/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { importAcledCsv } from '../src/exchange/acled-import.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { victimGroupKind } from '../src/incidents/victim-group-kind.js';
import { createRecord, updateRecord, type RecordView } from '../src/records/record-store.js';
import { auditRevisions } from '../src/records/revisions-audit.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();

describe.each(engines)('documentation edited behind the ledger’s back on $name', (engine) => {
  let dossier: Dossier;
  let incident: RecordView;
  let victims: RecordView;

  beforeEach(async () => {
    dossier = await newDossier(await engine.createDatabase());
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    await createCase(dossier, 'test:a', { id: 'c', title: 'Case' });
    incident = await createRecord(deps, incidentKind, 'test:a', 'c', { title: 'Strike on the bakery', types: ['air_strike'] });
    victims = await createRecord(deps, victimGroupKind, 'test:a', 'c', { incidentId: incident.id, countingUnit: 'persons', killed: { qualifier: 'at_least', min: 14 } });
    await updateRecord(deps, incidentKind, 'test:b', incident.id, { narrative: 'Queue outside the bakery was hit' });
  });
  afterEach(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });
  afterAll(() => engine.dropAll());

  it('passes when nothing was touched', async () => {
    expect(await auditRevisions(dossier.database.db)).toMatchObject({ ok: true, problems: [] });
  });

  it('names a record whose current document was rewritten', async () => {
    const doc = JSON.stringify({ ...JSON.parse((await dossier.database.db.selectFrom('records').select('doc').where('id', '=', victims.id).executeTakeFirstOrThrow()).doc), killed: { qualifier: 'at_least', min: 4 } });
    await dossier.database.db.updateTable('records').set({ doc }).where('id', '=', victims.id).execute();
    const audit = await auditRevisions(dossier.database.db);
    expect(audit.ok).toBe(false);
    expect(audit.problems).toEqual([{ record: `victim_group:${victims.id}`, problem: 'differs from its logged revision 1' }]);
  });

  it('names a revision rewritten together with its row, through the ledger commitment', async () => {
    const forged = JSON.stringify({ title: 'Strike on the bakery', types: ['air_strike'], narrative: 'Nobody was queuing' });
    await dossier.database.db.updateTable('record_revisions').set({ doc: forged }).where('record_id', '=', incident.id).where('rev', '=', 2).execute();
    await dossier.database.db.updateTable('records').set({ doc: forged }).where('id', '=', incident.id).execute();
    const audit = await auditRevisions(dossier.database.db);
    expect(audit.problems).toEqual([{ record: `incident:${incident.id}@2`, problem: 'document differs from what was logged' }]);
  });

  it('names a revision whose author was changed', async () => {
    await dossier.database.db.updateTable('record_revisions').set({ actor: 'test:someone-else' }).where('record_id', '=', incident.id).where('rev', '=', 2).execute();
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([{ record: `incident:${incident.id}@2`, problem: 'actor differs from what was logged' }]);
  });

  describe('records imported in one batch, under one entry that commits to them all', () => {
    let seq: number;
    let versions: { record_id: string; kind: string; rev: number; salt: string; doc: string }[];
    const db = () => dossier.database.db;
    const audit = async () => (await auditRevisions(db())).problems;
    const versionOf = (kind: string) => versions.find((v) => v.kind === kind)!;

    beforeEach(async () => {
      const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
      const report = await importAcledCsv(deps, 'test:a', 'c', await fs.readFile(new URL('./fixtures/acled/syria-sample.csv', import.meta.url), 'utf8'));
      expect(report.imported).toBeGreaterThan(2);
      const entry = (await dossier.ledger.entries({ caseId: 'c' })).find((e) => e.details.batch !== undefined)!;
      seq = entry.seq;
      versions = await db().selectFrom('record_revisions').select(['record_id', 'kind', 'rev', 'salt', 'doc']).where('ledger_seq', '=', seq).execute();
      expect(entry.details.batch).toMatchObject({ count: versions.length });
    });

    it('passes when nothing was touched', async () => {
      expect(await auditRevisions(db())).toMatchObject({ ok: true, problems: [] });
    });

    it('names an imported record whose current row was rewritten', async () => {
      const victims = versionOf('victim_group');
      await db().updateTable('records').set({ doc: victims.doc.replace(/"min":\d+/, '"min":1') }).where('id', '=', victims.record_id).execute();
      expect(await audit()).toEqual([{ record: `victim_group:${victims.record_id}`, problem: 'differs from its logged revision 1' }]);
    });

    it('names a version rewritten together with its row, through its own commitment', async () => {
      const victims = versionOf('victim_group');
      const forged = victims.doc.replace(/"min":\d+/, '"min":1');
      await db().updateTable('record_revisions').set({ doc: forged }).where('record_id', '=', victims.record_id).execute();
      await db().updateTable('records').set({ doc: forged }).where('id', '=', victims.record_id).execute();
      expect(await audit()).toEqual([{ record: `victim_group:${victims.record_id}@1`, problem: 'document differs from what was logged' }]);
    });

    it('finds a version whose commitment was made anew from its salt, through the batch digest', async () => {
      const incident = versionOf('incident');
      const forged = incident.doc.replace('"title":"', '"title":"Nothing happened: ');
      const commitment = commitText(incident.salt, 'document', forged);
      await db().updateTable('record_revisions').set({ doc: forged, commitment }).where('record_id', '=', incident.record_id).execute();
      await db().updateTable('records').set({ doc: forged }).where('id', '=', incident.record_id).execute();
      expect(await audit()).toEqual([{ record: `ledger entry ${seq}`, problem: expect.stringMatching(/commits to a batch of \d+ record versions, and those stored for it differ/) }]);
    });

    it('finds a version given another kind or revision', async () => {
      const act = versionOf('act');
      await db().updateTable('record_revisions').set({ kind: 'incident' }).where('record_id', '=', act.record_id).execute();
      await db().updateTable('records').set({ kind: 'incident' }).where('id', '=', act.record_id).execute();
      expect(await audit()).toEqual([{ record: `ledger entry ${seq}`, problem: expect.stringMatching(/and those stored for it differ/) }]);
    });

    it('finds a version moved to another entry, or removed with its record', async () => {
      const [moved, removed] = versions.filter((v) => v.kind === 'claim');
      const other = Number((await db().selectFrom('record_revisions').select('ledger_seq').where('record_id', '=', victims.id).executeTakeFirstOrThrow()).ledger_seq);
      await db().updateTable('record_revisions').set({ ledger_seq: other }).where('record_id', '=', moved!.record_id).execute();
      await db().deleteFrom('record_revisions').where('record_id', '=', removed!.record_id).execute();
      await db().deleteFrom('records').where('id', '=', removed!.record_id).execute();
      const problems = await audit();
      expect(problems).toHaveLength(2);
      expect(problems).toContainEqual({ record: `claim:${moved!.record_id}@1`, problem: `ledger entry ${other} is missing or does not log this record` });
      expect(problems).toContainEqual({ record: `ledger entry ${seq}`, problem: `commits to a batch of ${versions.length} record versions, but ${versions.length - 2} are stored for it` });
    });

    it('finds a version added to the batch', async () => {
      const incident = versionOf('incident');
      const planted = await db().selectFrom('record_revisions').selectAll().where('record_id', '=', incident.record_id).executeTakeFirstOrThrow();
      await db().insertInto('record_revisions').values({ ...planted, rev: 2 }).execute();
      expect(await audit()).toEqual([{ record: `ledger entry ${seq}`, problem: `commits to a batch of ${versions.length} record versions, but ${versions.length + 1} are stored for it` }]);
    });

    it('finds a whole batch removed, from the entry that logged it', async () => {
      const ids = versions.map((v) => v.record_id);
      await db().deleteFrom('record_revisions').where('ledger_seq', '=', seq).execute();
      await db().deleteFrom('records').where('id', 'in', ids).execute();
      expect(await audit()).toEqual([{ record: `ledger entry ${seq}`, problem: `commits to a batch of ${versions.length} record versions, but none is stored` }]);
    });
  });
});
