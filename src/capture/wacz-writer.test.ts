import { createHash, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WARCParser } from 'warcio';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWaczFile } from './wacz-check.js';
import { cdxj, writeWacz } from './wacz-writer.js';
import { checkWarcFile } from './warc-check.js';
import { WarcWriter } from './warc-writer.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-wacz-writer-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function sampleWarc(name: string): Promise<string> {
  const file = path.join(work, name);
  const writer = await WarcWriter.create(file, { 'http-header-user-agent': 'test' });
  const html = Buffer.from('<html><head><title>Hospital struck</title></head><body>Shelling hit the hospital at 04:10.</body></html>');
  await writer.writeExchange({
    url: 'https://example.org/report?id=7',
    date: '2026-12-02T05:00:00.123Z',
    method: 'GET',
    requestHeaders: [['User-Agent', 'test'], ['Accept', 'text/html']],
    requestBody: null,
    status: 200,
    statusText: 'OK',
    responseHeaders: [['Content-Type', 'text/html; charset=utf-8'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['Content-Length', String(html.length)]],
    responseBody: html,
  });
  await writer.writeResource('urn:dossier:screenshot:https://example.org/report?id=7', '2026-12-02T05:00:01Z', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writer.close();
  return file;
}

describe('the WARC and WACZ writers', () => {
  it('write a WARC that both warcio.js and our checker read, digests and all', async () => {
    const file = await sampleWarc('one.warc.gz');
    const types: string[] = [];
    for await (const record of WARCParser.iterRecords(fs.createReadStream(file))) {
      types.push(record.warcType);
      await record.skipFully();
    }
    expect(types).toEqual(['warcinfo', 'response', 'request', 'resource']);
    const check = await checkWarcFile(file);
    expect(check.errors).toEqual([]);
    expect(check.compression).toBe('gzip');
    const response = check.records[1]!;
    expect([response.version, response.http?.status, response.blockDigest, response.payloadDigest]).toEqual(['WARC/1.1', 200, 'pass', 'pass']);
    expect(response.http?.headers.filter(([name]) => name.toLowerCase() === 'set-cookie').map(([, value]) => value)).toEqual(['a=1', 'b=2']);
    expect(check.records[2]!.findings).toEqual([]);
  });

  it('package a signed WACZ that our checker verifies, naming the key', async () => {
    const warc = await sampleWarc('two.warc.gz');
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const out = path.join(work, 'capture.wacz');
    const written = await writeWacz(out, { warcFile: warc, created: '2026-12-02T05:00:02Z', pages: [{ url: 'https://example.org/report?id=7', ts: '2026-12-02T05:00:00Z', title: 'Hospital struck', text: 'Shelling hit the hospital at 04:10.' }], signingKey: privateKey });
    expect(written.signed).toBe(true);
    const check = await checkWaczFile(out);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    const fingerprint = createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex');
    expect(check.signature).toMatchObject({ status: 'verified', signer: `public key sha256:${fingerprint}` });
    expect(check.pages).toEqual([{ url: 'https://example.org/report?id=7', ts: '2026-12-02T05:00:00Z', title: 'Hospital struck', text: 'Shelling hit the hospital at 04:10.' }]);
    expect(check.files.map((file) => file.path).sort()).toEqual(['archive/two.warc.gz', 'indexes/index.cdxj', 'pages/pages.jsonl']);
    expect(fs.readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('indexes the response and the resource in CDXJ by SURT key, with offsets that point at them', async () => {
    const warc = await sampleWarc('three.warc.gz');
    const out = path.join(work, 'unsigned.wacz');
    await writeWacz(out, { warcFile: warc, created: '2026-12-02T05:00:02Z', pages: [] });
    const check = await checkWarcFile(warc);
    const lines = cdxj(check.records, 'three.warc.gz').trim().split('\n');
    expect(lines[0]).toMatch(/^org,example\)\/report\?id=7 20261202050000 \{"url":"https:\/\/example.org\/report\?id=7","mime":"text\/html","status":"200","digest":"sha256:[0-9a-f]{64}",/);
    const response = check.records.find((record) => record.type === 'response')!;
    expect(JSON.parse(lines[0]!.split(' ').slice(2).join(' '))).toMatchObject({ offset: String(response.offset), length: String(response.length) });
    expect((await checkWaczFile(out)).signature).toBe('unsigned');
  });
});
