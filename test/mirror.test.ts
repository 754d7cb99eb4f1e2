import { createHash, randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier, type Dossier } from '../src/app/open.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import { isDossierError } from '../src/common/errors.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { initMirror } from '../src/mirror/mirror-init.js';
import { pushMirror } from '../src/mirror/push.js';
import { restoreMirror } from '../src/mirror/restore.js';
import { newIdentity } from '../src/mirror/sealed-files.js';
import { verifyMirror } from '../src/mirror/verify.js';
import { newDossier, runCli, tempDir, testConfig } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';
import { placesUnderTest, type MirrorPlace } from './support/mirror-places.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function addFile(dossier: Dossier, name: string, content: Buffer): Promise<string> {
  const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: DEMO_CASE_ID, originalName: name, content: [content] });
  return item.sha256;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Blob objects of the mirror, each with what changes when it is written, to tell the ones a push wrote. */
async function blobFiles(place: MirrorPlace): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  for (const key of await place.keys()) if (key.startsWith('blobs/') && key.endsWith('.age')) stamps.set(key, await place.stamp(key));
  return stamps;
}

const places = await placesUnderTest();

describe.each(places)('an encrypted mirror in a $name', ({ make }) => {
  let work: string;
  let dossier: Dossier;
  let dataDir: string;
  let place: MirrorPlace;
  let dest: string;
  let keys: { identity: string; recipient: string };
  const marker = `MIRROR-PLAINTEXT-MARKER-${randomBytes(8).toString('hex')}`;
  const statement = Buffer.concat([Buffer.from(`${marker}: witness statement, Urum al-Kubra\n`), randomBytes(256 << 10)]);
  let statementSha: string;
  let firstCheckpoint: string;
  const originals = new Map<string, Buffer>();

  beforeAll(async () => {
    work = await tempDir('dossier-mirror-');
    dossier = await newDossier();
    dataDir = dossier.config.dataDir;
    await seedDemoCase(dossier);
    statementSha = await addFile(dossier, 'statement.bin', statement);
    originals.set(statementSha, statement);
    keys = await newIdentity();
    place = await make();
    dest = place.dest;
    await initMirror(dossier, dest, [keys.recipient]);
  });
  afterAll(async () => {
    await dossier.close();
    await place.cleanup();
    await fsp.rm(work, { recursive: true, force: true });
    await fsp.rm(dataDir, { recursive: true, force: true });
  });

  it('is pushed with every file encrypted: neither a known file\'s bytes nor its SHA-256 appear in the mirror', async () => {
    const pushed = await pushMirror(dossier, 'test:analyst', dest);
    expect(pushed.sent).toBe(pushed.blobs);
    expect(pushed.blobs).toBeGreaterThanOrEqual(4);
    firstCheckpoint = (await dossier.ledger.latestCheckpoint())!;
    const signerKey = (await fsp.readFile(path.join(dataDir, 'keys/checkpoint.skey'), 'utf8')).trim();
    const needles = [Buffer.from(marker), Buffer.from(statementSha), Buffer.from(statementSha, 'hex'), statement.subarray(statement.length - 64), Buffer.from(signerKey)];
    const files = await place.keys();
    expect(files.filter((f) => f.startsWith('blobs/'))).toHaveLength(pushed.blobs);
    for (const file of files) {
      const bytes = await place.read(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds plaintext`).toBe(false);
    }
    // The names are not the hashes either.
    expect(files.join('\n')).not.toContain(statementSha);
  });

  it('verifies with no key, then names a damaged blob and a deleted one, and reports an extra file', async () => {
    expect((await verifyMirror(dest)).ok).toBe(true);
    const copy = await place.copy();
    try {
      const [damaged, deleted, replaced] = (await copy.keys()).filter((key) => key.startsWith('blobs/'));
      const bytes = await copy.read(damaged!);
      bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01;
      await copy.overwrite(damaged!, bytes);
      await copy.remove(deleted!);
      // Other bytes of the same size: only the hash tells.
      await copy.overwrite(replaced!, randomBytes((await copy.read(replaced!)).length));
      await copy.overwrite('notes.txt', Buffer.from('left by the holder'));
      const report = await verifyMirror(copy.dest);
      expect(report.ok).toBe(false);
      expect(report.missing).toEqual([deleted]);
      expect(report.changed.map((c) => c.path).sort()).toEqual([damaged, replaced].sort());
      expect(report.extra).toEqual(['notes.txt']);
    } finally {
      await copy.cleanup();
    }
  });

  it('is refused when pinned to another log key, or when its manifest was edited', async () => {
    const other = await newDossier();
    await other.close();
    await expect(verifyMirror(dest, { logKey: other.dataDir.verifierKey })).rejects.toThrow(/--log-key/);
    const copy = await place.copy();
    try {
      const manifest = (await copy.keys()).find((key) => key.startsWith('manifests/'))!;
      await copy.overwrite(manifest, Buffer.from((await copy.read(manifest)).toString('utf8').replace(/"size": (\d+)/, (_, n: string) => `"size": ${Number(n) + 1}`)));
      await expect(verifyMirror(copy.dest)).rejects.toThrow(/was changed/);
    } finally {
      await copy.cleanup();
      await fsp.rm(other.config.dataDir, { recursive: true, force: true });
    }
  });

  it('sends only the new blobs on a later push', async () => {
    const before = await blobFiles(place);
    for (const name of ['new-1.bin', 'new-2.bin']) {
      const content = randomBytes(64 << 10);
      originals.set(await addFile(dossier, name, content), content);
    }
    // Two pushes at once (an overlapping cron run): whichever claims the mirror first completes, the other is refused.
    const results = await Promise.allSettled([pushMirror(dossier, 'test:analyst', dest), pushMirror(dossier, 'test:analyst', dest)]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toMatchObject([{ reason: { code: 'CONFLICT', message: expect.stringContaining('is already pushing to mirror') } }]);
    const pushed = results.find((r) => r.status === 'fulfilled')!.value;
    expect(pushed.sent).toBe(2);
    const after = await blobFiles(place);
    const written = [...after].filter(([file, stamp]) => before.get(file) !== stamp);
    expect(written).toHaveLength(2);
    expect(after.size).toBe(before.size + 2);
    expect((await verifyMirror(dest)).ok).toBe(true);
  });

  it('finishes a push killed between blobs, the previous manifest staying valid meanwhile', async () => {
    for (const name of ['late-1.bin', 'late-2.bin', 'late-3.bin']) {
      const content = randomBytes(32 << 10);
      originals.set(await addFile(dossier, name, content), content);
    }
    await dossier.close();
    const killed = await runCli(['--data', dataDir, 'mirror', 'push', dest], { DOSSIER_FAILPOINT: 'mirror-push:blob-sent#2' });
    expect(killed.signal).toBe('SIGKILL');
    const meanwhile = await verifyMirror(dest);
    expect(meanwhile.ok).toBe(true);
    expect(meanwhile.extra.filter((f) => f.startsWith('blobs/'))).toHaveLength(2);
    const resumed = await runCli(['--data', dataDir, '--json', 'mirror', 'push', dest]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout).sent).toBe(1);
    const after = await verifyMirror(dest);
    expect([after.ok, after.extra]).toEqual([true, []]);
    dossier = await openDossier(testConfig(dataDir));
  });

  it('refuses a wrong identity before writing anything', async () => {
    const to = path.join(work, 'wrong');
    const wrong = await newIdentity();
    const refused = await restoreMirror(dest, { to, identity: wrong.identity, actor: 'test:restorer' }).catch((error: unknown) => error);
    expect(isDossierError(refused, 'KEY_INVALID')).toBe(true);
    expect((await fsp.readdir(work)).filter((name) => name.includes('wrong'))).toEqual([]);
  });

  it('refuses a mirror not signed by the log key the restorer holds, before writing anything', async () => {
    const to = path.join(work, 'other-log');
    const otherLog = (await import('../src/ledger/proofs/signed-note.js')).generateNoteKey(dossier.dataDir.manifest.origin).verifierKey;
    await expect(restoreMirror(dest, { to, identity: keys.identity, actor: 'test:restorer', logKey: otherLog })).rejects.toMatchObject({ code: 'MIRROR_INVALID' });
    expect((await fsp.readdir(work)).filter((name) => name.includes('other-log'))).toEqual([]);
  });

  it('refuses a data directory that exists', async () => {
    await expect(restoreMirror(dest, { to: dataDir, identity: keys.identity, actor: 'test:restorer' })).rejects.toThrow(/already exists/);
  });

  it('restores an instance whose log and vault verify and whose evidence reads back whole', async () => {
    const to = path.join(work, 'restored');
    const restored = await restoreMirror(dest, { to, identity: keys.identity, actor: 'test:restorer', savedCheckpoint: firstCheckpoint });
    expect(restored.blobs).toBe((await verifyMirror(dest)).checked - 4);
    const log = await runCli(['--data', to, 'log', 'verify']);
    expect(log.code, log.stdout + log.stderr).toBe(0);
    const vault = await runCli(['--data', to, 'vault', 'verify']);
    expect(vault.code, vault.stdout + vault.stderr).toBe(0);
    const copy = await openDossier(testConfig(to));
    try {
      for (const [sha, content] of originals) expect(sha256(await readAll(await copy.vault.read(sha)))).toBe(sha256(content));
      expect((await copy.database.db.selectFrom('evidence_items').select('sha256').execute()).map((r) => r.sha256)).toContain(statementSha);
    } finally {
      await copy.close();
    }
  });
});

describe.each(places)('mirror init on a $name', ({ make }) => {
  it('refuses a destination that holds anything, and a malformed S3 URL naming DEST', async () => {
    const dossier = await newDossier();
    const place = await make();
    try {
      const keys = await newIdentity();
      await place.overwrite('notes.txt', Buffer.from('not a mirror'));
      await expect(initMirror(dossier, place.dest, [keys.recipient])).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'DEST' } });
      expect(await place.keys()).toEqual(['notes.txt']);
      await expect(initMirror(dossier, 's3://Not_A_Bucket/x', [keys.recipient])).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'DEST' } });
    } finally {
      await place.cleanup();
      await dossier.close();
      await fsp.rm(dossier.config.dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(places)('the mirror commands on a $name', ({ make }) => {
  let work: string;
  let place: MirrorPlace;
  beforeAll(async () => {
    work = await tempDir('dossier-mirror-cli-');
    place = await make();
  });
  afterAll(async () => {
    await place.cleanup();
    await fsp.rm(work, { recursive: true, force: true });
  });

  it('make, push, verify and restore a mirror through the built CLI', async () => {
    const data = path.join(work, 'data');
    const dest = place.dest;
    const to = path.join(work, 'restored');
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c1', '--title', 'Mirror'])).code).toBe(0);
    const file = path.join(work, 'photo.jpg');
    await fsp.writeFile(file, randomBytes(100 << 10));
    expect((await runCli(['--data', data, 'add', file, '--case', 'c1'])).code).toBe(0);

    const keygen = await runCli(['mirror', 'keygen']);
    expect(keygen.code).toBe(0);
    const identityFile = path.join(work, 'identity.txt');
    await fsp.writeFile(identityFile, keygen.stdout, { mode: 0o600 });
    const recipient = /# public key: (age1\S+)/.exec(keygen.stdout)![1]!;

    const badInit = await runCli(['--data', data, 'mirror', 'init', path.join(work, 'bad'), '--recipient', 'age1nonsense']);
    expect(badInit.code).toBe(2);
    expect(badInit.stderr).toMatch(/recipient/);
    expect((await runCli(['--data', data, 'mirror', 'init', dest, '--recipient', recipient])).code).toBe(0);
    const push = await runCli(['--data', data, 'mirror', 'push', dest]);
    expect(push.code, push.stderr).toBe(0);
    expect(push.stdout).toMatch(/Pushed .* 1 blobs .* 1 sent now/);

    const vkey = path.join(data, 'keys', 'checkpoint.vkey');
    const verify = await runCli(['mirror', 'verify', dest, '--log-key', vkey]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^Mirror OK: 5 files/);

    const restore = await runCli(['mirror', 'restore', dest, '--to', to, '--identity', identityFile, '--checkpoint', path.join(work, 'none')]);
    expect(restore.code).toBe(5);
    expect(restore.stderr).toMatch(/checkpoint/);
    const restored = await runCli(['mirror', 'restore', dest, '--to', to, '--identity', identityFile]);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await runCli(['--data', to, 'log', 'verify'])).code).toBe(0);
    expect((await runCli(['--data', to, 'vault', 'verify'])).code).toBe(0);

    const blob = (await place.keys()).find((key) => key.startsWith('blobs/'))!;
    await place.remove(blob);
    const damaged = await runCli(['mirror', 'verify', dest]);
    expect(damaged.code).toBe(10);
    expect(damaged.stdout).toContain(`MISSING ${blob}`);
  });
});

describe('a mirror of an instance on PostgreSQL', () => {
  it('copies the database with pg_dump in the snapshot its checkpoint is read from, and restores it into an empty database only', async (context) => {
    const postgres = (await enginesUnderTest()).find((engine) => engine.name === 'postgres');
    if (!postgres) return context.skip();
    const dossier = await newDossier(await postgres.createDatabase());
    const root = await tempDir('dossier-mirror-pg-');
    const dest = path.join(root, 'mirror');
    try {
      await seedDemoCase(dossier);
      const content = randomBytes(128 << 10);
      const sha256 = await addFile(dossier, 'pg-evidence.bin', content);
      const keys = await newIdentity();
      await initMirror(dossier, dest, [keys.recipient]);
      const pushed = await pushMirror(dossier, 'test:analyst', dest);
      expect((await verifyMirror(dest)).ok).toBe(true);

      // A restore needs an empty database: none given, or the source's own, is refused with nothing written.
      const to = path.join(root, 'restored');
      await expect(restoreMirror(dest, { to, identity: keys.identity, actor: 'test:restorer' })).rejects.toMatchObject({ details: { field: 'DOSSIER_DATABASE_URL' } });
      await expect(restoreMirror(dest, { to, identity: keys.identity, actor: 'test:restorer', databaseUrl: dossier.config.databaseUrl })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await fsp.readdir(root)).toEqual(['mirror']);

      const target = (await postgres.createDatabase())!;
      const restored = await restoreMirror(dest, { to, identity: keys.identity, actor: 'test:restorer', databaseUrl: target });
      expect(restored).toMatchObject({ treeSize: pushed.treeSize, blobs: pushed.blobs });
      const reopened = await openDossier(testConfig(to, target, 'test:restorer'));
      try {
        expect(await readAll(await reopened.vault.read(sha256))).toEqual(content);
        expect(await reopened.ledger.currentSize()).toBe(restored.ledgerSeq + 1);
      } finally {
        await reopened.close();
      }
    } finally {
      await dossier.close();
      await fsp.rm(root, { recursive: true, force: true });
      await fsp.rm(dossier.config.dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
