/**
 * ACLED import: writes an ACLED-format CSV of synthetic Syrian events to a temp file, imports it into an empty
 * case as the CLI does (streamed from the file; SQLite by default, PostgreSQL with DOSSIER_DATABASE_URL), and
 * prints rows/s and the process's peak RSS. Every row becomes an incident, its act, victims, actors, a source
 * and a claim, each logged in the ledger (a digest of each batch's records in one entry). Target: 100k rows <= 20 s,
 * not reached: on 5 December 2026, unloaded, 62.2 s on SQLite (46.3 s in write transactions, 21.9 s of it the
 * bulk inserts, most of the rest the commits) and 93.2 s on PostgreSQL 15 (71.4 s waiting for the inserts): the
 * writing alone is above the target on either engine (see the README).
 * Usage: npx tsx bench/acled-import.ts [ROWS]   (BENCH_KEEP=1 keeps the data dir for a look; BENCH_BATCH=N rows a batch)
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { createCase } from '../src/cases/cases.js';
import type { Database } from '../src/db/database.js';
import { ACLED_COLUMNS } from '../src/exchange/acled-format.js';
import { importAcledCsv } from '../src/exchange/acled-import.js';
import { benchDossier, removeDossier } from './support.js';

const rows = Number(process.argv[2] ?? 100_000);

/** The database, its write transactions and bulk inserts timed (seconds), to say where an import's time goes. */
function timedDatabase(database: Database): { database: Database; spent: { transactions: number; inserts: number } } {
  const spent = { transactions: 0, inserts: 0 };
  const timed = async <T>(key: keyof typeof spent, work: () => Promise<T>): Promise<T> => {
    const started = process.hrtime.bigint();
    try {
      return await work();
    } finally {
      spent[key] += Number(process.hrtime.bigint() - started) / 1e9;
    }
  };
  return {
    spent,
    database: {
      ...database,
      writeTransaction: (work) => timed('transactions', () => database.writeTransaction(work)),
      insertMany: (trx, table, rowsOf) => timed('inserts', () => database.insertMany(trx, table, rowsOf)),
      runEach: (trx, text, lists) => timed('inserts', () => database.runEach(trx, text, lists)),
    },
  };
}
const PLACES = [
  ['Aleppo', 'Jebel Saman', 'Aleppo', 36.2012, 37.1612],
  ['Rural Damascus', 'Rural Damascus', 'Arbin', 33.5388, 36.3653],
  ['Rural Damascus', 'Duma', 'Duma', 33.5699, 36.3991],
  ["Dar'a", "Dar'a", "Dar'a", 32.6189, 36.1021],
] as const;
const EVENTS = [
  ['Explosions/Remote violence', 'Air/drone strike', 'Military Forces of Syria (2000-)', 1],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Opposition Rebels (Syria)', 2],
  ['Violence against civilians', 'Attack', 'Unidentified Armed Group (Syria)', 3],
] as const;

function row(i: number): string[] {
  const [admin1, admin2, location, lat, lon] = PLACES[i % PLACES.length]!;
  const [eventType, subEventType, actor1, inter1] = EVENTS[i % EVENTS.length]!;
  const day = new Date(Date.UTC(2013, 0, 1) + (i % 2500) * 86_400_000).toISOString().slice(0, 10);
  const values: Record<string, string | number> = {
    event_id_cnty: `SYR${i}`, event_date: day, year: day.slice(0, 4), time_precision: 1 + (i % 3), disorder_type: 'Political violence',
    event_type: eventType, sub_event_type: subEventType, actor1, inter1, actor2: 'Civilians (Syria)', inter2: 7, interaction: inter1 * 10 + 7,
    civilian_targeting: 'Civilian targeting', iso: 760, region: 'Middle East', country: 'Syria', admin1, admin2, location,
    latitude: lat, longitude: lon, geo_precision: 1, source: i % 2 ? 'SOHR; Local media' : 'SNHR', source_scale: 'National',
    notes: `On ${day}, an attack in ${location} killed civilians.`, fatalities: i % 7, tags: '', timestamp: 1_600_000_000,
  };
  return ACLED_COLUMNS.map((column) => String(values[column] ?? ''));
}

const dossier = await benchDossier();
const file = path.join(path.dirname(dossier.config.dataDir), `${path.basename(dossier.config.dataDir)}-acled.csv`);
try {
  // Written a thousand rows at a time, so neither the bench nor the import holds the whole file.
  const out = await fs.open(file, 'w');
  await out.write(stringify([[...ACLED_COLUMNS]]));
  for (let start = 0; start < rows; start += 1000) {
    await out.write(stringify(Array.from({ length: Math.min(1000, rows - start) }, (_, i) => row(start + i))));
  }
  await out.close();
  await createCase(dossier, 'bench:runner', { id: 'acled', title: 'ACLED import' });
  const { database, spent } = timedDatabase(dossier.database);
  const deps = { database, ledger: dossier.ledger, gazetteer: await dossier.places() };
  const batchSize = process.env.BENCH_BATCH ? { batchSize: Number(process.env.BENCH_BATCH) } : {};
  const started = process.hrtime.bigint();
  const report = await importAcledCsv(deps, 'bench:runner', 'acled', createReadStream(file), {
    ...batchSize,
    onProgress: (n) => n % 20_000 === 0 && process.stderr.write(`  ${n} rows\r`),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records = Object.values(report.created).reduce((a, b) => a + b, 0);
  console.log(
    `${dossier.database.engine}: imported ${report.imported} of ${report.rows} ACLED rows in ${seconds.toFixed(1)} s ` +
      `(${Math.round(report.imported / seconds)} rows/s, ${records} records, each logged; target 100k rows <= 20 s), rejected ${report.rejected.length}, ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  );
  // On SQLite the writes hold the one thread, so the rest is the planning; on PostgreSQL the two overlap.
  console.log(
    `  in write transactions ${spent.transactions.toFixed(1)} s, of which the multi-row inserts of records, revisions, terms and ` +
      `search text ${spent.inserts.toFixed(1)} s (the ledger's appends and the commits the rest); reading, checking and preparing the rows: the remainder`,
  );
} finally {
  await fs.rm(file, { force: true });
  if (process.env.BENCH_KEEP) console.log(`kept ${dossier.config.dataDir}`);
  else await removeDossier(dossier);
}
