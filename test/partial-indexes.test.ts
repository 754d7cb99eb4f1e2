import fs from 'node:fs/promises';
import { CompiledQuery, sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import type { Database } from '../src/db/database.js';
import { RecordPlanner, writePreparedRecords, type PreparedRecord } from '../src/exchange/bulk-create.js';
import { actKind } from '../src/incidents/act-kind.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { listRecords, type RecordFilter } from '../src/records/record-query.js';
import type { RecordDeps } from '../src/records/record-store.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';
// Most incidents in two Aleppo communities; one in twenty in Rural Damascus, rare enough that an index on the
// place is the planner's best way to them on both engines.
const communityOf = (i: number) => (i % 20 === 0 ? 'C2321' : i % 2 ? 'C1007' : 'C1029');

/** Keeps every query a Database runs, so the test can ask the engine how it would run it. */
class QueryCapture implements KyselyPlugin {
  readonly nodes: RootOperationNode[] = [];
  transformQuery(args: { node: RootOperationNode }): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  async transformResult<R>(args: { result: R }): Promise<R> {
    return args.result;
  }
}

/**
 * Migration 0026: the place, box and span indexes hold only the records that have those columns (incidents),
 * not the acts, victims and claims beside them. The lists that filter on them must still find every record
 * and still read those indexes, with the parameters bound as the application binds them.
 */
describe.each(engines)('partial place indexes on $name', (engine) => {
  let dossier: Dossier;
  let incidents: { id: string; community: string; admin1: string | null }[];

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    const deps: RecordDeps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    await createCase(dossier, actor, { id: 'places', title: 'Places' });
    const planner = new RecordPlanner(deps, 'places');
    const records: PreparedRecord[] = [];
    for (let i = 0; i < 600; i++) {
      const place = { precision: 'settlement', pcodes: { community: communityOf(i) } };
      const incident = await planner.prepare(incidentKind, { title: `Strike ${i}`, types: ['air_strike'], date: { edtf: `2016-0${1 + (i % 9)}-1${i % 10}` }, place });
      planner.remember([incident]);
      const act = await planner.prepare(actKind, { incidentId: incident.id, type: 'air_strike', means: ['unguided_bomb'] });
      planner.remember([act]);
      records.push(incident, act);
    }
    await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, actor, [{ records }]));
    await sql`analyze`.execute(dossier.database.db);
    const rows = await dossier.database.db.selectFrom('records').select(['id', 'community', 'admin1']).where('kind', '=', 'incident').execute();
    incidents = rows.map((row) => ({ id: row.id, community: row.community!, admin1: row.admin1 }));
  }, 120_000);
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  /** The list's records, every page, and the queries it ran. */
  async function listed(filter: RecordFilter): Promise<{ ids: string[]; queries: CompiledQuery[] }> {
    const capture = new QueryCapture();
    const database: Database = { ...dossier.database, db: dossier.database.db.withPlugin(capture) };
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listRecords(database, incidentKind, { caseIds: ['places'], ...filter }, { limit: 100, cursor });
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const queries = capture.nodes.map((node) => dossier.database.db.getExecutor().compileQuery(node, { queryId: 'plan' }));
    return { ids: ids.sort(), queries };
  }

  async function plansOf(queries: readonly CompiledQuery[], mentioning: RegExp): Promise<string[]> {
    const plans: string[] = [];
    for (const query of queries.filter((q) => mentioning.test(q.sql))) {
      const explain = engine.name === 'sqlite' ? 'explain query plan ' : 'explain ';
      const result = await dossier.database.db.executeQuery(CompiledQuery.raw(explain + query.sql, [...query.parameters]));
      plans.push(result.rows.map((row) => Object.values(row as object).join(' ')).join('\n'));
    }
    return plans;
  }

  it('finds every incident of a community, and only those, through the community index', async () => {
    const { ids, queries } = await listed({ pcode: 'C2321' });
    expect(ids).toEqual(incidents.filter((i) => i.community === 'C2321').map((i) => i.id).sort());
    expect(ids.length).toBe(30);
    const plans = await plansOf(queries, /"community" =/);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).toContain(engine.name === 'sqlite' ? 'records_by_community' : 'records_by_community_covering');
  });

  it('finds every incident of a governorate through the governorate index', async () => {
    const governorate = incidents.find((i) => i.community === 'C2321')!.admin1!;
    const { ids, queries } = await listed({ pcode: governorate });
    expect(ids.length).toBe(30);
    expect(ids).toEqual(incidents.filter((i) => i.admin1 === governorate).map((i) => i.id).sort());
    const plans = await plansOf(queries, /"admin1" =/);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).toMatch(/records_by_admin1/);
  });

  it('asks for the longest span through the span index, and a date filter still finds every incident', async () => {
    const { ids, queries } = await listed({ dateFrom: '2016-03-01', dateTo: '2016-04-30' });
    const expected = await dossier.database.db
      .selectFrom('records')
      .select('id')
      .where('kind', '=', 'incident')
      .where('date_latest', '>=', '2016-03-01')
      .where('date_earliest', '<=', '2016-04-30T23:59:59.999Z')
      .execute();
    expect(ids).toEqual(expected.map((row) => row.id).sort());
    expect(ids.length).toBeGreaterThan(100);
    // Each page of the list asks for the longest span, and every such query reads the span index.
    const plans = await plansOf(queries, /max\("span_days"\)/);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).toContain('records_by_kind_span');
  });

  it('holds only the records that have the column', async () => {
    if (engine.name === 'sqlite') {
      const indexes = await sql<{ name: string; partial: number }>`select name, partial from pragma_index_list('records')`.execute(dossier.database.db);
      const partial = new Map(indexes.rows.map((row) => [row.name, row.partial]));
      for (const name of ['records_by_admin1', 'records_by_admin2', 'records_by_community', 'records_by_kind_span']) expect(partial.get(name)).toBe(1);
    } else {
      const indexes = await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes where tablename = 'records'`.execute(dossier.database.db);
      const definition = new Map(indexes.rows.map((row) => [row.indexname, row.indexdef]));
      expect(definition.get('records_by_community_covering')).toContain('WHERE (community IS NOT NULL)');
      expect(definition.get('records_by_box')).toContain('WHERE (west IS NOT NULL)');
      expect(definition.get('records_by_kind_span')).toContain('WHERE (span_days IS NOT NULL)');
    }
  });
});
