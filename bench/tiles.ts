/**
 * Publishing and auditing a published log (C2SP tlog-tiles): a ledger of N entries (default 100,000) is
 * published to a directory, hash tiles only and then with entry bundles, and audited from it, then through
 * the server's /api/v1/ledger/tlog. Prints the figures.
 *   npx tsx bench/tiles.ts [entries]
 */
import fs from 'node:fs/promises';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../src/server/app.js';
import { auditPublishedLog } from '../src/transparency/audit-published.js';
import { publishLog } from '../src/transparency/publish.js';
import { appendEntries, benchDossier, removeDossier } from './support.js';

const entries = Number(process.argv[2] ?? 100_000);
const dossier = await benchDossier();
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-bench-tiles-'));
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);

try {
  let start = performance.now();
  await appendEntries(dossier, entries - 1, 5_000);
  const size = await dossier.ledger.checkpointSize();
  console.log(`ledger of ${size} entries appended in ${seconds(start)} s (${dossier.database.engine})`);

  for (const withEntries of [false, true]) {
    const dir = path.join(work, withEntries ? 'with-entries' : 'hashes-only');
    start = performance.now();
    const published = await publishLog(dossier, dir, { entries: withEntries });
    console.log(`publish ${withEntries ? 'with entry bundles' : 'hash tiles only'}: ${seconds(start)} s, ${published.tilesWritten} tiles, ${published.bundlesWritten} bundles`);
    start = performance.now();
    const audit = await auditPublishedLog({ source: dir, verifierKey: dossier.dataDir.verifierKey, stateFile: path.join(work, `${withEntries}.json`) });
    console.log(`audit from the directory: ${seconds(start)} s, ${audit.tilesRead} tiles, ${audit.entriesChecked} entries rehashed`);
    start = performance.now();
    const again = await publishLog(dossier, dir, { entries: withEntries });
    console.log(`publish again, nothing new: ${seconds(start)} s, ${again.tilesWritten} tiles written`);
  }

  const app = await buildServer(dossier);
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const prefix = `http://127.0.0.1:${(app.server.address() as net.AddressInfo).port}/api/v1/ledger/tlog`;
    start = performance.now();
    const audit = await auditPublishedLog({ source: prefix, verifierKey: dossier.dataDir.verifierKey, stateFile: path.join(work, 'http.json') });
    console.log(`audit over HTTP from the server: ${seconds(start)} s, ${audit.tilesRead} tiles`);
    await appendEntries(dossier, 1_000, 1_000);
    start = performance.now();
    const incremental = await auditPublishedLog({ source: prefix, verifierKey: dossier.dataDir.verifierKey, stateFile: path.join(work, 'http.json') });
    console.log(`incremental audit over HTTP after 1,000 more entries: ${seconds(start)} s, ${incremental.tilesRead} tiles`);
  } finally {
    await app.close();
  }
} finally {
  await removeDossier(dossier);
  await fs.rm(work, { recursive: true, force: true });
}
