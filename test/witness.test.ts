import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { createCase } from '../src/cases/cases.js';
import { checkAgainstSavedCheckpoint } from '../src/ledger/audit.js';
import { buildServer } from '../src/server/app.js';
import { formatCheckpoint } from '../src/ledger/proofs/checkpoint-format.js';
import { verifyCheckpoint } from '../src/ledger/proofs/checkpoint.js';
import { verifiedCosignatures, witnessVerifier } from '../src/ledger/proofs/cosignature.js';
import { fromHex } from '../src/ledger/proofs/byte-encoding.js';
import { generateNoteKey, noteSigner, signNote } from '../src/ledger/proofs/signed-note.js';
import { addCheckpointBody } from '../src/witness/add-checkpoint.js';
import { initWitness, WitnessStore } from '../src/witness/witness-store.js';
import { witnessApp } from '../src/witness/witness-server.js';
import { witnessPushMs } from '../src/app/background-work.js';
import { startWitnessPusher } from '../src/witness/witness-pusher.js';
import { addWitness, cosignedCheckpoint, pushToWitnesses, removeWitness, setQuorum, witnessPolicy } from '../src/witness/witnessing.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:admin';

/** A witness in its own directory, served over HTTP on a free port of this machine. */
async function startWitness(name: string, logKey: string): Promise<{ store: WitnessStore; app: FastifyInstance; url: string; dir: string; verifierKey: string }> {
  const dir = await tempDir('dossier-witness-');
  const { verifierKey } = await initWitness(dir, name);
  const store = await WitnessStore.open(dir);
  await store.addLog(logKey);
  const app = witnessApp(store);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { store, app, url, dir, verifierKey };
}

async function appendSome(dossier: Dossier, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) await createCase(dossier, actor, { id: `${prefix}-${i}`, title: `Case ${prefix} ${i}` });
}

async function latest(dossier: Dossier): Promise<{ size: number; note: string }> {
  const note = (await dossier.ledger.latestCheckpoint())!;
  return { size: Number(note.split('\n')[1]), note };
}

describe('a witness answers add-checkpoint as c2sp.org/tlog-witness says', () => {
  let dossier: Dossier;
  let store: WitnessStore;
  let dir: string;

  beforeAll(async () => {
    dossier = await newDossier();
    dir = await tempDir('dossier-witness-');
    await initWitness(dir, 'witness.test/w1');
    store = await WitnessStore.open(dir);
    await store.addLog(dossier.dataDir.verifierKey);
  });
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('cosigns a first checkpoint, then only consistent, newer ones, each from the size it holds', async () => {
    await appendSome(dossier, 3, 'a');
    const first = await latest(dossier);
    const answer = await store.addCheckpoint(addCheckpointBody(0, [], first.note));
    expect(answer.status).toBe(200);
    const cosigned = verifiedCosignatures(first.note + answer.body, [witnessVerifier(store.info().verifierKey)]);
    expect(cosigned).toEqual([{ witness: 'witness.test/w1', timestamp: expect.any(Number) }]);
    expect(Math.abs(cosigned[0]!.timestamp - Date.now() / 1000)).toBeLessThan(60);
    // The log's own key still verifies the note with the cosignature added.
    expect(verifyCheckpoint(first.note + answer.body, dossier.dataDir.verifierKey).treeSize).toBe(first.size);

    await appendSome(dossier, 4, 'b');
    const second = await latest(dossier);
    // A client that does not know the witness's size sends 0 and is told it.
    const told = await store.addCheckpoint(addCheckpointBody(0, [], second.note));
    expect(told).toMatchObject({ status: 409, body: `${first.size}\n`, contentType: 'text/x.tlog.size' });
    const { proof } = await dossier.ledger.consistencyProof(first.size, second.size);
    const hashes = proof.map((h) => fromHex(h)!);
    expect((await store.addCheckpoint(addCheckpointBody(first.size, hashes, second.note))).status).toBe(200);
    expect(store.head('test.dossier.local/ledger')?.size).toBe(second.size);
    // Kept on disk before the answer: a reopened witness holds the same head.
    expect((await WitnessStore.open(dir)).head('test.dossier.local/ledger')?.size).toBe(second.size);

    // Rolled back: the first checkpoint again is refused, whatever old size comes with it.
    expect((await store.addCheckpoint(addCheckpointBody(0, [], first.note))).status).toBe(409);
    expect((await store.addCheckpoint(addCheckpointBody(second.size, [], first.note))).status).toBe(400);
    // The same checkpoint again is cosigned again (a retry after a lost answer).
    expect((await store.addCheckpoint(addCheckpointBody(second.size, [], second.note))).status).toBe(200);
  });

  it('refuses a proof that does not verify (422), an unknown log (404) and a signature by another key (403)', async () => {
    await appendSome(dossier, 2, 'c');
    const held = store.head('test.dossier.local/ledger')!.size;
    const next = await latest(dossier);
    const { proof } = await dossier.ledger.consistencyProof(held, next.size);
    const damaged = proof.map((h) => fromHex(h)!);
    damaged[0] = Uint8Array.from(damaged[0]!, (b, i) => (i === 0 ? b ^ 1 : b));
    const refused = await store.addCheckpoint(addCheckpointBody(held, damaged, next.note));
    expect(refused.status).toBe(422);
    expect(store.head('test.dossier.local/ledger')!.size).toBe(held);

    const stranger = generateNoteKey('elsewhere.example/log');
    const foreign = signNote(formatCheckpoint({ origin: 'elsewhere.example/log', treeSize: 1, rootHash: new Uint8Array(32), extensions: [] }), [noteSigner(stranger.signerKey)]);
    expect((await store.addCheckpoint(addCheckpointBody(0, [], foreign))).status).toBe(404);

    const impostor = generateNoteKey('test.dossier.local/ledger');
    const forged = signNote(next.note.split('\n\n')[0] + '\n', [noteSigner(impostor.signerKey)]);
    expect((await store.addCheckpoint(addCheckpointBody(held, [], forged))).status).toBe(403);
    expect((await store.addCheckpoint('old 1\n'.repeat(2))).status).toBe(400);
  });

  it('keeps both signed notes when the log shows it another root for a size it holds (a split view)', async () => {
    const held = store.head('test.dossier.local/ledger')!;
    // The log's own key signing a second history: what a compromised or dishonest operator would do.
    const fork = signNote(formatCheckpoint({ origin: 'test.dossier.local/ledger', treeSize: held.size, rootHash: new Uint8Array(32).fill(7), extensions: [] }), [noteSigner(dossier.dataDir.signerKey)]);
    const answer = await store.addCheckpoint(addCheckpointBody(held.size, [], fork));
    expect(answer.status).toBe(409);
    const views = await store.splitViews();
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ origin: 'test.dossier.local/ledger', size: held.size, held: held.note, offered: fork });
    // Both notes verify with the log's key: the contradiction is proven, not alleged.
    expect(verifyCheckpoint(views[0]!.held, dossier.dataDir.verifierKey).rootHash).not.toEqual(verifyCheckpoint(views[0]!.offered, dossier.dataDir.verifierKey).rootHash);
    expect(store.head('test.dossier.local/ledger')!.rootHash).toBe(held.rootHash);
  });

  it('shows a checkpoint saved elsewhere with another root for a size the log signed as a split view, both notes given', async () => {
    const size = (await latest(dossier)).size;
    const ours = (await dossier.ledger.checkpointAt(size))!;
    const other = signNote(formatCheckpoint({ origin: 'test.dossier.local/ledger', treeSize: size, rootHash: new Uint8Array(32).fill(9), extensions: [] }), [noteSigner(dossier.dataDir.signerKey)]);
    const key = { origin: 'test.dossier.local/ledger', verifierKey: dossier.dataDir.verifierKey };
    const check = await checkAgainstSavedCheckpoint(dossier.ledger, other, key);
    expect(check).toMatchObject({ ok: false, problem: expect.stringContaining('SPLIT VIEW'), splitView: { size, saved: other, ours } });
    // The log's own checkpoint of that size is no split view.
    expect(await checkAgainstSavedCheckpoint(dossier.ledger, ours, key)).toMatchObject({ ok: true });
  });

  it('refuses a second witness in the same directory and a log key it would replace', async () => {
    await expect(initWitness(dir, 'witness.test/other')).rejects.toMatchObject({ code: 'DATA_DIR_EXISTS' });
    const other = generateNoteKey('test.dossier.local/ledger');
    await expect(store.addLog(other.verifierKey)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe.each(engines)('an instance sends its checkpoints to two witnesses over HTTP, on $name', (engine) => {
  let dossier: Dossier;
  let a: Awaited<ReturnType<typeof startWitness>>;
  let b: Awaited<ReturnType<typeof startWitness>>;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    a = await startWitness('witness.test/a', dossier.dataDir.verifierKey);
    b = await startWitness('witness.test/b', dossier.dataDir.verifierKey);
  });
  afterAll(async () => {
    await a.app.close();
    await b.app.close();
    await dossier.close();
    for (const dir of [dossier.config.dataDir, a.dir, b.dir]) await fs.rm(dir, { recursive: true, force: true });
  });

  it('is cosigned by both, keeps the cosignatures with the checkpoint, and sends consistency proofs later', async () => {
    await addWitness(dossier.database, actor, { url: a.url, verifierKey: a.verifierKey });
    await addWitness(dossier.database, actor, { url: `${b.url}/`, verifierKey: b.verifierKey });
    await expect(addWitness(dossier.database, actor, { url: a.url, verifierKey: a.verifierKey })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addWitness(dossier.database, actor, { url: 'ftp://x', verifierKey: a.verifierKey })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'url' } });
    await expect(addWitness(dossier.database, actor, { url: a.url, verifierKey: dossier.dataDir.verifierKey })).rejects.toMatchObject({ details: { field: 'verifierKey' } });
    expect((await setQuorum(dossier.database, 2)).quorum).toBe(2);
    await expect(setQuorum(dossier.database, 3)).rejects.toMatchObject({ details: { field: 'quorum' } });

    await appendSome(dossier, 5, 'x');
    const results = await pushToWitnesses(dossier);
    expect(results.map((r) => r.outcome)).toEqual(['cosigned', 'cosigned']);
    const first = (await cosignedCheckpoint(dossier.database))!;
    expect(first.witnesses).toEqual(['witness.test/a', 'witness.test/b']);
    const verifiers = [witnessVerifier(a.verifierKey), witnessVerifier(b.verifierKey)];
    expect(verifiedCosignatures(first.note, verifiers).map((c) => c.witness)).toEqual(['witness.test/a', 'witness.test/b']);
    expect(verifyCheckpoint(first.note, dossier.dataDir.verifierKey).treeSize).toBe(first.treeSize);
    expect((await pushToWitnesses(dossier)).map((r) => r.outcome)).toEqual(['current', 'current']);

    await appendSome(dossier, 3, 'y');
    expect((await pushToWitnesses(dossier)).map((r) => r.outcome)).toEqual(['cosigned', 'cosigned']);
    const second = (await cosignedCheckpoint(dossier.database))!;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    expect(a.store.head('test.dossier.local/ledger')?.size).toBe(second.treeSize);
    // The earlier checkpoint keeps its own cosignatures.
    expect((await cosignedCheckpoint(dossier.database, first.treeSize))!.witnesses).toHaveLength(2);
  });

  it('goes on when a witness is down, and brings it up to date from the size it holds once it answers', async () => {
    const port = Number(new URL(b.url).port);
    await b.app.close();
    await appendSome(dossier, 2, 'z');
    const results = await pushToWitnesses(dossier);
    expect(results.find((r) => r.witness === 'witness.test/a')?.outcome).toBe('cosigned');
    expect(results.find((r) => r.witness === 'witness.test/b')).toMatchObject({ outcome: 'failed', problem: expect.stringContaining('unreachable') });
    const current = (await cosignedCheckpoint(dossier.database))!;
    expect(current.witnesses).toEqual(['witness.test/a']);
    expect((await witnessPolicy(dossier.database)).witnesses.find((w) => w.name === 'witness.test/b')?.lastError).toContain('unreachable');

    b.app = witnessApp(b.store);
    await b.app.listen({ host: '127.0.0.1', port });
    await appendSome(dossier, 1, 'w');
    expect((await pushToWitnesses(dossier)).map((r) => r.outcome)).toEqual(['cosigned', 'cosigned']);
    const caughtUp = (await cosignedCheckpoint(dossier.database))!;
    expect(caughtUp.witnesses).toEqual(['witness.test/a', 'witness.test/b']);
    expect((await witnessPolicy(dossier.database)).witnesses.every((w) => w.lastError === null && w.cosignedSize === caughtUp.treeSize)).toBe(true);
  });

  it('sends new checkpoints on a schedule, as servers and workers do', async () => {
    const problems: unknown[] = [];
    const pusher = startWitnessPusher(dossier, 50, (result) => problems.push(result));
    try {
      await appendSome(dossier, 2, 'scheduled');
      const size = (await latest(dossier)).size;
      const deadline = Date.now() + 10_000;
      while ((await cosignedCheckpoint(dossier.database, size))?.witnesses.length !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect((await cosignedCheckpoint(dossier.database, size))!.witnesses).toEqual(['witness.test/a', 'witness.test/b']);
      expect(problems).toEqual([]);
    } finally {
      await pusher.stop();
    }
    expect(witnessPushMs({})).toBe(60_000);
    expect(witnessPushMs({ DOSSIER_WITNESS_PUSH_SECONDS: '0' })).toBe(0);
    expect(() => witnessPushMs({ DOSSIER_WITNESS_PUSH_SECONDS: 'soon' })).toThrow(/DOSSIER_WITNESS_PUSH_SECONDS/);
  });

  it('does not take a cosignature by another key than the one configured (a witness whose key changed)', async () => {
    const rekeyed = await startWitness('witness.test/rekeyed', dossier.dataDir.verifierKey);
    const oldKeyDir = await tempDir('dossier-witness-old-key-');
    const configured = await initWitness(oldKeyDir, 'witness.test/rekeyed');
    try {
      await addWitness(dossier.database, actor, { url: rekeyed.url, verifierKey: configured.verifierKey });
      const result = (await pushToWitnesses(dossier)).find((r) => r.witness === 'witness.test/rekeyed');
      expect(result).toMatchObject({ outcome: 'failed', problem: 'answered 200 without a cosignature by its key' });
      expect((await cosignedCheckpoint(dossier.database))!.witnesses).not.toContain('witness.test/rekeyed');
    } finally {
      await removeWitness(dossier.database, 'witness.test/rekeyed');
      await rekeyed.app.close();
      for (const dir of [rekeyed.dir, oldKeyDir]) await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('raises the alarm when a witness holds a larger checkpoint than the log has (a rollback or a second copy)', async () => {
    const held = (await cosignedCheckpoint(dossier.database))!.treeSize;
    // The witness's state says it saw a larger head, as it would after a copy of the log signed on elsewhere.
    const heads = JSON.parse(await fs.readFile(path.join(a.dir, 'heads.json'), 'utf8'));
    heads['test.dossier.local/ledger'].size = held + 10;
    await fs.writeFile(path.join(a.dir, 'heads.json'), JSON.stringify(heads));
    const reopened = await WitnessStore.open(a.dir);
    await a.app.close();
    const port = Number(new URL(a.url).port);
    a.store = reopened;
    a.app = witnessApp(reopened);
    await a.app.listen({ host: '127.0.0.1', port });
    await appendSome(dossier, 1, 'v');
    const result = (await pushToWitnesses(dossier)).find((r) => r.witness === 'witness.test/a');
    expect(result).toMatchObject({ outcome: 'failed', alarm: true, problem: expect.stringContaining(`size ${held + 10}`) });
    // This log's own record says a witness cosigned more than the log now holds: restored from an older copy.
    await dossier.database.writeTransaction((trx) => trx.updateTable('witnesses').set({ cosigned_size: held + 100 }).where('name', '=', 'witness.test/b').execute());
    const rolledBack = (await pushToWitnesses(dossier)).find((r) => r.witness === 'witness.test/b');
    expect(rolledBack).toMatchObject({ outcome: 'failed', alarm: true, problem: expect.stringContaining('rolled back') });

    // The API gives the cosigned checkpoint and, to anyone, the witnesses' names and keys with the policy.
    const app = await buildServer(dossier, { signInsPerMinute: 1000 });
    try {
      const text = await app.inject({ method: 'GET', url: '/api/v1/ledger/checkpoint', headers: { accept: 'text/plain' } });
      const cosigned = (await cosignedCheckpoint(dossier.database))!;
      expect(text.body).toBe(cosigned.note);
      const json = (await app.inject({ method: 'GET', url: '/api/v1/ledger/checkpoint', headers: { accept: 'application/json' } })).json();
      expect(json).toMatchObject({ note: cosigned.note, witnesses: cosigned.witnesses });
      const published = (await app.inject({ method: 'GET', url: '/api/v1/ledger/witnesses' })).json();
      expect(published).toEqual({ quorum: 2, witnesses: [{ name: 'witness.test/a', verifierKey: a.verifierKey }, { name: 'witness.test/b', verifierKey: b.verifierKey }] });
    } finally {
      await app.close();
    }

    await removeWitness(dossier.database, 'witness.test/a');
    expect((await witnessPolicy(dossier.database)).quorum).toBe(1);
    await expect(removeWitness(dossier.database, 'witness.test/a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a case file carries the cosignatures of its checkpoint, and its reader checks them with the witnesses\' keys', () => {
  let dossier: Dossier;
  let witness: Awaited<ReturnType<typeof startWitness>>;
  let work: string;

  beforeAll(async () => {
    dossier = await newDossier();
    await seedDemoCase(dossier);
    witness = await startWitness('witness.test/bag', dossier.dataDir.verifierKey);
    await addWitness(dossier.database, actor, { url: witness.url, verifierKey: witness.verifierKey });
    work = await tempDir('dossier-witnessed-bag-');
  });
  afterAll(async () => {
    await witness.app.close();
    await dossier.close();
    for (const dir of [dossier.config.dataDir, witness.dir, work]) await fs.rm(dir, { recursive: true, force: true });
  });

  it('names the witnesses that vouch for the head the proofs lead to, and fails when too few do', async () => {
    expect((await pushToWitnesses(dossier)).map((r) => r.outcome)).toEqual(['cosigned']);
    const out = path.join(work, 'bag');
    const deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
    await exportCaseFile(deps, actor, DEMO_CASE_ID, { out });

    const unchecked = await verifyCaseFile(out);
    expect(unchecked.valid).toBe(true);
    expect(unchecked.caseFile?.witnesses).toEqual({ claimed: ['witness.test/bag'], vouching: null, required: 0 });
    const checked = await verifyCaseFile(out, { witnessKeys: [witness.verifierKey] });
    expect(checked.valid).toBe(true);
    expect(checked.caseFile?.witnesses).toEqual({ claimed: ['witness.test/bag'], vouching: ['witness.test/bag'], required: 1 });

    const stranger = (await initWitness(path.join(work, 'stranger'), 'witness.test/stranger')).verifierKey;
    const short = await verifyCaseFile(out, { witnessKeys: [witness.verifierKey, stranger] });
    expect(short.valid).toBe(false);
    expect(short.errors.map((e) => e.code)).toEqual(['WITNESSES_TOO_FEW']);
    expect((await verifyCaseFile(out, { witnessKeys: [witness.verifierKey, stranger], witnessesRequired: 1 })).valid).toBe(true);
  });
});
