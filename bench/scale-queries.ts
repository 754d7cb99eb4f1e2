/**
 * Times Dossier's own queries (the functions the API calls) on the database bench/scale-generate.ts built:
 * filtered incident lists, ranked full-text pages of 50, search and list facet counts, inclusion and
 * consistency proofs (each verified, outside the timed window), and analyses over a selection. Each with
 * varied parameters after a warm-up; prints a table against the targets.
 * Targets (10M incidents, 10M ledger entries, PostgreSQL): list and full-text p95 <= 100 ms, facets p95 <= 200 ms,
 * proofs p99 <= 2 ms.
 * Usage: DOSSIER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/dossier_scale npx tsx bench/scale-queries.ts [DATA_DIR] [QUERIES]
 * BENCH_ONLY=list,search,facets,proofs,analysis runs some groups only.
 */
import os from 'node:os';
import { loadSnapshot } from '../src/analysis/snapshot-load.js';
import { tempo } from '../src/analysis/tempo.js';
import { where } from '../src/analysis/where.js';
import { caseSummary } from '../src/analysis/case-summary.js';
import { SeededRandom } from '../src/app/seeded-random.js';
import { openDossier } from '../src/app/open.js';
import { loadConfig } from '../src/common/config.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { verifyConsistency, verifyInclusion } from '../src/ledger/proofs/merkle.js';
import { defaultGeoDir, readGeoData } from '../src/places/geo-data.js';
import { filterFromQuery, type ListQuery } from '../src/records/filter-input.js';
import { facetCounts, listRecords } from '../src/records/record-query.js';
import { searchText } from '../src/records/record-search.js';
import { searchFacets } from '../src/records/search-facets.js';
import { INCIDENT_TYPES, VERIFICATION_GRADES } from '../src/vocab/vocabularies.js';
import { ARABIC_WORDS, CommunityPicker, DAYS, dayText, ENGLISH_WORDS, LEADING_PLACES, SCALE_CASE } from './scale-incidents.js';
import { percentile } from './support.js';

const dataDir = process.argv[2] ?? '.bench/scale-data';
const queries = Number(process.argv[3] ?? 300);
const only = process.env.BENCH_ONLY?.split(',');
const random = new SeededRandom(1);
const places = CommunityPicker.fromGazetteer((await readGeoData(defaultGeoDir())).communities, new SeededRandom(7), LEADING_PLACES);
const caseIds = [SCALE_CASE];
const hex = (h: string) => Buffer.from(h, 'hex');

interface Row {
  name: string;
  figures: { p50: number; p95: number; p99: number; runs: number };
  measure: 'p95' | 'p99';
  target: number;
}

async function timed(runs: number, work: () => Promise<unknown>, check?: (result: any) => void): Promise<Row['figures']> {
  for (let i = 0; i < Math.min(50, runs); i++) await work(); // warm the caches and the statement plans
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    check?.(result);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), runs };
}

const dossier = await openDossier(loadConfig({ data: dataDir, actor: 'bench:runner' }));
const rows: Row[] = [];
const run = async (name: string, measure: Row['measure'], target: number, work: () => Promise<unknown>, runs = queries, check?: (result: any) => void) => {
  const figures = await timed(runs, work, check);
  rows.push({ name, figures, measure, target });
  const value = figures[measure];
  console.log(`${name.padEnd(44)} p50 ${figures.p50.toFixed(2).padStart(8)} ms  ${measure} ${value.toFixed(2).padStart(8)} ms  target ${target} ms  ${value <= target ? 'ok' : 'OVER'}`);
};
const wanted = (group: string) => !only || only.includes(group);

try {
  const size = await dossier.ledger.checkpointSize();
  const incidents = await dossier.database.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'incident').executeTakeFirst();
  console.log(`${dossier.database.location}: ${Number(incidents?.n).toLocaleString('en')} incidents, ${size.toLocaleString('en')} ledger entries; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const list = (query: ListQuery) => {
    const { filter, page } = filterFromQuery(query);
    return listRecords(dossier.database, incidentKind, { ...filter, caseIds }, page);
  };
  const type = () => random.weighted(INCIDENT_TYPES.map((t) => [t, t === 'air_strike' || t === 'artillery_rocket_missile' ? 4 : 1] as const));
  const start = () => random.int(0, DAYS - 200);
  if (wanted('list')) {
    await run('list: type', 'p95', 100, () => list({ type: type() }));
    await run('list: type + date range (90 days)', 'p95', 100, () => { const s = start(); return list({ type: type(), from: dayText(s), to: dayText(s + 90) }); });
    await run('list: P-code + date (180 days), newest first', 'p95', 100, () => { const s = start(); return list({ pcode: places.pick(random).pcode, from: dayText(s), to: dayText(s + 180), sort: '-date' }); });
    await run('list: bounding box', 'p95', 100, () => { const p = places.pick(random); return list({ bbox: `${p.lon - 0.05},${p.lat - 0.05},${p.lon + 0.05},${p.lat + 0.05}` }); });
    await run('list: grade + type', 'p95', 100, () => list({ grade: random.pick(VERIFICATION_GRADES), type: type() }));
    await run('list: text + type', 'p95', 100, () => list({ q: random.pick(ENGLISH_WORDS), type: type() }));
  }
  const search = (text: string) => searchText(dossier.database, incidentKind, text, { caseIds, limit: 50, facets: false });
  const englishWord = () => random.pick(ENGLISH_WORDS);
  const twoWords = () => `${random.pick(ENGLISH_WORDS)} ${places.pick(random).en.slice(0, 3)}`;
  const arabicWord = () => random.pick(ARABIC_WORDS);
  if (wanted('search')) {
    await run('full text, page of 50: English word', 'p95', 100, () => search(englishWord()));
    await run('full text, page of 50: two words + prefix', 'p95', 100, () => search(twoWords()));
    await run('full text, page of 50: Arabic word', 'p95', 100, () => search(arabicWord()));
    await run('full text, page of 50: place name', 'p95', 100, () => search(places.pick(random).en));
  }
  if (wanted('facets')) {
    const counts = (text: string) => searchFacets(dossier.database, incidentKind.name, text, caseIds);
    await run('search facets: English word', 'p95', 200, () => counts(englishWord()));
    await run('search facets: two words + prefix', 'p95', 200, () => counts(twoWords()));
    await run('search facets: Arabic word', 'p95', 200, () => counts(arabicWord()));
    const listFacets = (query: ListQuery) => facetCounts(dossier.database, incidentKind, { ...filterFromQuery(query).filter, caseIds }, ['incident_type']);
    await run('list facets: type + date range (90 days)', 'p95', 200, () => { const s = start(); return listFacets({ type: type(), from: dayText(s), to: dayText(s + 90) }); });
    await run('list facets: P-code', 'p95', 200, () => listFacets({ pcode: places.pick(random).pcode }));
    await run('case summary: P-code + year', 'p95', 200, () => { const s = start(); return caseSummary(dossier.database, { ...filterFromQuery({ pcode: places.pick(random).pcode, from: dayText(s), to: dayText(s + 365) }).filter, caseIds }); });
  }
  if (wanted('proofs')) {
    const proofs = Math.max(queries, 2000);
    await run('inclusion proof', 'p99', 2, () => dossier.ledger.inclusionProof(random.int(0, size - 1)), proofs, (p) =>
      verifyInclusion(p.leafIndex, p.treeSize, hex(p.leafHash), p.proof.map(hex), hex(p.rootHash)));
    await run('consistency proof', 'p99', 2, () => dossier.ledger.consistencyProof(random.int(1, size - 1)), proofs, (p) =>
      verifyConsistency(p.size1, p.size2, p.proof.map(hex), hex(p.rootHash1), hex(p.rootHash2)));
  }
  if (wanted('analysis')) {
    // A whole case of 10M incidents is read into memory by every analysis: timed here over a town's year.
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    // The leading towns: enough incidents in a year for monthly bins and waves.
    const selection = () => { const s = start(); return { pcode: random.pick(LEADING_PLACES), dateFrom: dayText(s), dateTo: dayText(s + 365) }; };
    await run('analysis: tempo over a town’s year', 'p95', 1000, async () => tempo(await loadSnapshot(deps, SCALE_CASE, selection()), { bin: 'month' }), Math.min(queries, 10));
    await run('analysis: where over a town’s year', 'p95', 1000, async () => where(await loadSnapshot(deps, SCALE_CASE, selection()), { level: 'admin2' }), Math.min(queries, 10));
  }
  console.log(`\n| query | runs | p50 | p95 / p99 | target |\n|---|---|---|---|---|`);
  for (const row of rows) {
    const value = row.figures[row.measure];
    console.log(`| ${row.name} | ${row.figures.runs} | ${row.figures.p50.toFixed(1)} ms | ${row.measure} ${value.toFixed(1)} ms | ≤ ${row.target} ms ${value <= row.target ? '✓' : '✗'} |`);
  }
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await dossier.close();
}
