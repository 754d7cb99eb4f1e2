/**
 * Page capture in Debian's chromium against a site served by the test: what is recorded (every request and
 * response, readable by warcio.js and by our checker, digests holding), what is made of the page (a
 * screenshot that is not blank, a PDF, the text a reader sees, the page's metadata), redirects recorded hop
 * by hop, and the limits: a page that never arrives, a page too large, addresses that are not public.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturePage, DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../src/capture/browser-capture.js';
import { networkGuard, type NetworkGuard } from '../src/capture/network-guard.js';
import { checkWarcFile } from '../src/capture/warc-check.js';
import { browserAvailable } from './support/browser.js';
import { startCaptureSite, type CaptureSite } from './support/capture-site.js';
import { tempDir } from './support/dossier.js';

const settings: CaptureSettings = { ...DEFAULT_CAPTURE_SETTINGS, allowPrivateNetwork: true, timeoutMs: 20_000, quietMs: 300, settleMaxMs: 3_000, loadMaxMs: 5_000 };

interface Exchange {
  type: string;
  uri: string;
  status: number | null;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** The WARC as warcio.js (an independent reader) reads it. */
async function readBack(file: string): Promise<Exchange[]> {
  const records: Exchange[] = [];
  for await (const record of WARCParser.iterRecords(fs.createReadStream(file))) {
    const body = Buffer.from(await record.readFully(false));
    const headers: Array<[string, string]> = record.httpHeaders ? [...record.httpHeaders.headers].map(([name, value]) => [name, value]) : [];
    records.push({ type: record.warcType, uri: record.warcTargetURI ?? '', status: record.httpHeaders?.statusCode ? Number(record.httpHeaders.statusCode) : null, headers, body });
  }
  return records;
}

describe.runIf(browserAvailable())('capturing a page in chromium', () => {
  let site: CaptureSite;
  let work: string;
  const warcFile = (name: string) => path.join(work, `${name}.warc.gz`);

  beforeAll(async () => {
    site = await startCaptureSite();
    work = await tempDir('dossier-capture-');
  });
  afterAll(async () => {
    await site.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('records every request and response of a static page with images, as received, readable by warcio.js', async () => {
    const capture = await capturePage(`${site.origin}/static`, warcFile('static'), settings);
    expect([capture.status, capture.finalUrl]).toEqual([200, `${site.origin}/static`]);
    const records = await readBack(capture.warcFile);
    expect(records[0]!.type).toBe('warcinfo');
    expect(records[0]!.body.toString()).toMatch(/software: Dossier[\s\S]*browser: Chromium \d+/);
    const responses = records.filter((record) => record.type === 'response').map((record) => [new URL(record.uri).pathname, record.status]);
    // What was made of the page is in the archive too, as resource records.
    const made = records.filter((record) => record.type === 'resource');
    expect(made.map((record) => record.uri)).toEqual([`urn:view:${site.origin}/static`, `urn:pdf:${site.origin}/static`, `urn:text:${site.origin}/static`, `urn:dossier:page-metadata:${site.origin}/static`]);
    expect(made[0]!.body.equals(capture.screenshot)).toBe(true);
    expect(made[2]!.body.toString()).toBe(capture.text);
    expect(JSON.parse(made[3]!.body.toString())).toMatchObject({ title: 'Hospital strike in Kafr Nabl', author: 'Field Reporter' });
    expect(responses.sort()).toEqual([['/blue.png', 200], ['/red.png', 200], ['/static', 200], ['/style.css', 200]]);
    expect(records.filter((record) => record.type === 'request')).toHaveLength(4);
    // The page came gzipped: it is stored decoded, and its headers say so, keeping what the server said.
    const page = records.find((record) => record.type === 'response' && record.uri.endsWith('/static'))!;
    expect(page.body.toString()).toContain('Witnesses said the main building was hit twice.');
    expect(page.headers).toContainEqual(['x-dossier-original-content-encoding', 'gzip']);
    const red = records.find((record) => record.type === 'response' && record.uri.endsWith('/red.png'))!;
    expect(PNG.sync.read(red.body).width).toBe(200);
    const check = await checkWarcFile(capture.warcFile);
    expect(check.errors).toEqual([]);
    expect(check.records.filter((record) => record.type === 'response').every((record) => record.blockDigest === 'pass' && record.payloadDigest === 'pass')).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(capture.warcFile)).length).toBeGreaterThan(check.bytes);
  });

  it('makes a full-page screenshot that shows the page (not blank), a PDF, the visible text and the metadata', async () => {
    const capture = await capturePage(`${site.origin}/static`, warcFile('static-outputs'), settings);
    const png = PNG.sync.read(capture.screenshot);
    expect(png.width).toBe(settings.viewport.width);
    const colours = new Set<number>();
    let red = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
      if (png.data[i] === 200 && png.data[i + 1] === 30 && png.data[i + 2] === 30) red++;
    }
    expect(colours.size).toBeGreaterThan(10);
    expect(red).toBeGreaterThanOrEqual(200 * 120 * 0.9);
    expect(capture.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(capture.text).toContain('Strike on the hospital');
    expect(capture.metadata).toMatchObject({
      title: 'Hospital strike in Kafr Nabl',
      author: 'Field Reporter',
      publishedTime: '2019-05-05T08:30:00Z',
      canonicalUrl: 'https://news.example/strike',
      language: 'en',
      openGraph: { 'og:title': 'Strike on the hospital' },
    });
    expect(capture.metadata.media.map((media) => new URL(media.url).pathname)).toEqual(['/red.png', '/blue.png']);
  });

  it('captures what a script renders, and the data it fetched', async () => {
    const capture = await capturePage(`${site.origin}/script`, warcFile('script'), settings);
    expect(capture.text).toContain('Casualties reported: 14');
    const records = await readBack(capture.warcFile);
    const api = records.find((record) => record.type === 'response' && record.uri.endsWith('/api/casualties'))!;
    expect(JSON.parse(api.body.toString())).toEqual({ count: 14 });
  });

  it('scrolls, so a lazy image far down is loaded and recorded', async () => {
    const capture = await capturePage(`${site.origin}/lazy`, warcFile('lazy'), settings);
    const records = await readBack(capture.warcFile);
    expect(records.some((record) => record.type === 'response' && record.uri.endsWith('/blue.png?lazy=1'))).toBe(true);
  });

  it('records a redirect chain hop by hop and lands on the final page', async () => {
    const capture = await capturePage(`${site.origin}/redirect/1`, warcFile('redirect'), settings);
    expect(capture.finalUrl).toBe(`${site.origin}/static`);
    const records = await readBack(capture.warcFile);
    const hops = records.filter((record) => record.type === 'response').slice(0, 3).map((record) => [new URL(record.uri).pathname, record.status]);
    expect(hops).toEqual([['/redirect/1', 302], ['/redirect/2', 301], ['/static', 200]]);
    expect(capture.text).toContain('Witnesses said');
  });

  it('captures a 404 as it was served: the removal is itself evidence', async () => {
    const capture = await capturePage(`${site.origin}/gone-post`, warcFile('missing'), settings);
    expect(capture.status).toBe(404);
    expect(capture.text).toContain('This post has been removed.');
  });

  it('gives up on a page that never finishes arriving, within the time limit, saying so', async () => {
    const started = Date.now();
    await expect(capturePage(`${site.origin}/never`, warcFile('never'), { ...settings, timeoutMs: 4_000 })).rejects.toMatchObject({
      code: 'CAPTURE_LIMIT',
      message: expect.stringMatching(/\/never was not captured within the capture's 4 s/),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("holds the time limit when a loaded page's script never yields again", async () => {
    const started = Date.now();
    await expect(capturePage(`${site.origin}/busy`, warcFile('busy'), { ...settings, timeoutMs: 5_000 })).rejects.toMatchObject({ code: 'CAPTURE_LIMIT', message: expect.stringMatching(/\/busy was not captured within the capture's 5 s/) });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops a capture that needs more than its size limit, saying so', async () => {
    await expect(capturePage(`${site.origin}/large`, warcFile('large'), { ...settings, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'CAPTURE_LIMIT',
      message: expect.stringMatching(/needs more than the capture's limit of 1 MiB/),
    });
  });

  // The site stands in for the public internet (127.0.0.1 let through); its other name, localhost, for the inside.
  const publicOnly: NetworkGuard = { check: (url) => (new URL(url).hostname === '127.0.0.1' ? Promise.resolve() : networkGuard({ allowPrivateNetwork: false }).check(url)) };

  it('refuses and leaves out a resource at a private address that a public page asks for', async () => {
    const capture = await capturePage(`${site.origin}/leak`, warcFile('leak'), settings, publicOnly);
    expect(capture.refused).toEqual([expect.stringMatching(/^http:\/\/localhost:\d+\/red\.png\?private=1: .*leads to a loopback address/)]);
    const records = await readBack(capture.warcFile);
    expect(records.filter((record) => record.uri.includes('localhost'))).toEqual([]);
    expect(site.requested).not.toContain('/red.png?private=1');
  });

  it('refuses a redirect hop to a private address, and does not follow it', async () => {
    const before = site.requested.length;
    await expect(capturePage(`${site.origin}/to-private`, warcFile('to-private'), settings, publicOnly)).rejects.toMatchObject({ code: 'CAPTURE_URL_REFUSED', message: expect.stringMatching(/localhost.*loopback/) });
    expect(site.requested.slice(before)).toEqual(['/to-private']);
  });

  it('records the page without the fragment of its address, once', async () => {
    const capture = await capturePage(`${site.origin}/static#comment-3`, warcFile('fragment'), settings);
    const pages = (await readBack(capture.warcFile)).filter((record) => record.type === 'response' && record.uri.includes('/static'));
    expect(pages.map((record) => record.uri)).toEqual([`${site.origin}/static`]);
  });

  it('refuses a loopback page unless private networks are allowed, before starting a browser', async () => {
    await expect(capturePage(`${site.origin}/static`, warcFile('refused'), { ...settings, allowPrivateNetwork: false })).rejects.toMatchObject({ code: 'CAPTURE_URL_REFUSED', details: { field: 'url' } });
    expect(fs.existsSync(warcFile('refused'))).toBe(false);
  });
});

describe('the network guard', () => {
  const guard = networkGuard({ allowPrivateNetwork: false });

  it('refuses other schemes, credentials in the URL, and every kind of non-public address', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/', 'javascript:alert(1)', 'not a url', 'http://user:secret@example.org/']) {
      await expect(guard.check(url), url).rejects.toMatchObject({ code: 'CAPTURE_URL_REFUSED' });
    }
    for (const url of ['http://127.0.0.1/', 'http://10.1.2.3/', 'http://192.168.0.1/', 'http://172.16.5.4/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[fd00::1]/', 'http://0.0.0.0/', 'http://100.64.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://localhost:8080/']) {
      await expect(guard.check(url), url).rejects.toMatchObject({ code: 'CAPTURE_URL_REFUSED', message: expect.stringMatching(/address/) });
    }
  });

  it('lets public addresses through, and everything when an operator allows private networks', async () => {
    await expect(guard.check('https://93.184.215.14/page')).resolves.toBeUndefined();
    await expect(guard.check('http://[2606:4700::6810:84e5]/')).resolves.toBeUndefined();
    await expect(networkGuard({ allowPrivateNetwork: true }).check('http://127.0.0.1:9/')).resolves.toBeUndefined();
  });
});
