import { createHash } from 'node:crypto';
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
    expect(young).toMatchObject({ removed: [], spared: [{ sha256: orphan }], ledgerSeq: null });
    expect((await cli('vault', 'sweep', '--older-than', '0.5')).code).toBe(2);

    await age(await FsBlobStore.open(data), orphan, 2);
    const dry = JSON.parse((await cli('--json', 'vault', 'sweep', '--dry-run')).stdout);
    expect(dry).toMatchObject({ dryRun: true, removed: [{ sha256: orphan }], ledgerSeq: null });
    expect(await (await FsBlobStore.open(data)).has(orphan)).toBe(true);

    const swept = JSON.parse((await cli('--json', 'vault', 'sweep')).stdout);
    expect(swept).toMatchObject({ removed: [{ sha256: orphan, size: 45 }] });
    expect(await (await FsBlobStore.open(data)).has(orphan)).toBe(false);
    const log = JSON.parse((await cli('--json', 'log', 'list')).stdout);
    expect(log.find((entry: { seq: number }) => entry.seq === swept.ledgerSeq)).toMatchObject({ action: 'sweep', details: { removed: [{ sha256: orphan, size: 45 }] } });
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
    expect(await store.removeIfUntouchedSince(orphan.sha256, new Date(Date.now() - DAY))).toBe('removed');
    const { item } = await ingestEvidence(dossier, actor, { caseId: 'c', originalName: 'late.mp4', content: [bytes] });
    expect(await store.has(item.sha256)).toBe(true);
    expect((await auditVault(dossier, actor)).ok).toBe(true);
  });

  it('keeps a blob touched after the cutoff, and logs nothing when nothing was removed', async () => {
    const orphan = await store.put(chunks(Buffer.from('touched orphan')));
    await age(store, orphan.sha256, 3);
    await store.touch(orphan.sha256);
    const report = await sweepVault(dossier, actor, { olderThanHours: 24 });
    expect(report).toMatchObject({ removed: [], spared: [{ sha256: orphan.sha256 }], ledgerSeq: null });
  });
});
