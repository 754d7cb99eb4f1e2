/**
 * Every request of a capture passes through here: checked by the network guard, fetched by this process,
 * written to the WARC exactly as received (request and response), and only then handed to the browser. The
 * browser is never given a redirect to follow, because it would follow it on its own, unchecked and
 * unrecorded: each hop is fetched, checked and recorded here, and the browser gets the final response. The
 * page's own address is resolved the same way before the browser is sent to it, so it lands on the final URL.
 */
import type { APIResponse, BrowserContext, Route } from 'playwright-core';
import { DossierError } from '../common/errors.js';
import type { NetworkGuard } from './network-guard.js';
import type { WarcWriter } from './warc-writer.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/** Headers that describe the bytes on the wire, which Playwright hands over decoded. */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length', 'connection', 'keep-alive']);

interface Fetched {
  url: string;
  response: APIResponse;
  body: Buffer;
}

/** Fetches one hop, with the method the hop is made with (a redirect may turn a POST into a GET). */
type FetchOnce = (url: string, method: string) => Promise<APIResponse>;

export class NetworkRecorder {
  bytes = 0;
  requests = 0;
  overLimit = false;
  readonly refused: string[] = [];
  readonly failed: string[] = [];
  private inflight = 0;
  private lastActivity = Date.now();
  /** The page's final response, fetched while resolving its redirects, served once to the browser. */
  private readonly prefetched = new Map<string, Fetched>();

  constructor(
    private readonly warc: WarcWriter,
    private readonly guard: NetworkGuard,
    private readonly maxBytes: number,
    private readonly remaining: () => number,
  ) {}

  async attach(context: BrowserContext): Promise<void> {
    await context.route('**/*', (route) => this.handle(route));
  }

  /** Follows the page address's redirects, recording each hop; returns the address the browser should load. */
  async resolvePage(context: BrowserContext, url: string, userAgent: string): Promise<string> {
    // What is sent is what is recorded (Playwright may add transport headers such as Accept-Encoding).
    const headers: Array<[string, string]> = [
      ['User-Agent', userAgent],
      ['Accept', 'text/html,application/xhtml+xml,*/*;q=0.8'],
    ];
    const fetched = await this.fetchFollowing(
      withoutFragment(url),
      (target) => context.request.fetch(target, { maxRedirects: 0, timeout: this.remaining(), failOnStatusCode: false, headers: Object.fromEntries(headers) }),
      headers,
    );
    this.prefetched.set(fetched.url, fetched);
    return fetched.url;
  }

  /** Resolves once no request has been open for `quietMs`, or after `maxMs`. */
  async settle(quietMs: number, maxMs: number): Promise<void> {
    const until = Date.now() + Math.min(maxMs, this.remaining());
    while (Date.now() < until) {
      if (this.inflight === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = withoutFragment(request.url());
    this.inflight++;
    this.lastActivity = Date.now();
    try {
      const ready = request.isNavigationRequest() ? this.prefetched.get(url) : undefined;
      if (ready) this.prefetched.delete(url);
      const requestHeaders = (await request.headersArray()).map(({ name, value }): [string, string] => [name, value]);
      const fetched =
        ready ??
        (await this.fetchFollowing(
          url,
          (target, method) => route.fetch({ url: target, maxRedirects: 0, timeout: this.remaining(), ...(method === 'GET' && request.method() !== 'GET' && { method: 'GET', postData: undefined }) }),
          requestHeaders,
          request.method(),
          request.postDataBuffer(),
        ));
      await route.fulfill({ status: fetched.response.status(), headers: browserHeaders(fetched.response), body: fetched.body });
    } catch (error) {
      if (error instanceof DossierError && error.code === 'CAPTURE_URL_REFUSED') this.refused.push(`${url}: ${error.message}`);
      else if (!this.overLimit) this.failed.push(`${url}: ${firstLine(error)}`);
      await route.abort(this.overLimit ? 'blockedbyclient' : 'failed').catch(() => undefined);
    } finally {
      this.inflight--;
      this.lastActivity = Date.now();
    }
  }

  private async fetchFollowing(url: string, fetchOnce: FetchOnce, requestHeaders: Array<[string, string]>, method = 'GET', body: Buffer | null = null): Promise<Fetched> {
    let current = url;
    let hopMethod = method;
    let hopBody = body;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (this.overLimit) throw new DossierError('CAPTURE_LIMIT', 'the capture reached its size limit');
      await this.guard.check(current);
      const date = new Date().toISOString();
      const response = await fetchOnce(current, hopMethod);
      const received = await response.body();
      this.count(received.length);
      await this.warc.writeExchange({
        url: current,
        date,
        method: hopMethod,
        requestHeaders,
        requestBody: hopBody,
        status: response.status(),
        statusText: response.statusText(),
        responseHeaders: recordedHeaders(response, received.length),
        responseBody: received,
      });
      const location = response.headers()['location'];
      if (!REDIRECTS.has(response.status()) || !location) return { url: current, response, body: received };
      current = withoutFragment(new URL(location, current).href);
      // As browsers do: 307 and 308 repeat the request; 303 (and 301 or 302 after a POST) become a GET.
      if (response.status() === 303 || ((response.status() === 301 || response.status() === 302) && hopMethod === 'POST')) {
        hopMethod = 'GET';
        hopBody = null;
      }
    }
    throw new DossierError('CAPTURE_FAILED', `${url} redirects more than ${MAX_REDIRECTS} times`, { field: 'url' });
  }

  private count(bytes: number): void {
    this.bytes += bytes;
    this.requests++;
    if (this.bytes > this.maxBytes) {
      this.overLimit = true;
      throw new DossierError('CAPTURE_LIMIT', 'the capture reached its size limit');
    }
  }
}

/** The response's headers as recorded: the body is stored decoded, so the wire headers are kept under other names. */
function recordedHeaders(response: APIResponse, length: number): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const moved: Array<[string, string]> = [];
  for (const { name, value } of response.headersArray()) {
    if (!WIRE_HEADERS.has(name.toLowerCase())) headers.push([name, value]);
    else if (name.toLowerCase() !== 'content-length') moved.push([`X-Dossier-Original-${name}`, value]);
  }
  return [...headers, ...moved, ['Content-Length', String(length)]];
}

function browserHeaders(response: APIResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name, value } of response.headersArray()) {
    if (WIRE_HEADERS.has(name.toLowerCase())) continue;
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/** A fragment is never sent to a server: the address fetched and recorded is the one without it. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export function firstLine(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).split('\n')[0]!.replace(/^[a-zA-Z.]+: /, '');
}
