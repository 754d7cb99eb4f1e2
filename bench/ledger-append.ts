/**
 * Ledger append throughput: 100k entries, committed durably (SQLite WAL with synchronous=FULL, or
 * PostgreSQL with DOSSIER_DATABASE_URL set) in batches, each batch one transaction and one signed checkpoint.
 * Target: at least 10,000 durable entries/s. Usage: npx tsx bench/ledger-append.ts [COUNT] [BATCH]
 */
import { auditLedger } from '../src/ledger/audit.js';
import { appendEntries, benchDossier, removeDossier } from './support.js';

const count = Number(process.argv[2] ?? 100_000);
const batches = process.argv[3] ? [Number(process.argv[3])] : [100, 1000, 5000];

for (const batch of batches) {
  const dossier = await benchDossier();
  try {
    const started = process.hrtime.bigint();
    await appendEntries(dossier, count, batch);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const auditStarted = process.hrtime.bigint();
    const audit = await auditLedger(dossier.database.db, { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey });
    const auditSeconds = Number(process.hrtime.bigint() - auditStarted) / 1e9;
    console.log(
      `${dossier.database.engine}: ${count} entries in batches of ${batch}: ${seconds.toFixed(2)} s, ` +
        `${Math.round(count / seconds)} durable entries/s (target >= 10000); ` +
        `full audit ${auditSeconds.toFixed(2)} s (${Math.round(audit.entries / auditSeconds)} entries/s, ok=${audit.ok})`,
    );
  } finally {
    await removeDossier(dossier);
  }
}
