/**
 * Lists and full-text queries over many incidents. Builds a case of synthetic incidents (SQLite by default,
 * PostgreSQL with DOSSIER_DATABASE_URL), each created through the record store and the ledger like real
 * writes, then times filtered list pages and full-text queries with varied parameters.
 * Targets (100k incidents): filtered list p95 <= 20 ms, full-text page p95 <= 30 ms, with its facets p95 <= 100 ms.
 * Usage: npx tsx bench/incidents.ts [COUNT] [QUERIES]
 * BENCH_KEEP=1 keeps the data dir; BENCH_REUSE=DIR times the queries on a kept data dir without building again.
 */
import { sql } from 'kysely';
import { openDossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { loadConfig } from '../src/common/config.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { filterFromQuery, type ListQuery } from '../src/records/filter-input.js';
import { listRecords } from '../src/records/record-query.js';
import { createRecordIn } from '../src/records/record-store.js';
import { searchText } from '../src/records/record-search.js';
import { INCIDENT_TYPES } from '../src/vocab/vocabularies.js';
import { benchDossier, percentile, removeDossier } from './support.js';

const count = Number(process.argv[2] ?? 100_000);
const queries = Number(process.argv[3] ?? 300);
const PLACES = [
  { pcode: 'C1007', lon: 37.16, lat: 36.2, en: 'Aleppo', ar: 'حلب' },
  { pcode: 'C2321', lon: 36.365, lat: 33.539, en: 'Arbin', ar: 'عربين' },
  { pcode: 'C2338', lon: 36.399, lat: 33.57, en: 'Duma', ar: 'دوما' },
  { pcode: 'C1029', lon: 36.93, lat: 36.15, en: 'Big Orm', ar: 'أورم الكبرى' },
  { pcode: 'C5993', lon: 36.1, lat: 32.62, en: "Dar'a", ar: 'درعا' },
];
const WORDS = ['hospital', 'market', 'bakery', 'school', 'convoy', 'checkpoint', 'shelter', 'mosque', 'water station', 'camp'];
const ARABIC = ['مستشفى', 'سوق', 'مخبز', 'مدرسة', 'قافلة'];

let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const day = (offset: number) => new Date(Date.UTC(2012, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function synthetic(i: number) {
  const place = pick(PLACES);
  const word = pick(WORDS);
  const start = Math.floor(random() * 3000);
  const edtf = i % 10 === 0 ? `${day(start).slice(0, 7)}~` : i % 7 === 0 ? `${day(start)}/${day(start + 20)}` : day(start);
  return {
    title: `Attack near the ${word} in ${place.en} #${i}`,
    narrative: `Witnesses describe strikes on the ${word} (${pick(ARABIC)} في ${place.ar}); ${pick(WORDS)} damaged.`,
    types: [pick(INCIDENT_TYPES), ...(i % 3 === 0 ? [pick(INCIDENT_TYPES)] : [])].filter((t, k, all) => all.indexOf(t) === k),
    date: { edtf },
    place: { precision: 'settlement', pcodes: { community: place.pcode }, geometry: { type: 'Point', coordinates: [place.lon + random() / 50, place.lat + random() / 50] } },
  };
}

async function timed(runs: number, work: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number; mean: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work(i);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const reuse = process.env.BENCH_REUSE;
const dossier = reuse ? await openDossier(loadConfig({ data: reuse, actor: 'bench:runner' })) : await benchDossier();
try {
  if (!reuse) await build();

  const reference = await timed(queries, () => dossier.database.db.selectFrom('cases').select('id').where('id', '=', 'bench').execute());
  const list = (query: ListQuery) => {
    const { filter, page } = filterFromQuery(query);
    return listRecords(dossier.database, incidentKind, { ...filter, caseIds: ['bench'] }, page);
  };
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['list: type', () => list({ type: pick(INCIDENT_TYPES) })],
    ['list: type + date range', () => { const s = Math.floor(random() * 2900); return list({ type: pick(INCIDENT_TYPES), from: day(s), to: day(s + 90) }); }],
    ['list: P-code + date, newest first', () => { const s = Math.floor(random() * 2900); return list({ pcode: pick(PLACES).pcode, from: day(s), to: day(s + 180), sort: '-date' }); }],
    ['list: bounding box', () => { const p = pick(PLACES); return list({ bbox: `${p.lon - 0.05},${p.lat - 0.05},${p.lon + 0.05},${p.lat + 0.05}` }); }],
    ['list: grade + type', () => list({ grade: 'reported', type: pick(INCIDENT_TYPES) })],
    ['list: text + type', () => list({ q: pick(WORDS), type: pick(INCIDENT_TYPES) })],
  ];
  console.log(`reference (primary-key lookup): p50 ${reference.p50.toFixed(2)} ms, p95 ${reference.p95.toFixed(2)} ms`);
  for (const [name, work] of cases) {
    const figures = await timed(queries, work);
    console.log(`${name.padEnd(36)} p50 ${figures.p50.toFixed(2)} ms  p95 ${figures.p95.toFixed(2)} ms  (target p95 <= 20 ms)`);
  }
  const search = (text: string, facets: boolean) => searchText(dossier.database, incidentKind, text, { caseIds: ['bench'], limit: 50, facets });
  for (const facets of [false, true]) {
    const searchCases: [string, (i: number) => Promise<unknown>][] = [
      ['full text: English word', () => search(pick(WORDS), facets)],
      ['full text: two words + prefix', () => search(`${pick(WORDS)} ${pick(PLACES).en.slice(0, 3)}`, facets)],
      ['full text: Arabic word', () => search(pick(ARABIC), facets)],
    ];
    for (const [name, work] of searchCases) {
      const figures = await timed(Math.max(20, Math.floor(queries / 3)), work);
      const what = facets ? 'with counts by kind, type and grade over all matches (target p95 <= 100 ms)' : 'ranked page of 50 (target p95 <= 30 ms)';
      console.log(`${name.padEnd(36)} p50 ${figures.p50.toFixed(2)} ms  p95 ${figures.p95.toFixed(2)} ms  (${what})`);
    }
  }
} finally {
  if (process.env.BENCH_KEEP || reuse) console.log(`kept ${dossier.config.dataDir}`);
  else await removeDossier(dossier);
}

async function build(): Promise<void> {
  await createCase(dossier, 'bench:runner', { id: 'bench', title: 'Synthetic incidents' });
  const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
  const started = process.hrtime.bigint();
  for (let done = 0; done < count; done += 1000) {
    await dossier.database.writeTransaction(async (trx) => {
      for (let i = done; i < Math.min(count, done + 1000); i++) await createRecordIn(deps, trx, incidentKind, 'bench:runner', 'bench', synthetic(i));
    });
    if (done % 20_000 === 0) process.stderr.write(`  ${done} incidents\r`);
  }
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${dossier.database.engine}: created ${count} incidents in ${buildSeconds.toFixed(1)} s (${Math.round(count / buildSeconds)}/s, each logged in the ledger)`);
  // Time the queries as a database in use would run them: with planner statistics, as Dossier leaves on close.
  await sql`analyze`.execute(dossier.database.db);
}
