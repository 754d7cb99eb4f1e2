import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { verifyReceipt } from '../src/evidence/handover-receipt.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, runCli } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const CASE = 'aleppo-2016';
const OTHER = 'other-case';

/** A dropped folder as the browser sends it: each file after its path and modified time. */
const FOLDER = [
  { path: 'usb/DCIM/100MEDIA/IMG_0001.JPG', modifiedAt: '2016-07-15T09:30:00.000Z', bytes: 'photo one: the market after the strike' },
  { path: 'usb/DCIM/100MEDIA/IMG_0002.JPG', modifiedAt: '2016-07-15T12:31:02+03:00', bytes: 'photo two: the crater' },
  { path: 'usb/docs/قائمة الجرحى.txt', modifiedAt: '2016-07-16T08:00:00.250Z', bytes: 'Names of the wounded brought to the field hospital.\n' },
];

function folderForm(handoverId: string, files: { path?: string; modifiedAt?: string; bytes: string; name?: string }[]): FormData {
  const form = new FormData();
  form.append('handoverId', handoverId);
  for (const file of files) {
    if (file.path !== undefined) form.append('path', file.path);
    if (file.modifiedAt !== undefined) form.append('modifiedAt', file.modifiedAt);
    form.append('file', new Blob([file.bytes]), file.name ?? file.path?.split('/').pop() ?? 'file.bin');
  }
  return form;
}

describe.each(engines)('handovers through the API on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const auth = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, {});
    await app.ready();
    await createCase(dossier, 'test:setup', { id: CASE, title: 'Aleppo 2016' });
    await createCase(dossier, 'test:setup', { id: OTHER, title: 'Another case' });
    for (const role of ['owner', 'investigator', 'analyst'] as const) {
      await setMember(dossier.database.db, 'test:setup', CASE, await testAccount(dossier, role), role);
      auth.set(role, await signIn(app, role));
    }
    await setMember(dossier.database.db, 'test:setup', OTHER, 'owner', 'owner');
  });
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  const call = (method: 'GET' | 'POST', url: string, body?: object, as = 'investigator') =>
    app.inject({ method, url: `/api/v1${url}`, headers: auth.get(as)!, ...(body !== undefined ? { payload: body } : {}) });
  const upload = (caseId: string, form: FormData, as = 'investigator') => app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/evidence`, headers: auth.get(as)!, payload: form });
  const open = async (caseId = CASE, body: object = { medium: 'USB stick' }) => {
    const response = await call('POST', `/cases/${caseId}/handovers`, body, 'owner');
    expect(response.statusCode, response.body).toBe(201);
    return JSON.parse(response.body) as Json;
  };

  it('takes a dropped folder into a handover, keeps each file’s path and time, and signs a receipt that lists them all', async () => {
    const opened = await call('POST', `/cases/${CASE}/handovers`, { handedOverBy: 'Dr. Samira H., field hospital', medium: 'USB stick', note: 'brought to the office' });
    expect(opened.statusCode, opened.body).toBe(201);
    const handover = JSON.parse(opened.body);
    expect(handover).toMatchObject({ caseId: CASE, medium: 'USB stick', note: 'brought to the office', hasHandedOverBy: true, receiptSeq: null, files: [] });
    expect(opened.body).not.toContain('Samira');

    const uploaded = await upload(CASE, folderForm(handover.id, FOLDER));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const items = JSON.parse(uploaded.body).items as Json[];
    expect(items.map((i) => i.intake.file)).toEqual([
      { handoverId: handover.id, path: FOLDER[0]!.path, modifiedAt: '2016-07-15T09:30:00.000Z', createdAt: null },
      { handoverId: handover.id, path: FOLDER[1]!.path, modifiedAt: '2016-07-15T09:31:02.000Z', createdAt: null },
      { handoverId: handover.id, path: FOLDER[2]!.path, modifiedAt: '2016-07-16T08:00:00.250Z', createdAt: null },
    ]);
    // The intakes keep them, as the item's page shows them.
    const item = JSON.parse((await call('GET', `/evidence/${items[2].item.id}`, undefined, 'analyst')).body);
    expect(item.originalName).toBe('قائمة الجرحى.txt');
    expect(item.intakes[0].file).toEqual({ handoverId: handover.id, path: FOLDER[2]!.path, modifiedAt: '2016-07-16T08:00:00.250Z', createdAt: null });

    // The handover lists its files, for anyone who may read the case's evidence; never who handed it over.
    const listed = await call('GET', `/cases/${CASE}/handovers`, undefined, 'analyst');
    expect(listed.statusCode).toBe(200);
    const one = await call('GET', `/cases/${CASE}/handovers/${handover.id}`, undefined, 'analyst');
    expect(JSON.parse(listed.body).items).toEqual([JSON.parse(one.body)]);
    expect(JSON.parse(one.body).files).toEqual(
      [...items]
        .sort((a, b) => (a.intake.file.path < b.intake.file.path ? -1 : 1))
        .map((i) => ({ path: i.intake.file.path, size: i.item.size, sha256: i.item.sha256, ledgerSeq: i.intake.ledgerSeq, evidenceId: i.item.id })),
    );
    expect(listed.body + one.body).not.toContain('Samira');

    const receipt = await call('POST', `/cases/${CASE}/handovers/${handover.id}/receipt`);
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(receipt.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(receipt.headers['content-disposition']).toBe(`attachment; filename="receipt-${handover.id}.txt"`);
    const { receipt: verified } = verifyReceipt(receipt.body, dossier.dataDir.verifierKey);
    expect(verified).toMatchObject({ handoverId: handover.id, caseId: CASE, medium: 'USB stick' });
    expect(verified.files.map((f) => f.path).sort()).toEqual(FOLDER.map((f) => f.path).sort());
    for (const i of items) expect(verified.files).toContainEqual({ path: i.intake.file.path, size: i.item.size, sha256: i.item.sha256, ledgerSeq: i.intake.ledgerSeq });
    expect(receipt.body).not.toContain('Samira');
    // Logged: the handover now names its receipt's entry, which commits to the receipt's hash.
    const after = JSON.parse((await call('GET', `/cases/${CASE}/handovers/${handover.id}`)).body);
    const entry = (await dossier.ledger.entries({ from: after.receiptSeq })).find((e) => e.seq === after.receiptSeq)!;
    expect(entry).toMatchObject({ action: 'transfer', details: { handover: handover.id, receipt: receipt.headers['x-receipt-sha256'], files: 3 } });

    // Who handed it over is read only with restricted:read, and each read is logged.
    expect((await call('GET', `/cases/${CASE}/handovers/${handover.id}/handed-over-by`, undefined, 'analyst')).statusCode).toBe(403);
    const size = await dossier.ledger.currentSize();
    const who = await call('GET', `/cases/${CASE}/handovers/${handover.id}/handed-over-by`);
    expect(JSON.parse(who.body)).toEqual({ handoverId: handover.id, handedOverBy: 'Dr. Samira H., field hospital' });
    const [read] = await dossier.ledger.entries({ from: size });
    expect(read).toMatchObject({ action: 'view', details: { handover: handover.id, part: 'handedOverBy' } });
    expect(JSON.stringify(read)).not.toContain('Samira');

    if (engine.name === 'sqlite') {
      const log = await runCli(['--data', dossier.config.dataDir, '--json', 'log', 'verify']);
      expect(log.code, log.stdout + log.stderr).toBe(0);
    }
  });

  it('refuses bad fields by name, before reading the file they describe', async () => {
    const handover = await open();
    const good = { path: 'stick/a.txt', modifiedAt: '2016-07-15T09:30:00Z', bytes: 'first file' };
    const cases: [string, { path?: string; modifiedAt?: string; bytes: string }][] = [
      ['path', { path: '', modifiedAt: good.modifiedAt, bytes: 'empty path' }],
      ['path', { path: 'stick/a\u0000b.txt', modifiedAt: good.modifiedAt, bytes: 'NUL in path' }],
      ['path', { path: `stick/${'x'.repeat(4096)}`, modifiedAt: good.modifiedAt, bytes: 'path too long' }],
      ['path', { modifiedAt: good.modifiedAt, bytes: 'no path' }],
      ['modifiedAt', { path: 'stick/b.txt', modifiedAt: 'last Tuesday', bytes: 'words for a time' }],
      ['modifiedAt', { path: 'stick/b.txt', modifiedAt: '2016-02-30T10:00:00Z', bytes: 'a day that does not exist' }],
      ['modifiedAt', { path: 'stick/b.txt', bytes: 'no time' }],
    ];
    for (const [field, file] of cases) {
      const size = await dossier.ledger.currentSize();
      const response = await upload(CASE, folderForm(handover.id, [file]));
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect(await dossier.ledger.currentSize(), `${field}: nothing written`).toBe(size);
    }
    // A path without a handover, or after the last file, describes nothing the intake could keep.
    const loose = new FormData();
    loose.append('path', 'stick/c.txt');
    loose.append('file', new Blob(['loose']), 'c.txt');
    expect(JSON.parse((await upload(CASE, loose)).body)).toMatchObject({ code: 'VALIDATION_FAILED', field: 'handoverId' });
    const trailing = folderForm(handover.id, [good]);
    trailing.append('path', 'stick/after.txt');
    const late = await upload(CASE, trailing);
    expect(late.statusCode).toBe(400);
    expect(JSON.parse(late.body)).toMatchObject({ field: 'path', detail: expect.stringContaining('after 1 file(s) were stored and recorded') });
    // The good file before the bad field stays recorded, alone.
    expect(JSON.parse((await call('GET', `/cases/${CASE}/handovers/${handover.id}`)).body).files.map((f: Json) => f.path)).toEqual(['stick/a.txt']);
  });

  it('answers 404 for another case’s handover, and 403 to an analyst who would add to one', async () => {
    const foreign = await open(OTHER);
    const size = await dossier.ledger.currentSize();
    const into = await upload(CASE, folderForm(foreign.id, [{ path: 'x/y.txt', modifiedAt: '2016-07-15T09:30:00Z', bytes: 'wrong case' }]));
    expect(into.statusCode).toBe(404);
    expect(JSON.parse(into.body)).toMatchObject({ code: 'NOT_FOUND', field: 'handoverId' });
    expect((await call('GET', `/cases/${CASE}/handovers/${foreign.id}`)).statusCode).toBe(404);
    expect((await call('POST', `/cases/${CASE}/handovers/${foreign.id}/receipt`)).statusCode).toBe(404);
    expect((await call('GET', `/cases/${OTHER}/handovers/${foreign.id}`)).statusCode).toBe(404);
    expect(await dossier.ledger.currentSize()).toBe(size);

    const mine = await open();
    expect((await call('POST', `/cases/${CASE}/handovers`, { medium: 'drive' }, 'analyst')).statusCode).toBe(403);
    expect((await call('POST', `/cases/${CASE}/handovers/${mine.id}/receipt`, undefined, 'analyst')).statusCode).toBe(403);
    expect((await upload(CASE, folderForm(mine.id, [{ path: 'x/y.txt', modifiedAt: '2016-07-15T09:30:00Z', bytes: 'analyst' }]), 'analyst')).statusCode).toBe(403);
    expect((await call('GET', `/cases/${CASE}/handovers/${mine.id}`, undefined, 'analyst')).statusCode).toBe(200);
    expect(await dossier.ledger.currentSize()).toBe(size + 1);
  });

  it('refuses unknown fields and words too long when opening a handover', async () => {
    const unknown = await call('POST', `/cases/${CASE}/handovers`, { medium: 'USB', from: 'someone' });
    expect(unknown.statusCode).toBe(400);
    const long = await call('POST', `/cases/${CASE}/handovers`, { note: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(JSON.parse(long.body).field).toMatch(/note/);
  });
});
