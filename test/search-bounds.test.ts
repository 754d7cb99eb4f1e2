import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { RANK_WINDOW } from '../src/db/search-index.js';
import { RecordPlanner, writePreparedRecords, type PreparedRecord } from '../src/exchange/bulk-create.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { listRecords } from '../src/records/record-query.js';
import { searchText } from '../src/records/record-search.js';
import { FACET_CAP } from '../src/records/search-facets.js';
import type { RecordDeps } from '../src/records/record-store.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';
// More matches of one word than PostgreSQL counts (and so than it ranks).
const MANY = Math.max(FACET_CAP, RANK_WINDOW) + 50;

describe.each(engines)('a search with more matches than are counted, on $name', (engine) => {
  let dossier: Dossier;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    const deps: RecordDeps = { database: dossier.database, ledger: dossier.ledger };
    await createCase(dossier, actor, { id: 'big', title: 'Many incidents' });
    const planner = new RecordPlanner(deps, 'big');
    const records: PreparedRecord[] = [];
    for (let i = 0; i < MANY; i++) {
      const market = i % 1000 === 0;
      records.push(await planner.prepare(incidentKind, { title: `Strike on the hospital ${i}${market ? ' by the market' : ''}`, types: [i % 2 ? 'air_strike' : 'siege'] }));
    }
    await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, actor, records.map((r) => ({ records: [r] }))));
    await sql`analyze`.execute(dossier.database.db);
  }, 300_000);
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  it('says its counts are lower bounds and its ranking partial when it counted and ranked only the first matches', async () => {
    const found = await searchText(dossier.database, incidentKind, 'hospital', { caseIds: ['big'], limit: 5 });
    expect(found.hits).toHaveLength(5);
    if (engine.name === 'postgres') {
      expect(found.countsComplete).toBe(false);
      expect(found.rankedAmong).toBe(RANK_WINDOW + 1);
      // At least: never more than matched, and as many as were counted.
      expect(found.byKind.incident).toBe(FACET_CAP + 1);
      expect(found.incidentFacets.byType.air_strike! + found.incidentFacets.byType.siege!).toBe(FACET_CAP + 1);
    } else {
      expect(found.countsComplete).toBe(true);
      expect(found.rankedAmong).toBeUndefined();
      expect(found.byKind).toEqual({ incident: MANY });
    }
  });

  it('counts and ranks every match, saying so, when there are fewer', async () => {
    const found = await searchText(dossier.database, incidentKind, 'market', { caseIds: ['big'], limit: 50 });
    expect(found.countsComplete).toBe(true);
    expect(found.rankedAmong).toBeUndefined();
    expect(found.byKind).toEqual({ incident: Math.ceil(MANY / 1000) });
    expect(found.incidentFacets.byType).toEqual({ siege: Math.ceil(MANY / 1000) });
  });

  it('lists every match of a common word with a type, and of a rare one, whichever way the list is drawn', async () => {
    const titles = async (text: string, type: string) => {
      const all: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listRecords(dossier.database, incidentKind, { caseIds: ['big'], text, terms: [{ vocab: 'incident_type', anyOf: [type] }] }, { limit: 500, ...(cursor ? { cursor } : {}) });
        all.push(...page.items.map((item) => String(item.title)));
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    };
    expect(await titles('hospital', 'air_strike')).toHaveLength(MANY / 2);
    expect(await titles('market', 'siege')).toHaveLength(Math.ceil(MANY / 1000));
    expect(await titles('market', 'air_strike')).toEqual([]);
  });
});
