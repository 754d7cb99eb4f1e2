/**
 * Writes a WARC/1.1 file, one gzip member per record, with warcio.js (the reference library of the web
 * archiving community): warcinfo first, then request and response records as a capture sees them, each with
 * SHA-256 block and payload digests. Records are appended in the order they are given, one at a time.
 */
import fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { WARCRecord, WARCSerializer } from 'warcio';

export const SOFTWARE = 'Dossier 0.1.0';

export interface HttpExchange {
  url: string;
  /** When the request was sent (ISO 8601). */
  date: string;
  method: string;
  requestHeaders: Array<[string, string]>;
  requestBody: Uint8Array | null;
  status: number;
  statusText: string;
  responseHeaders: Array<[string, string]>;
  responseBody: Uint8Array;
}

export class WarcWriter {
  private queue: Promise<unknown> = Promise.resolve();
  private bytes = 0;
  private records = 0;

  private constructor(
    readonly file: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async create(file: string, info: Record<string, string>): Promise<WarcWriter> {
    const handle = await fs.open(file, 'wx', 0o600);
    const writer = new WarcWriter(file, handle);
    await writer.append(WARCRecord.createWARCInfo({ filename: file.split('/').pop() ?? 'capture.warc.gz', warcVersion: 'WARC/1.1' }, { software: SOFTWARE, format: 'WARC File Format 1.1', conformsTo: 'https://iso.org/standard/68004.html', ...info }));
    return writer;
  }

  get size(): number {
    return this.bytes;
  }

  get count(): number {
    return this.records;
  }

  /** A request and its response, linked by WARC-Concurrent-To. */
  writeExchange(exchange: HttpExchange): Promise<void> {
    const responseId = `<urn:uuid:${randomUUID()}>`;
    const target = new URL(exchange.url);
    const response = WARCRecord.create(
      {
        url: exchange.url,
        date: exchange.date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-Record-ID': responseId },
        statusline: `HTTP/1.1 ${exchange.status} ${exchange.statusText || 'Status'}`.trim(),
        httpHeaders: exchange.responseHeaders,
      },
      [exchange.responseBody],
    );
    const request = WARCRecord.create(
      {
        url: exchange.url,
        date: exchange.date,
        type: 'request',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-Concurrent-To': responseId },
        statusline: `${exchange.method} ${target.pathname}${target.search} HTTP/1.1`,
        httpHeaders: exchange.requestHeaders,
      },
      exchange.requestBody ? [exchange.requestBody] : [],
    );
    return this.enqueue(async () => {
      await this.append(response);
      await this.append(request);
    });
  }

  /** A record of something made during the capture (a screenshot, say), stored as it is. */
  writeResource(url: string, date: string, contentType: string, body: Uint8Array): Promise<void> {
    const record = WARCRecord.create({ url, date, type: 'resource', warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': contentType } }, [body]);
    return this.enqueue(() => this.append(record));
  }

  /** Waits for every record given so far, flushes the file to disk and closes it. */
  async close(): Promise<void> {
    await this.queue;
    await this.handle.sync();
    await this.handle.close();
  }

  /** Closes without flushing, for a capture that is abandoned (the caller removes the file). */
  async abandon(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.handle.close().catch(() => undefined);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async append(record: WARCRecord): Promise<void> {
    const bytes = await WARCSerializer.serialize(record, { gzip: true, digest: { algo: 'sha-256', prefix: 'sha256:', base32: false } });
    await this.handle.write(bytes);
    this.bytes += bytes.length;
    this.records++;
  }
}
