import fs from 'node:fs/promises';
import { createAccount } from '../src/access/accounts.js';
import { setMember } from '../src/access/members.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import { buildServer } from '../src/server/app.js';
import { openCaptureQueue } from '../src/app/open-capture-queue.js';
import { startCaptureSite } from '../test/support/capture-site.js';
import { newDossier, tempDir } from '../test/support/dossier.js';
import { initWitness, WitnessStore } from '../src/witness/witness-store.js';
import { witnessApp } from '../src/witness/witness-server.js';
import { addWitness, pushToWitnesses, setQuorum } from '../src/witness/witnessing.js';
import { ACCOUNTS, ONE_TIME_PASSWORD, PASSWORD } from './accounts.js';

/**
 * The server the end-to-end suites drive: the built web app and the real API on a fresh SQLite data dir with the
 * demo case, and one account per role. Removed when the runner stops it.
 */
const port = Number(process.env.E2E_PORT ?? 5190);
const dossier = await newDossier();
await seedDemoCase(dossier);
const db = dossier.database.db;
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.newcomer, displayName: 'Amal N.', password: ONE_TIME_PASSWORD, mustChangePassword: true });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.owner, displayName: 'Nadia K.', password: PASSWORD, mustChangePassword: false });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.analyst, displayName: 'Omar S.', password: PASSWORD, mustChangePassword: false });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.counsel, displayName: 'Karim D.', password: PASSWORD, mustChangePassword: false });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.reviewer, displayName: 'Rana T.', password: PASSWORD, mustChangePassword: false });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.admin, displayName: 'Root Admin', password: PASSWORD, isAdmin: true, mustChangePassword: false });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.polyglot, displayName: 'Layla H.', password: PASSWORD, mustChangePassword: false });
await createAccount(db, 'e2e:setup', { username: ACCOUNTS.polyglotAdmin, displayName: 'Sami R.', password: PASSWORD, isAdmin: true, mustChangePassword: false });
await setMember(db, 'e2e:setup', DEMO_CASE_ID, ACCOUNTS.newcomer, 'owner');
await setMember(db, 'e2e:setup', DEMO_CASE_ID, ACCOUNTS.polyglot, 'owner');
await setMember(db, 'e2e:setup', DEMO_CASE_ID, ACCOUNTS.owner, 'owner');
await setMember(db, 'e2e:setup', DEMO_CASE_ID, ACCOUNTS.analyst, 'analyst');
await setMember(db, 'e2e:setup', DEMO_CASE_ID, ACCOUNTS.counsel, 'external_counsel');
// Web captures run here as in `dossier serve`, against a small site of the tests' own on loopback.
const site = await startCaptureSite(port + 1);
const captures = await openCaptureQueue(dossier, { allowPrivateNetwork: true, timeoutMs: 30_000, quietMs: 300, settleMaxMs: 3_000 });
// Two independent witnesses on loopback, as their operators would run them: the ledger page checks their cosignatures.
const witnessDirs: string[] = [];
const witnesses: ReturnType<typeof witnessApp>[] = [];
for (const [i, name] of ['witness.e2e/one', 'witness.e2e/two'].entries()) {
  const dir = await tempDir('dossier-e2e-witness-');
  witnessDirs.push(dir);
  const { verifierKey } = await initWitness(dir, name);
  const store = await WitnessStore.open(dir);
  await store.addLog(dossier.dataDir.verifierKey);
  const witness = witnessApp(store);
  const url = await witness.listen({ host: '127.0.0.1', port: port + 2 + i });
  witnesses.push(witness);
  await addWitness(dossier.database, 'e2e:setup', { url, verifierKey });
}
await setQuorum(dossier.database, 2);
await pushToWitnesses(dossier);
// New heads reach the witnesses within a second or two, so the suites see them cosigned.
process.env.DOSSIER_WITNESS_PUSH_SECONDS ??= '1';
// The suites sign in once per test, all from one address: more often than the default limit allows a person.
const app = await buildServer(dossier, { signInsPerMinute: 600, onCapturesQueued: () => captures.notify() });
await app.listen({ port, host: '127.0.0.1' });
await captures.start();
console.log(`e2e server on http://127.0.0.1:${port}, data in ${dossier.config.dataDir}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await captures.stop();
  await site.close();
  await app.close();
  for (const witness of witnesses) await witness.close();
  await dossier.close();
  await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  for (const dir of witnessDirs) await fs.rm(dir, { recursive: true, force: true });
  process.exit(0);
};
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void stop());
