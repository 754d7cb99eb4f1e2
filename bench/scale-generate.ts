/**
 * Builds a data dir and a PostgreSQL database of COUNT incidents (default 10,000,000) in one case, each with
 * the rows Dossier's own creation writes (record, terms, revision, search document, the ledger entry that logs
 * it and the Merkle nodes that entry completes), plus a signed checkpoint every 10,000 entries as a bulk
 * import leaves them. The rows are made by the domain code (scale-rows.ts) and bulk-copied with psql, with the
 * indexes rebuilt once at the end. Not a test: it feeds bench/scale-queries.ts.
 *
 * Usage (a database of its own, never the test suite's):
 *   createdb -h 127.0.0.1 -U postgres dossier_scale
 *   DOSSIER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/dossier_scale npx tsx bench/scale-generate.ts [COUNT] [DATA_DIR]
 * DATA_DIR defaults to .bench/scale-data; it holds the ledger's keys, so keep it with the database.
 */
import { sql } from 'kysely';
import { SeededRandom } from '../src/app/seeded-random.js';
import { createCase } from '../src/cases/cases.js';
import { signCheckpoint } from '../src/ledger/proofs/checkpoint.js';
import { RightEdge } from '../src/ledger/proofs/merkle.js';
import { fetchNodes } from '../src/ledger/node-store.js';
import { defaultGeoDir, readGeoData } from '../src/places/geo-data.js';
import { CopyStream, withoutIndexes } from './scale-copy.js';
import { CommunityPicker, LEADING_PLACES, SCALE_CASE, syntheticIncident } from './scale-incidents.js';
import { incidentRows, type IncidentRows } from './scale-rows.js';
import { benchDossier } from './support.js';

const ACTOR = 'bench:scale';
const CHECKPOINT_EVERY = 10_000;
const TABLES = ['records', 'record_terms', 'record_revisions', 'search_docs', 'ledger_entries', 'merkle_nodes'] as const;

const count = Number(process.argv[2] ?? 10_000_000);
const dataDir = process.argv[3] ?? '.bench/scale-data';
const url = process.env.DOSSIER_DATABASE_URL;
if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error('set DOSSIER_DATABASE_URL to the PostgreSQL database to fill (e.g. postgres://postgres@127.0.0.1:5432/dossier_scale)');
if (new URL(url).pathname === '/test') throw new Error('the database "test" belongs to the test suite: give the scale data a database of its own');

const started = Date.now();
const dossier = await benchDossier(dataDir);
try {
  await createCase(dossier, ACTOR, { id: SCALE_CASE, title: `${count.toLocaleString('en')} synthetic incidents`, description: 'bench/scale-generate.ts' });
  const db = dossier.database.db;
  const gazetteer = await dossier.places();
  const places = CommunityPicker.fromGazetteer((await readGeoData(defaultGeoDir())).communities, new SeededRandom(7), LEADING_PLACES);
  const size = await dossier.ledger.checkpointSize();
  const ids = RightEdge.ids(size);
  const stored = await fetchNodes(db, dossier.database.engine, ids);
  const edge = new RightEdge(size, ids.map((id) => stored.get(`${id.level}/${id.index}`)!));

  const checkpoints: { tree_size: number; root_hash: Buffer; note: string; created_at: string }[] = [];
  await withoutIndexes(db, TABLES, async () => {
    const streams = openStreams(url);
    const random = new SeededRandom(2012);
    const context = { trx: db, gazetteer, edge, actor: ACTOR, caseId: SCALE_CASE };
    // One simulated second per incident, ending now: ids and times are in creation order, as a long import's are.
    const firstTime = Date.now() - count * 1000;
    for (let i = 0; i < count; i++) {
      const { input, grade } = syntheticIncident(random, places);
      const time = new Date(firstTime + i * 1000);
      await writeRows(streams, await incidentRows(context, input, grade, time));
      if (edge.size % CHECKPOINT_EVERY === 0 || i === count - 1) checkpoints.push(checkpointRow(edge, time));
      if (i % 100_000 === 0) process.stderr.write(`  ${i.toLocaleString('en')} incidents, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    await Promise.all(Object.values(streams).map((s) => s.end()));
    process.stderr.write(`  rows copied in ${((Date.now() - started) / 1000).toFixed(0)} s; rebuilding indexes\n`);
  });
  await db.insertInto('checkpoints').values(checkpoints).execute();
  // Visibility map and statistics, as autovacuum leaves a table some time after a bulk load.
  await sql`vacuum (analyze)`.execute(db);
  const seconds = (Date.now() - started) / 1000;
  const bytes = await sql<{ size: string }>`select pg_size_pretty(pg_database_size(current_database())) as size`.execute(db);
  console.log(`generated ${count.toLocaleString('en')} incidents and ${edge.size.toLocaleString('en')} ledger entries in ${seconds.toFixed(0)} s; database ${bytes.rows[0]!.size}; data dir ${dataDir}`);

  function checkpointRow(current: RightEdge, time: Date) {
    const root = current.root();
    const note = signCheckpoint({ origin: dossier.ledger.options.origin, treeSize: current.size, rootHash: root, extensions: [] }, dossier.ledger.options.signer!);
    return { tree_size: current.size, root_hash: Buffer.from(root), note, created_at: time.toISOString() };
  }
} finally {
  await dossier.close();
}

type Streams = Record<(typeof TABLES)[number], CopyStream>;

function openStreams(databaseUrl: string): Streams {
  return {
    records: new CopyStream(databaseUrl, 'records', [
      'id', 'kind', 'case_id', 'parent_id', 'incident_id', 'rev', 'title', 'status', 'date_earliest', 'date_latest', 'sort_date', 'span_days',
      'lat', 'lon', 'west', 'south', 'east', 'north', 'admin1', 'admin2', 'community', 'created_at', 'created_by', 'updated_at', 'updated_by',
      'doc', 'sealed', 'incident_types',
    ]),
    record_terms: new CopyStream(databaseUrl, 'record_terms', ['record_id', 'incident_id', 'case_id', 'vocab', 'term']),
    record_revisions: new CopyStream(databaseUrl, 'record_revisions', ['record_id', 'rev', 'kind', 'case_id', 'at', 'actor', 'salt', 'commitment', 'ledger_seq', 'doc', 'sealed']),
    search_docs: new CopyStream(databaseUrl, 'search_docs', ['record_id', 'kind', 'case_id', 'title', 'body']),
    ledger_entries: new CopyStream(databaseUrl, 'ledger_entries', ['seq', 'entry', 'at', 'actor', 'action', 'evidence_sha256', 'case_id']),
    merkle_nodes: new CopyStream(databaseUrl, 'merkle_nodes', ['level', 'idx', 'hash']),
  };
}

async function writeRows(streams: Streams, rows: IncidentRows): Promise<void> {
  await streams.records.write(rows.record as never);
  for (const term of rows.terms) await streams.record_terms.write(term as never);
  await streams.record_revisions.write(rows.revision as never);
  await streams.search_docs.write(rows.search as never);
  await streams.ledger_entries.write(rows.entry);
  for (const node of rows.nodes) await streams.merkle_nodes.write(node);
}
