import fs from 'node:fs/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { importAcledCsv } from '../src/exchange/acled-import.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { victimGroupKind } from '../src/incidents/victim-group-kind.js';
import { createRecord, updateRecord, type RecordView } from '../src/records/record-store.js';
import { auditRevisions } from '../src/records/revisions-audit.js';
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

  it('checks records imported together under one entry, each against its own commitment', async () => {
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    const report = await importAcledCsv(deps, 'test:a', 'c', await fs.readFile(new URL('./fixtures/acled/syria-sample.csv', import.meta.url), 'utf8'));
    expect(report.imported).toBeGreaterThan(2);
    expect(await auditRevisions(dossier.database.db)).toMatchObject({ ok: true, problems: [] });
    const imported = await dossier.database.db.selectFrom('record_revisions').select(['record_id', 'kind', 'doc', 'ledger_seq']).where('kind', '=', 'victim_group').where('actor', '=', 'test:a').where('record_id', '!=', victims.id).orderBy('ledger_seq').execute();
    const [first, second] = imported;
    const forged = JSON.stringify({ ...JSON.parse(first!.doc), killed: { qualifier: 'at_least', min: 1 } });
    await dossier.database.db.updateTable('record_revisions').set({ doc: forged }).where('record_id', '=', first!.record_id).execute();
    await dossier.database.db.updateTable('records').set({ doc: forged }).where('id', '=', first!.record_id).execute();
    // A revision moved to another row's entry is not among the records that entry logs.
    await dossier.database.db.updateTable('record_revisions').set({ ledger_seq: first!.ledger_seq }).where('record_id', '=', second!.record_id).execute();
    const problems = (await auditRevisions(dossier.database.db)).problems;
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ record: `victim_group:${first!.record_id}@1`, problem: 'document differs from what was logged' });
    expect(problems).toContainEqual({ record: `victim_group:${second!.record_id}@1`, problem: `ledger entry ${first!.ledger_seq} is missing or does not log this record` });
  });
});
