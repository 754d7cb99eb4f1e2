import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signReceipt, type HandoverReceipt } from '../src/evidence/handover-receipt.js';
import { generateNoteKey, noteSigner } from '../src/ledger/proofs/signed-note.js';
import { runCli, tempDir } from './support/dossier.js';

const instance = generateNoteKey('ngo.example/ledger');
const otherInstance = generateNoteKey('ngo.example/ledger');

const receipt: HandoverReceipt = {
  origin: 'ngo.example/ledger',
  verifierKey: instance.verifierKey,
  handoverId: 'ho_01HX7Q0Z3K',
  caseId: 'douma-2018',
  receivedAt: '2024-04-07T10:15:00.000Z',
  receivedBy: 'amira.h',
  medium: 'USB stick',
  files: [
    { path: 'video/clinic 07-04.mp4', size: 1_048_576, sha256: 'a'.repeat(64), ledgerSeq: 12 },
    { path: 'شهادات/شهادة.m4a', size: 2048, sha256: 'b'.repeat(64), ledgerSeq: 13 },
    { path: 'raw/caf\\xff.bin', size: 3, sha256: 'c'.repeat(64), ledgerSeq: 14 },
  ],
};

describe('dossier verify of a handover receipt, offline and without a data directory', () => {
  let work: string;
  let receiptFile: string;
  // No data directory anywhere: the person holding a receipt has none.
  const verify = (...args: string[]) => runCli(['verify', ...args], { DOSSIER_DATA: path.join(work, 'no-such-data-dir') });

  beforeAll(async () => {
    work = await tempDir();
    receiptFile = path.join(work, 'receipt.txt');
    await fs.writeFile(receiptFile, signReceipt(receipt, noteSigner(instance.signerKey)));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('verifies against the key the receipt names, warning that the key must be compared with the published one', async () => {
    const result = await verify(receiptFile);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^VALID handover receipt: /);
    expect(result.stdout).toContain('handover ho_01HX7Q0Z3K, case douma-2018');
    expect(result.stdout).toContain('3 files, 1,050,627 bytes');
    expect(result.stdout).toContain('receipt verified: signed by ngo.example/ledger');
    expect(result.stdout).toMatch(/warning KEY_FROM_RECEIPT: .*taken from the receipt itself.*compare it with the key the organisation publishes/);
  });

  it('verifies against the published key given with --log-key, without the warning', async () => {
    const result = await verify(receiptFile, '--log-key', instance.verifierKey);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('receipt verified: signed by ngo.example/ledger');
    expect(result.stdout).not.toContain('warning');
  });

  it('reports the whole receipt as JSON', async () => {
    const result = await runCli(['--json', 'verify', receiptFile, '--log-key', instance.verifierKey]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: true, keySource: 'published', keyName: 'ngo.example/ledger', errors: [], warnings: [] });
    expect(report.receipt).toMatchObject({ handoverId: 'ho_01HX7Q0Z3K', caseId: 'douma-2018', totalBytes: 1_050_627 });
    expect(report.receipt.files.map((f: { path: string }) => f.path)).toEqual(['raw/caf\\xff.bin', 'video/clinic 07-04.mp4', 'شهادات/شهادة.m4a']);
  });

  it("fails with another instance's key, saying whose signature the receipt carries (exit 10)", async () => {
    const result = await verify(receiptFile, '--log-key', otherInstance.verifierKey);
    expect(result.code).toBe(10);
    expect(result.stdout).toMatch(/^INVALID handover receipt: /);
    expect(result.stdout).toMatch(/ERROR RECEIPT_INVALID: handover receipt: it is not signed by the key ngo\.example\/ledger \(key id [0-9a-f]{8}\), but by/);
  });

  it('fails when one line was changed, saying so (exit 10), with or without --log-key', async () => {
    const tampered = path.join(work, 'tampered.txt');
    await fs.writeFile(tampered, (await fs.readFile(receiptFile, 'utf8')).replace(' 2048 13 ', ' 2049 13 '));
    for (const args of [[tampered], [tampered, '--log-key', instance.verifierKey]]) {
      const result = await verify(...args);
      expect(result.code).toBe(10);
      expect(result.stdout).toContain('the signature by ngo.example/ledger does not verify: the receipt was changed after it was signed');
    }
  });

  it('fails when the receipt names another key than the one given (exit 10)', async () => {
    const forged = path.join(work, 'forged.txt');
    const other = signReceipt({ ...receipt, verifierKey: otherInstance.verifierKey }, noteSigner(otherInstance.signerKey));
    await fs.writeFile(forged, other.replace(otherInstance.verifierKey, instance.verifierKey));
    const result = await verify(forged);
    expect(result.code).toBe(10);
    expect(result.stdout).toMatch(/not signed by the key/);
  });

  it('shows what the receipt holds escaped, so a receipt cannot steer the terminal', async () => {
    const steering = path.join(work, 'steering.txt');
    await fs.writeFile(steering, signReceipt({ ...receipt, medium: 'USB \u001b[2J\u009b31m stick' }, noteSigner(instance.signerKey)));
    const result = await verify(steering);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('on USB \\u{001B}[2J\\u{009B}31m stick');
    expect(result.stdout).not.toMatch(/[\u001b\u009b]/);
  });

  it('refuses a --log-key that is no key as bad input (exit 2)', async () => {
    const result = await verify(receiptFile, '--log-key', 'not-a-key');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/dossier: VALIDATION_FAILED: log-key: /);
  });
});
