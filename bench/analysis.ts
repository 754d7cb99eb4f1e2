/**
 * The analyses over many incidents: a synthetic case (incidents with an act and an involvement each, dates of
 * day to month precision, most at exact sites spread over western Syria and the rest at eight towns, actors
 * with a chain of command, context events), written with the bulk writer, then tempo, sequence, compare,
 * pattern and where timed as a request runs them (snapshot, analysis, canonical JSON), each phase reported,
 * several rounds: cold (the case read whole, as the CLI and a server's first request do) and kept (a server
 * holds the case and, after a write, reads again only the incidents written since). The reference in the same
 * process: reading the incidents' rows alone (one query, no analysis).
 * Targets: each analysis <= 1 s at 100k incidents on SQLite, <= 5 s at 1M on PostgreSQL.
 * Usage: npx tsx bench/analysis.ts [INCIDENTS] [ROUNDS]   (PostgreSQL with DOSSIER_DATABASE_URL)
 * With BENCH_KEEP=DIR the case is built once into DIR and reused by later runs (a million incidents take a while).
 */
import { analysisJson } from '../src/analysis/analysis-json.js';
import type { AnalysisEnvelope } from '../src/analysis/analysis-result.js';
import { compare } from '../src/analysis/compare.js';
import { pattern } from '../src/analysis/pattern.js';
import { sequence } from '../src/analysis/sequence.js';
import type { AnalysisSnapshot } from '../src/analysis/snapshot.js';
import { loadSnapshot, SnapshotCache } from '../src/analysis/snapshot-load.js';
import { tempo } from '../src/analysis/tempo.js';
import { where } from '../src/analysis/where.js';
import { createCase } from '../src/cases/cases.js';
import { RecordPlanner, writePreparedRecords, type PreparedRecord, type RecordGroup } from '../src/exchange/bulk-create.js';
import { actorKind } from '../src/actors/actor-kind.js';
import { involvementKind } from '../src/actors/involvement-kind.js';
import { actKind } from '../src/incidents/act-kind.js';
import { contextEventKind } from '../src/incidents/context-event-kind.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import type { RecordDeps } from '../src/records/record-store.js';
import { openDossier } from '../src/app/open.js';
import { loadConfig } from '../src/common/config.js';
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { benchDossier, percentile, removeDossier } from './support.js';

const incidents = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 3);
const COMMUNITIES = ['C1007', 'C2321', 'C2338', 'C1029', 'C5993', 'C4215', 'C3468', 'C6260'];
const TARGETS = ['hospital', 'school', 'market', 'residential', 'water_facility', 'bakery_or_food_distribution'];
const MEANS = ['unguided_bomb', 'barrel_bomb', 'guided_munition', 'artillery', 'rocket'];

let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const day = (offset: number) => new Date(Date.UTC(2012, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

async function buildCase(deps: RecordDeps, caseId: string): Promise<void> {
  const planner = new RecordPlanner(deps, caseId);
  const made = async (kind: Parameters<RecordPlanner['prepare']>[0], input: object) => {
    const record = await planner.prepare(kind, input);
    planner.remember([record]);
    return record;
  };
  const airForce = await made(actorKind, { name: 'Air Force', actorKind: 'organisation', actorType: 'state_armed_forces' });
  const squadron = await made(actorKind, { name: 'Squadron 1', actorKind: 'unit', actorType: 'state_armed_forces', parentUnits: [{ actorId: airForce.id, from: '2012', to: '2020' }] });
  const armedGroup = await made(actorKind, { name: 'Armed group', actorKind: 'organisation', actorType: 'rebel_group' });
  const setup: PreparedRecord[] = [airForce, squadron, armedGroup];
  for (let i = 0; i < 40; i++) setup.push(await made(contextEventKind, { title: `Round ${i + 1} of talks`, eventKind: 'peace_talks', date: { edtf: day(60 + i * 70) } }));
  const groups: RecordGroup[] = [{ records: setup }];
  for (let i = 0; i < incidents; i++) {
    const offset = Math.floor(random() * 3000);
    const edtf = random() < 0.8 ? day(offset) : day(offset).slice(0, 7);
    // Most incidents at exact sites spread over western Syria (as documented strikes are), the rest at a town.
    const place =
      random() < 0.7
        ? { precision: 'exact_site', geometry: { type: 'Point', coordinates: [35.9 + random() * 2.6, 32.7 + random() * 4.1] } }
        : { precision: 'settlement', pcodes: { community: pick(COMMUNITIES) } };
    const incident = await made(incidentKind, { title: `Strike ${i}`, types: ['air_strike'], date: { edtf }, place });
    const act = await made(actKind, { incidentId: incident.id, type: 'air_strike', means: [pick(MEANS)], targets: [pick(TARGETS)] });
    const eitherOr = random() < 0.1;
    const involvement = await made(involvementKind, {
      actId: act.id,
      actorIds: eitherOr ? [squadron.id, armedGroup.id] : [pick([squadron.id, armedGroup.id])],
      ...(eitherOr ? { eitherOr: true } : {}),
      factualRole: 'carried_out',
      attributionStatus: 'alleged_by_source',
    });
    groups.push({ records: [incident, act, involvement] });
    // The planner remembers what it prepared; a batch written is forgotten, to keep memory flat.
    if (groups.length >= 2000) {
      await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, 'bench:runner', groups));
      planner.forget(groups.flatMap((g) => g.records.map((r) => r.id)).filter((id) => id.startsWith('inc_') || id.startsWith('act_') || id.startsWith('inv_')));
      groups.length = 0;
    }
  }
  await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, 'bench:runner', groups));
}

const keep = process.env.BENCH_KEEP;
const built = keep !== undefined && existsSync(keep);
const dossier = built ? await openDossier(loadConfig({ data: keep, actor: 'bench:runner' })) : await benchDossier(keep);
try {
  const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
  let started = performance.now();
  if (!built) {
    await createCase(dossier, 'bench:runner', { id: 'bench', title: 'Analysis benchmark' });
    await buildCase(deps, 'bench');
    // A database in use has planner statistics (PostgreSQL's autovacuum would gather them soon after a load).
    await sql`analyze`.execute(dossier.database.db);
    console.log(`set up: ${incidents} incidents on ${dossier.database.engine}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  const runs: [string, (snapshot: AnalysisSnapshot) => AnalysisEnvelope][] = [
    ['tempo', (snapshot) => tempo(snapshot, { bin: 'week', around: { eventKind: 'peace_talks' }, windowDays: 30 })],
    ['sequence', (snapshot) => sequence(snapshot, { level: 'admin2' })],
    ['compare', (snapshot) => compare(snapshot, { actors: ['Air Force', 'Armed group'] })],
    ['pattern', (snapshot) => pattern(snapshot, {})],
    ['where', (snapshot) => where(snapshot, { level: 'admin2' })],
  ];
  // Cold: each request reads its selection whole (as the CLI does, and a server the first time it sees a case).
  // Kept: a server's SnapshotCache holds the case; one incident is written before each request, so the request
  // brings the case up to date (reads the incidents written since) before it analyses.
  const cache = new SnapshotCache();
  const kept = { ...deps, snapshots: cache };
  await loadSnapshot(kept, 'bench', {});
  const planner = new RecordPlanner(deps, 'bench');
  const phases = new Map<string, Record<'cold' | 'kept' | 'analysis' | 'json', number[]> & { bytes: number }>();
  const reference: number[] = [];
  for (let round = 0; round < rounds; round++) {
    started = performance.now();
    const rows = await dossier.database.db.selectFrom('records').select(['id', 'title', 'status', 'date_earliest', 'date_latest', 'admin1', 'admin2', 'community', 'doc']).where('case_id', '=', 'bench').where('kind', '=', 'incident').execute();
    if (rows.length < incidents) throw new Error(`read ${rows.length} incidents`);
    reference.push(performance.now() - started);
    for (const [name, analyse] of runs) {
      const times = phases.get(name) ?? { cold: [], kept: [], analysis: [], json: [], bytes: 0 };
      started = performance.now();
      await loadSnapshot(deps, 'bench', {});
      times.cold.push(performance.now() - started);
      const written = await planner.prepare(incidentKind, { title: `Written during the run, ${name} ${round}`, types: ['air_strike'], date: { edtf: day(round) } });
      await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, 'bench:runner', [{ records: [written] }]));
      started = performance.now();
      const snapshot = await loadSnapshot(kept, 'bench', {});
      times.kept.push(performance.now() - started);
      if (!snapshot.incidents.some((i) => i.id === written.id)) throw new Error('the kept case missed the incident just written');
      started = performance.now();
      const result = analyse(snapshot);
      times.analysis.push(performance.now() - started);
      started = performance.now();
      times.bytes = analysisJson(result).length;
      times.json.push(performance.now() - started);
      phases.set(name, times);
    }
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  const seconds = (values: number[]) => (median(values) / 1000).toFixed(2);
  console.log(`reference (read the incidents' rows, with their documents): median ${seconds(reference)} s`);
  for (const [name, times] of phases) {
    const cold = times.cold.map((t, i) => t + times.analysis[i]! + times.json[i]!);
    const warm = times.kept.map((t, i) => t + times.analysis[i]! + times.json[i]!);
    console.log(
      `${name}: cold ${seconds(cold)} s (${(median(cold) / median(reference)).toFixed(1)}× the reference), kept case after a write ${seconds(warm)} s; ` +
        `phases: whole read ${seconds(times.cold)} s, bringing the kept case up to date ${seconds(times.kept)} s, analysis ${seconds(times.analysis)} s, canonical JSON ${seconds(times.json)} s for ${(times.bytes / 1048576).toFixed(1)} MiB (medians of ${rounds} rounds)`,
    );
  }
} finally {
  if (keep === undefined) await removeDossier(dossier);
  else await dossier.close();
}
