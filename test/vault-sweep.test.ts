import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { auditVault } from '../src/evidence/custody.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { sweepVault } from '../src/evidence/vault-sweep.js';
import { FsBlobStore } from '../src/vault/fs-blob-store.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const DAY = 24 * 3_600_000;
const chunks = (bytes: Buffer) => (async function* () {
  yield bytes;
})();

/** The id of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await once(child, 'exit');
  return child.pid!;
}

/** Ages a blob as if it had been written `days` ago (its modification time is what a sweep goes by). */
async function age(store: FsBlobStore, hash: string, days: number): Promise<void> {
  const then = new Date(Date.now() - days * DAY);
  await fs.utimes(store.blobPath(hash), then, then);
}

describe('an intake killed between storing its bytes and recording them', () => {
  let work: string;
  let data: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args]);

  beforeEach(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'c', '--title', 'Case')).code).toBe(0);
  });
  afterEach(() => fs.rm(work, { recursive: true, force: true }));

  it('leaves a blob that verify lists and a sweep removes once old enough, logging it', async () => {
    const file = path.join(work, 'video.mp4');
    await fs.writeFile(file, 'bytes of a video whose intake never committed');
    const killed = await runCli(['--data', data, 'add', file, '--case', 'c'], { DOSSIER_FAILPOINT: 'intake:stored' });
    expect(killed.signal).toBe('SIGKILL');
    const orphan = sha256(await fs.readFile(file));

    const verify = JSON.parse((await cli('--json', 'vault', 'verify')).stdout);
    expect(verify).toMatchObject({ ok: true, unreferenced: [{ sha256: orphan, size: 45 }] });
    expect((await cli('vault', 'verify')).stdout).toContain(orphan);

    // Young, it may still be an intake under way: kept.
    const young = JSON.parse((await cli('--json', 'vault', 'sweep')).stdout);
    expect(young).toMatchObject({ removedCount: 0, sparedCount: 1, spared: [{ sha256: orphan }], ledgerSeqs: [] });
    expect((await cli('vault', 'sweep', '--older-than', '0.5')).code).toBe(2);

    await age(await FsBlobStore.open(data), orphan, 2);
    const dry = JSON.parse((await cli('--json', 'vault', 'sweep', '--dry-run')).stdout);
    expect(dry).toMatchObject({ dryRun: true, removedCount: 1, removed: [{ sha256: orphan }], ledgerSeqs: [] });
    expect(await (await FsBlobStore.open(data)).has(orphan)).toBe(true);

    const swept = JSON.parse((await cli('--json', 'vault', 'sweep')).stdout);
    expect(swept).toMatchObject({ removedCount: 1, removedBytes: 45, removed: [{ sha256: orphan, size: 45 }] });
    expect(await (await FsBlobStore.open(data)).has(orphan)).toBe(false);
    const log = JSON.parse((await cli('--json', 'log', 'list')).stdout);
    expect(log.find((entry: { seq: number }) => entry.seq === swept.ledgerSeqs[0])).toMatchObject({ action: 'sweep', details: { removed: [{ sha256: orphan, size: 45 }] } });
    expect(JSON.parse((await cli('--json', 'vault', 'verify')).stdout)).toMatchObject({ ok: true, unreferenced: [] });
    expect((await cli('log', 'verify')).code).toBe(0);
  });
});

describe.each(engines)('vault sweeps on $name', (engine) => {
  let dossier: Dossier;
  let store: FsBlobStore;
  const actor = 'test:keeper';

  beforeEach(async () => {
    dossier = await newDossier(await engine.createDatabase());
    store = dossier.vault as FsBlobStore;
    await createCase(dossier, actor, { id: 'c', title: 'Case' });
  });
  afterEach(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });
  afterAll(() => engine.dropAll());

  it('never removes a referenced blob, however old', async () => {
    const { item } = await ingestEvidence(dossier, actor, { caseId: 'c', originalName: 'kept.txt', content: [Buffer.from('recorded evidence')] });
    await age(store, item.sha256, 400);
    const report = await sweepVault(dossier, actor, { olderThanHours: 24 });
    expect(report.removed).toEqual([]);
    expect(await store.has(item.sha256)).toBe(true);
  });

  it('spares an old orphan that a new intake of the same bytes is about to record', async () => {
    const bytes = Buffer.from('the same video, handed over again');
    const orphan = await store.put(chunks(bytes));
    await age(store, orphan.sha256, 3);
    // The second intake finds the bytes already there and touches them before it commits.
    const again = await store.put(chunks(bytes));
    expect(again.created).toBe(false);
    expect((await sweepVault(dossier, actor, { olderThanHours: 24 })).removed).toEqual([]);
    const { item } = await ingestEvidence(dossier, actor, { caseId: 'c', originalName: 'again.mp4', content: [bytes] });
    expect(item.sha256).toBe(orphan.sha256);
    expect((await auditVault(dossier, actor)).ok).toBe(true);
  });

  it('stores the bytes anew when a sweep took them between the look and the touch', async () => {
    const bytes = Buffer.from('bytes swept at the worst moment');
    const orphan = await store.put(chunks(bytes));
    await age(store, orphan.sha256, 3);
    const aside = await store.setAsideIfUntouchedSince(orphan.sha256, new Date(Date.now() - DAY));
    await aside!.discard();
    const { item } = await ingestEvidence(dossier, actor, { caseId: 'c', originalName: 'late.mp4', content: [bytes] });
    expect(await store.has(item.sha256)).toBe(true);
    expect((await auditVault(dossier, actor)).ok).toBe(true);
  });

  it('puts back a blob set aside by a sweep that died before discarding it, even if it is now recorded', async () => {
    const bytes = Buffer.from('set aside, then recorded, then the sweep died');
    const orphan = await store.put(chunks(bytes));
    await age(store, orphan.sha256, 3);
    const aside = await store.setAsideIfUntouchedSince(orphan.sha256, new Date(Date.now() - DAY));
    expect(aside).not.toBeNull();
    // As if it belonged to a sweep process that is gone: the next open of the vault puts it back.
    const tmp = path.join(dossier.config.dataDir, 'tmp');
    const [name] = (await fs.readdir(tmp)).filter((entry) => entry.startsWith('swept-'));
    await fs.rename(path.join(tmp, name!), path.join(tmp, name!.replace(/^swept-\d+-/, `swept-${await deadPid()}-`)));
    expect(await store.has(orphan.sha256)).toBe(false);
    await FsBlobStore.open(dossier.config.dataDir);
    expect(await store.has(orphan.sha256)).toBe(true);
    expect((await fs.readdir(tmp)).filter((entry) => entry.startsWith('swept-'))).toEqual([]);
  });

  it('keeps a blob touched after the cutoff, and logs nothing when nothing was removed', async () => {
    const orphan = await store.put(chunks(Buffer.from('touched orphan')));
    await age(store, orphan.sha256, 3);
    await store.touch(orphan.sha256);
    const report = await sweepVault(dossier, actor, { olderThanHours: 24 });
    expect(report).toMatchObject({ removedCount: 0, spared: [{ sha256: orphan.sha256 }], ledgerSeqs: [] });
  });
});
