/**
 * Captures one web page with Debian's chromium, headless, through playwright-core. Every request the page
 * makes goes through the network recorder (checked, fetched, written to the WARC, then handed over), so the
 * archive holds what the browser rendered. The page is scrolled to wake lazy content, left to settle for a
 * bounded time, and photographed (full-page PNG), printed (PDF), read (visible text) and described (title,
 * canonical URL, author, publication time, Open Graph tags, media links).
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { DossierError } from '../common/errors.js';
import { networkGuard, parseCaptureUrl, type NetworkGuard } from './network-guard.js';
import { firstLine, NetworkRecorder } from './network-recorder.js';
import { readPageMetadata, scrollOneScreen, scrollToTop, visibleText, type PageMetadata } from './page-metadata.js';
import { WarcWriter } from './warc-writer.js';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

export interface CaptureSettings {
  /** The whole capture, from launch to the last file. */
  timeoutMs: number;
  /** All responses together. */
  maxBytes: number;
  /** How long the network must be quiet before the page counts as settled, and the most to wait for that. */
  quietMs: number;
  settleMaxMs: number;
  /** The most to wait for the page's load event once its document has arrived. */
  loadMaxMs: number;
  viewport: { width: number; height: number };
  allowPrivateNetwork: boolean;
}

export const DEFAULT_CAPTURE_SETTINGS: CaptureSettings = {
  timeoutMs: 90_000,
  maxBytes: 256 * 1024 * 1024,
  quietMs: 1_000,
  settleMaxMs: 10_000,
  loadMaxMs: 30_000,
  viewport: { width: 1280, height: 900 },
  allowPrivateNetwork: false,
};

export interface PageCapture {
  url: string;
  finalUrl: string;
  status: number | null;
  startedAt: string;
  endedAt: string;
  browserVersion: string;
  warcFile: string;
  screenshot: Buffer;
  pdf: Buffer;
  text: string;
  metadata: PageMetadata;
  requests: number;
  bytes: number;
  /** Requests refused (non-public addresses) or failed, for the capture's record. */
  refused: string[];
  failed: string[];
  /** What the record should say about how the capture went (a page that never finished loading, say). */
  notes: string[];
}

export async function capturePage(url: string, warcFile: string, settings: CaptureSettings = DEFAULT_CAPTURE_SETTINGS, guard: NetworkGuard = networkGuard({ allowPrivateNetwork: settings.allowPrivateNetwork })): Promise<PageCapture> {
  parseCaptureUrl(url);
  await guard.check(url);
  const deadline = Date.now() + settings.timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const startedAt = new Date().toISOString();
  const notes: string[] = [];
  let browser: Browser | undefined;
  let warc: WarcWriter | undefined;
  // The time limit holds whatever the page does (a script that never yields, say): at the deadline the browser
  // is closed, and whatever was waiting on it fails.
  let overtime = false;
  const limit = setTimeout(() => {
    overtime = true;
    void browser?.close().catch(() => undefined);
  }, settings.timeoutMs);
  const overtimeError = () => failure('CAPTURE_LIMIT', `${url} was not captured within the capture's ${Math.round(settings.timeoutMs / 1000)} s`);
  try {
    if (!fs.existsSync(CHROMIUM)) throw failure('CAPTURE_FAILED', `web pages are captured with Debian's chromium, which is not installed here (apt-get install chromium)`);
    // Loaded here: every other command of the CLI starts without the browser driver.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: remaining() });
    const browserVersion = `Chromium ${browser.version()}`;
    warc = await WarcWriter.create(warcFile, {
      browser: browserVersion,
      'capture-settings': JSON.stringify({ ...settings, url }),
      description: `Capture of ${url} started ${startedAt}`,
    });
    const context = await browser.newContext({ viewport: settings.viewport, serviceWorkers: 'block', acceptDownloads: false });
    const network = new NetworkRecorder(warc, guard, settings.maxBytes, remaining);
    await network.attach(context);
    // WebSockets bypass request interception: they are refused, and the record says when a page tried one.
    await context.routeWebSocket(/.*/, (socket) => {
      notes.push(`a WebSocket to ${socket.url().slice(0, 200)} was refused (not recorded by this capture)`);
      void socket.close({ code: 1008, reason: 'not captured' }).catch(() => undefined);
    });
    const page = await context.newPage();
    page.setDefaultTimeout(remaining());
    const tooLarge = () => failure('CAPTURE_LIMIT', `${url} needs more than the capture's limit of ${Math.round(settings.maxBytes / 1048576)} MiB`);
    const response = await arriveAt(page, context, network, url, settings, remaining).catch((error: unknown) => {
      throw network.overLimit ? tooLarge() : error;
    });
    // A page whose scripts never let it finish is still captured as it stands, and the record says so.
    await page.waitForLoadState('load', { timeout: Math.min(remaining(), settings.loadMaxMs) }).catch(() => notes.push(`the page had not finished loading after ${Math.round(settings.loadMaxMs / 1000)} s; captured as it stood`));
    await scrollThrough(page, Math.min(remaining(), 15_000));
    await network.settle(settings.quietMs, settings.settleMaxMs);
    if (network.overLimit) throw tooLarge();
    const screenshot = await page.screenshot({ fullPage: true, type: 'png', timeout: remaining() });
    const pdf = await page.pdf({ printBackground: true, format: 'A4' });
    const text = await visibleText(page);
    const metadata = await readPageMetadata(page);
    await context.close();
    const finalUrl = page.url();
    await keepOutputs(warc, finalUrl, { screenshot, pdf, text, metadata: { ...metadata, notes, refused: network.refused, failed: network.failed } });
    await warc.close();
    return {
      url,
      finalUrl,
      status: response?.status() ?? null,
      startedAt,
      endedAt: new Date().toISOString(),
      browserVersion,
      warcFile,
      screenshot,
      pdf,
      text,
      metadata,
      requests: network.requests,
      bytes: network.bytes,
      refused: network.refused,
      failed: network.failed,
      notes,
    };
  } catch (error) {
    await warc?.abandon();
    throw overtime && !(error instanceof DossierError && error.code === 'CAPTURE_URL_REFUSED') ? overtimeError() : error;
  } finally {
    clearTimeout(limit);
    await browser?.close().catch(() => undefined);
  }
}

/** Resolves the address's redirects (recorded by the recorder) and sends the page to the final one. */
async function arriveAt(page: Page, context: BrowserContext, network: NetworkRecorder, url: string, settings: CaptureSettings, remaining: () => number): Promise<Response | null> {
  const notArrived = () => failure('CAPTURE_LIMIT', `${url} was not captured within the capture's ${Math.round(settings.timeoutMs / 1000)} s: it did not arrive`);
  // No deadline of its own: the capture's limit closes the browser, which ends whatever is waiting here.
  try {
    const finalUrl = await network.resolvePage(context, url, (await page.evaluate('navigator.userAgent')) as string);
    // 'commit': the document has arrived (the recorder fulfils it whole, once recorded).
    return await page.goto(finalUrl, { waitUntil: 'commit', timeout: remaining() });
  } catch (error) {
    if (error instanceof DossierError) throw error;
    // The page's own timeout, or the request's (Playwright words it differently for each).
    if ((error as Error).name === 'TimeoutError' || /time(d)? ?out/i.test((error as Error).message ?? '')) throw notArrived();
    throw failure('CAPTURE_FAILED', `${url} could not be loaded: ${firstLine(error)}`);
  }
}

/** What was made of the page goes into the archive too (under the URN forms replay tools know), so it stands alone. */
async function keepOutputs(warc: WarcWriter, finalUrl: string, outputs: { screenshot: Buffer; pdf: Buffer; text: string; metadata: object }): Promise<void> {
  const madeAt = new Date().toISOString();
  await warc.writeResource(`urn:view:${finalUrl}`, madeAt, 'image/png', outputs.screenshot);
  await warc.writeResource(`urn:pdf:${finalUrl}`, madeAt, 'application/pdf', outputs.pdf);
  await warc.writeResource(`urn:text:${finalUrl}`, madeAt, 'text/plain; charset=utf-8', Buffer.from(outputs.text, 'utf8'));
  await warc.writeResource(`urn:dossier:page-metadata:${finalUrl}`, madeAt, 'application/json', Buffer.from(JSON.stringify(outputs.metadata), 'utf8'));
}

/** Scrolls a screen at a time to the bottom (lazy images, infinite lists start loading), then back to the top. */
async function scrollThrough(page: Page, budgetMs: number): Promise<void> {
  const until = Date.now() + budgetMs;
  for (let step = 0; step < 50 && Date.now() < until; step++) {
    const atBottom = await scrollOneScreen(page);
    await page.waitForTimeout(150);
    if (atBottom) break;
  }
  await scrollToTop(page);
}

function failure(code: 'CAPTURE_LIMIT' | 'CAPTURE_FAILED', message: string): DossierError {
  return new DossierError(code, message, { field: 'url' });
}
