import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { RecordPlanner, writePreparedRecords, type PreparedRecord } from '../src/exchange/bulk-create.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { filterFromQuery } from '../src/records/filter-input.js';
import { facetCounts, listRecords, LONG_SPAN_DAYS, type RecordFilter } from '../src/records/record-query.js';
import type { RecordDeps } from '../src/records/record-store.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';
const day = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/**
 * Dates of every width a case holds: days, ranges, months, approximate months (widened to about three) and
 * years, spread over four years. On PostgreSQL a date filter walks two windows of the date index (the long
 * records apart, record-query.ts dateWindows); the answer must be the one of a plain overlap test.
 */
function dateOf(i: number): string {
  const d = (i * 7919) % 1400;
  switch (i % 10) {
    case 0:
      return day(d).slice(0, 7);
    case 1:
      return `${day(d).slice(0, 7)}~`;
    case 2:
      return `${day(d)}/${day(d + (i % 40))}`;
    case 3:
      return i % 30 === 3 ? `${day(d).slice(0, 4)}?` : `${day(d)}?`;
    default:
      return day(d);
  }
}

describe.each(engines)('date filters find every overlapping record, however long, on $name', (engine) => {
  let dossier: Dossier;
  let deps: RecordDeps;
  let stored: { id: string; earliest: string; latest: string; status: string | null; types: string[] }[];

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    deps = { database: dossier.database, ledger: dossier.ledger };
    await createCase(dossier, actor, { id: 'dates', title: 'Dates of every width' });
    const planner = new RecordPlanner(deps, 'dates');
    const records: PreparedRecord[] = [];
    for (let i = 0; i < 1500; i++) {
      records.push(await planner.prepare(incidentKind, { title: `Incident ${i}`, types: [i % 3 ? 'air_strike' : 'siege'], date: { edtf: dateOf(i) } }));
    }
    await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, actor, [{ records }]));
    await sql`analyze`.execute(dossier.database.db);
    const rows = await dossier.database.db.selectFrom('records').select(['id', 'date_earliest', 'date_latest', 'status', 'incident_types']).where('kind', '=', 'incident').execute();
    stored = rows.map((row) => ({ id: row.id, earliest: row.date_earliest!, latest: row.date_latest!, status: row.status, types: (row.incident_types ?? '').split(' ') }));
  }, 120_000);
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  const windows = [
    { from: '2016-03-10', to: '2016-06-07' },
    { from: '2015-01-01', to: '2015-01-31' },
    { from: '2016-07', to: '2016-07' },
    { from: '2018-10-01', to: '2019-12-31' },
    { from: '2017-02-14', to: '2017-02-14' },
  ];
  const filterOf = (window: { from: string; to: string }, type?: string): RecordFilter => ({
    ...filterFromQuery({ ...window, ...(type ? { type } : {}) }).filter,
    caseIds: ['dates'],
  });
  const overlapping = (filter: RecordFilter, type?: string) =>
    stored.filter((r) => r.latest >= filter.dateFrom! && r.earliest <= filter.dateTo! && (!type || r.types.includes(type)));

  it('holds records long enough to need the second window', () => {
    const longest = Math.max(...stored.map((r) => (Date.parse(r.latest) - Date.parse(r.earliest)) / 86_400_000));
    expect(longest).toBeGreaterThan(300);
    expect(stored.filter((r) => Date.parse(r.latest) - Date.parse(r.earliest) > LONG_SPAN_DAYS * 86_400_000).length).toBeGreaterThan(100);
  });

  it('lists every overlapping record once, in date order both ways, across pages', async () => {
    for (const window of windows) {
      for (const type of [undefined, 'siege']) {
        const filter = filterOf(window, type);
        const expected = overlapping(filter, type);
        expect(expected.length, JSON.stringify(window)).toBeGreaterThan(0);
        for (const sort of ['date', '-date'] as const) {
          const listed: { id: string; earliest: string }[] = [];
          let cursor: string | undefined;
          do {
            const page = await listRecords(dossier.database, incidentKind, filter, { limit: 7, sort, ...(cursor ? { cursor } : {}) });
            listed.push(...page.items.map((item) => ({ id: item.id, earliest: String((item.date as { earliest: string }).earliest) })));
            cursor = page.nextCursor;
          } while (cursor);
          const label = `${JSON.stringify(window)} ${type ?? 'any type'} ${sort}`;
          expect(listed.map((r) => r.id).sort(), label).toEqual(expected.map((r) => r.id).sort());
          const order = listed.map((r) => `${r.earliest} ${r.id}`);
          const sorted = [...order].sort();
          expect(order, label).toEqual(sort === 'date' ? sorted : sorted.reverse());
        }
      }
    }
  });

  it('counts grades and types of the overlapping records', async () => {
    for (const window of windows) {
      const filter = filterOf(window);
      const expected = overlapping(filter);
      const counted = await facetCounts(dossier.database, incidentKind, filter, ['incident_type']);
      expect(counted.total, JSON.stringify(window)).toBe(expected.length);
      const byType: Record<string, number> = {};
      for (const record of expected) for (const type of record.types) byType[type] = (byType[type] ?? 0) + 1;
      expect(counted.terms.incident_type, JSON.stringify(window)).toEqual(byType);
      expect(Object.values(counted.status).reduce((a, b) => a + b, 0)).toBe(expected.length);
    }
  });

  it.runIf(engine.name === 'postgres')('keeps the long records in an index whose condition is the one the lists write', async () => {
    const found = await sql<{ indexdef: string }>`select indexdef from pg_indexes where indexname = 'records_by_long_span'`.execute(dossier.database.db);
    expect(found.rows[0]?.indexdef).toContain(`WHERE (span_days >= ${LONG_SPAN_DAYS})`);
  });
});
