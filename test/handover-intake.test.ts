import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/dossier.js';
import { giveToOtherUser, openToOthers, runCliAsOtherUser } from './support/other-user.js';

/**
 * A handed-over folder: nested folders, a link to a file and one to a folder (listed, not followed), a named
 * pipe (skipped), a name that is not UTF-8, and a file the intake may not read (listed; the rest taken).
 */
describe('dossier add of a handed-over folder', () => {
  let work: string;
  let data: string;
  let usb: string;
  const taken = new Date('2016-07-15T09:30:00.000Z');

  beforeAll(async () => {
    work = await tempDir('dossier-handover-');
    await openToOthers(work);
    data = path.join(work, 'data');
    usb = path.join(work, 'usb');
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c', '--title', 'Handovers'])).code).toBe(0);
    await fs.mkdir(path.join(usb, 'DCIM', '100MEDIA'), { recursive: true });
    await fs.mkdir(path.join(usb, 'docs'));
    await fs.writeFile(path.join(usb, 'DCIM', '100MEDIA', 'IMG_0001.JPG'), Buffer.from('photo one: the market after the strike'));
    await fs.utimes(path.join(usb, 'DCIM', '100MEDIA', 'IMG_0001.JPG'), taken, taken);
    await fs.writeFile(path.join(usb, 'DCIM', '100MEDIA', 'IMG_0002.JPG'), Buffer.from('photo two: the crater'));
    await fs.writeFile(path.join(usb, 'docs', 'list of the wounded.txt'), 'Names of the wounded brought to the field hospital.\n');
    // "صورة.jpg" as an old Windows machine wrote it (Windows-1256): not UTF-8.
    await fs.writeFile(Buffer.concat([Buffer.from(`${usb}/`), Buffer.from([0xd5, 0xe6, 0xd1, 0xc9]), Buffer.from('.jpg')]), 'photo three');
    await fs.writeFile(path.join(work, 'outside.txt'), 'not handed over');
    await fs.symlink(path.join(work, 'outside.txt'), path.join(usb, 'shortcut.txt'));
    await fs.symlink(path.join(work), path.join(usb, 'everything'));
    execFileSync('mkfifo', [path.join(usb, 'pipe')]);
    await fs.writeFile(path.join(usb, 'locked.jpg'), 'unreadable');
    await fs.chmod(path.join(usb, 'locked.jpg'), 0o000);
    await giveToOtherUser(data);
  });
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('takes every readable file with its path and times, lists what it did not take and why, and logs a handover', async () => {
    const receipt = path.join(work, 'receipts', 'receipt.txt');
    await fs.mkdir(path.dirname(receipt), { mode: 0o777 });
    await fs.chmod(path.dirname(receipt), 0o777);
    const run = await runCliAsOtherUser(['--data', data, '--json', 'add', usb, '--case', 'c', '--from', 'Dr. Samira H., field hospital, +963 000 000', '--medium', 'USB stick', '--receipt', receipt]);
    // Something was not taken (the unreadable file): said, with its own exit code.
    expect(run.code, run.stderr).toBe(12);
    const out = JSON.parse(run.stdout);
    expect(out.handover).toMatchObject({ caseId: 'c', medium: 'USB stick', hasHandedOverBy: true });
    expect(out.items.map((r: { intake: { file: { path: string } } }) => r.intake.file.path)).toEqual([
      'usb/DCIM/100MEDIA/IMG_0001.JPG',
      'usb/DCIM/100MEDIA/IMG_0002.JPG',
      'usb/docs/list of the wounded.txt',
      'usb/\\xd5\\xe6\\xd1\\xc9.jpg',
    ]);
    const first = out.items[0];
    expect(first.intake.file).toMatchObject({ handoverId: out.handover.id, modifiedAt: taken.toISOString() });
    expect(first.intake.originalName).toBe('IMG_0001.JPG');
    expect(out.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason])).toEqual([
      ['usb/everything', 'symlink'],
      ['usb/locked.jpg', 'unreadable'],
      ['usb/pipe', 'special'],
      ['usb/shortcut.txt', 'symlink'],
    ]);
    expect(out.skipped[3].detail).toContain('not followed');

    // The receipt lists every file taken with its size, hash and ledger entry, is logged, and verifies offline.
    const key = (await runCli(['--data', data, 'log', 'key'])).stdout.trim();
    const checked = await runCli(['--json', 'verify', receipt, '--log-key', key]);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    const issued = await fs.readFile(receipt, 'utf8');
    for (const item of out.items) expect(issued).toContain(`${item.item.sha256} ${item.item.size} ${item.intake.ledgerSeq} `);
    // The name that is not UTF-8, as the intake shows it (\xd5…), with the receipt's own escape of the backslash.
    expect(issued).toContain('usb/\\\\xd5\\\\xe6\\\\xd1\\\\xc9.jpg');
    expect(issued).not.toContain('Samira');
    expect(out.receipt).toMatchObject({ file: receipt, sha256: createHash('sha256').update(issued).digest('hex') });
    await fs.writeFile(path.join(work, 'changed.txt'), issued.replace(` ${out.items[0].item.size} `, ` ${out.items[0].item.size + 1} `));
    expect((await runCli(['verify', path.join(work, 'changed.txt'), '--log-key', key])).code).toBe(10);

    // The log holds the handover and each intake, commits to every path and time, and never the giver's name.
    const verify = await runCliAsOtherUser(['--data', data, '--json', 'log', 'verify']);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    const entries = JSON.parse((await runCliAsOtherUser(['--data', data, '--json', 'log', 'list', '--case', 'c'])).stdout);
    const list = Array.isArray(entries) ? entries : entries.items;
    const [handover, receiptEntry] = list.filter((e: { action: string }) => e.action === 'transfer');
    expect(receiptEntry.details).toEqual({ handover: out.handover.id, receipt: out.receipt.sha256, files: 4, bytes: out.items.reduce((sum: number, i: { item: { size: number } }) => sum + i.item.size, 0) });
    expect(handover.details).toMatchObject({ handover: out.handover.id, committed: { medium: expect.stringMatching(/^sha256:/) }, sealed: expect.any(String) });
    expect(JSON.stringify(list)).not.toContain('Samira');
    expect(list.filter((e: { action: string; details: { handover?: string } }) => e.action === 'intake' && e.details.handover === out.handover.id)).toHaveLength(4);

    // In words: each file acknowledged, each one not taken named, and a summary.
    const words = await runCliAsOtherUser(['--data', data, 'add', path.join(usb, 'docs'), '--case', 'c']);
    expect(words.code, words.stderr).toBe(0);
    expect(words.stdout).toMatch(/Handover hnd_\w+ opened/);
    expect(words.stdout).toContain('docs/list of the wounded.txt');
    expect(words.stdout).toContain('Taken: 1 files');
  });
});
