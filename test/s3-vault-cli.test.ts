// A data directory whose evidence is in an S3 vault (the real Ceph RGW of scripts/s3-test-server), used through the
// CLI as an operator would: chosen once at init, then a file and a handed-over folder taken in, verified, held.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, emptyPrefix, LOCKED_BUCKET, s3Available } from './support/blob-stores.js';
import { runCli, tempDir } from './support/dossier.js';

const available = await s3Available();

describe.runIf(available)('a data directory on an S3 vault, through the CLI', () => {
  const prefix = `cli-${randomBytes(6).toString('hex')}`;
  const vaultUrl = `s3://${LOCKED_BUCKET}/${prefix}`;
  let work: string;
  let data: string;
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['--data', data, ...args], env);
  let heldEvidence: string | undefined;

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    const init = await runCli(['--data', data, 'init'], { DOSSIER_VAULT_URL: vaultUrl });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect((await cli(['case', 'create', 'douma', '--title', 'Douma, April 2018'])).code).toBe(0);
  });
  afterAll(async () => {
    // A hold left on by a failed test would keep the objects past the run.
    if (heldEvidence) await cli(['vault', 'hold', heldEvidence, '--release']);
    const client = adminClient();
    await emptyPrefix(client, LOCKED_BUCKET, `${prefix}/`);
    client.destroy();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('records the vault in the data directory, and refuses another one named later', async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(data, 'dossier.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 2, vault: vaultUrl });
    const other = await cli(['case', 'list'], { DOSSIER_VAULT_URL: `s3://${LOCKED_BUCKET}/elsewhere` });
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain(`keeps its evidence in ${vaultUrl}`);
    expect(await fs.readdir(data)).not.toContain('blobs');
  });

  it('takes in a file and a handed-over folder, and verifies them with the ledger', async () => {
    const video = path.join(work, 'strike.mp4');
    await fs.writeFile(video, randomBytes(12 * 1024 * 1024));
    const folder = path.join(work, 'USB');
    await fs.mkdir(path.join(folder, 'DCIM'), { recursive: true });
    for (let i = 0; i < 12; i++) await fs.writeFile(path.join(folder, 'DCIM', `IMG_${i}.JPG`), randomBytes(5000 + i));

    const one = await cli(['--json', 'add', video, '--case', 'douma']);
    expect(one.code).toBe(0);
    const [taken] = JSON.parse(one.stdout);
    expect(taken.item.size).toBe(12 * 1024 * 1024);
    heldEvidence = taken.item.id;
    const many = await cli(['--json', 'add', folder, '--case', 'douma', '--from', 'a medic', '--medium', 'USB stick']);
    expect(many.code).toBe(0);
    expect(JSON.parse(many.stdout).items).toHaveLength(12);
    // Nothing of the evidence lies in the data directory's own folder.
    expect(await fs.readdir(data)).not.toContain('blobs');

    const vault = await cli(['--json', 'vault', 'verify']);
    expect(vault.code).toBe(0);
    expect(JSON.parse(vault.stdout)).toMatchObject({ ok: true, checked: 13, missing: [], failures: [], locks: { locked: 0 } });
    expect(JSON.parse(vault.stdout).locks.unlocked).toHaveLength(13);
    const log = await cli(['log', 'verify']);
    expect(log.code).toBe(0);
  });

  it('puts a legal hold on an item and lifts it, each logged, and says so in vault verify', async () => {
    const hold = await cli(['--json', 'vault', 'hold', heldEvidence!]);
    expect(hold.code).toBe(0);
    expect(JSON.parse(hold.stdout)).toMatchObject({ evidenceId: heldEvidence, legalHold: true });
    const verify = JSON.parse((await cli(['--json', 'vault', 'verify'])).stdout);
    expect(verify.locks).toMatchObject({ locked: 1 });
    const release = await cli(['--json', 'vault', 'hold', heldEvidence!, '--release']);
    expect(JSON.parse(release.stdout)).toMatchObject({ legalHold: false });
    heldEvidence = undefined;
    const entries = await cli(['--json', 'log', 'list', '--evidence', JSON.parse(hold.stdout).sha256]);
    expect(entries.code).toBe(0);
    const holds = JSON.parse(entries.stdout).filter((e: { action: string }) => e.action === 'hold');
    expect(holds.map((e: { details: { legalHold: boolean } }) => e.details.legalHold)).toEqual([true, false]);
  });

  it('names an object deleted behind its back', async () => {
    const listed = JSON.parse((await cli(['--json', 'evidence', 'list', '--case', 'douma'])).stdout) as { sha256: string; size: number }[];
    const victim = listed.find((item) => item.size < 100_000)!;
    const client = adminClient();
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await client.send(new DeleteObjectCommand({ Bucket: LOCKED_BUCKET, Key: `${prefix}/blobs/sha256/${victim.sha256.slice(0, 2)}/${victim.sha256.slice(2, 4)}/${victim.sha256}` }));
    client.destroy();
    const verify = await cli(['vault', 'verify']);
    expect(verify.code).toBe(8);
    expect(verify.stdout).toContain(`MISSING ${victim.sha256}`);
  });
});

describe.runIf(available)('a vault moved to S3 and back', () => {
  const prefix = `move-${randomBytes(6).toString('hex')}`;
  const vaultUrl = `s3://${LOCKED_BUCKET}/${prefix}`;
  let work: string;
  let data: string;
  const cli = (args: string[]) => runCli(['--data', data, ...args]);

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    expect((await cli(['init'])).code).toBe(0);
    expect((await cli(['case', 'create', 'aleppo', '--title', 'Aleppo'])).code).toBe(0);
    for (let i = 0; i < 3; i++) {
      const file = path.join(work, `report-${i}.pdf`);
      await fs.writeFile(file, randomBytes(100_000 * (i + 1)));
      expect((await cli(['add', file, '--case', 'aleppo'])).code).toBe(0);
    }
  });
  afterAll(async () => {
    const client = adminClient();
    await emptyPrefix(client, LOCKED_BUCKET, `${prefix}/`);
    client.destroy();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('copies and checks every blob, logs the move, switches the data directory, and comes back', async () => {
    const there = await cli(['--json', 'vault', 'migrate', '--to', vaultUrl]);
    expect(there.stderr).toBe('');
    expect(JSON.parse(there.stdout)).toMatchObject({ from: 'local', to: vaultUrl, blobs: 3, copied: 3, bytes: 600_000 });
    expect(JSON.parse(await fs.readFile(path.join(data, 'dossier.json'), 'utf8'))).toMatchObject({ format: 2, vault: vaultUrl });
    // The evidence is now read from S3: a blob removed from the old folder is not missed.
    const local = path.join(data, 'blobs');
    await fs.rm(local, { recursive: true, force: true });
    const verify = await cli(['--json', 'vault', 'verify']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, checked: 3 });
    const again = await cli(['vault', 'migrate', '--to', vaultUrl]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('already');

    const back = await cli(['--json', 'vault', 'migrate', '--to', 'local']);
    expect(JSON.parse(back.stdout)).toMatchObject({ from: vaultUrl, to: 'local', blobs: 3, copied: 3 });
    expect(JSON.parse(await fs.readFile(path.join(data, 'dossier.json'), 'utf8'))).not.toHaveProperty('vault');
    expect(JSON.parse((await cli(['--json', 'vault', 'verify'])).stdout)).toMatchObject({ ok: true, checked: 3, locks: null });
    expect((await cli(['log', 'verify'])).code).toBe(0);
  });
});
