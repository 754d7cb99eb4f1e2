/**
 * Reads a WARC file (plain, or gzip with one record per member) from end to end and says what holds: each
 * record's fields and digests, and the file's framing. It never throws on a bad archive; everything found is
 * in the result, each finding with the offset of its record, so a report can point into the file.
 */
import fs from 'node:fs';
import { GzipError, gzipMembers, isGzip } from './gzip-members.js';
import { WarcRecordCheck, type PayloadWanted, type WarcFinding, type WarcRecordSummary } from './warc-record-check.js';
import { WarcScanner, type WarcProblem } from './warc-scanner.js';

export type { WarcFinding, WarcRecordSummary } from './warc-record-check.js';

export interface WarcCheck {
  compression: 'gzip' | 'none';
  records: WarcRecordSummary[];
  /** Every error: of the file's framing and of each record. */
  errors: WarcFinding[];
  warnings: WarcFinding[];
  valid: boolean;
  bytes: number;
}

export interface WarcCheckOptions {
  /** Payloads to keep (pages' HTML, for their text), handed over as each record ends. */
  payloads?: PayloadWanted & { receive(summary: WarcRecordSummary, payload: Buffer): void };
  onProgress?: (bytesRead: number) => void;
}

export async function checkWarcFile(file: string, options: WarcCheckOptions = {}): Promise<WarcCheck> {
  return checkWarcStream(fs.createReadStream(file, { highWaterMark: 1 << 20 }), options);
}

export async function checkWarcStream(source: AsyncIterable<Uint8Array>, options: WarcCheckOptions = {}): Promise<WarcCheck> {
  const reading = new WarcReading(options);
  const counted = countBytes(source, (bytes) => {
    reading.bytes = bytes;
    options.onProgress?.(bytes);
  });
  const iterator = counted[Symbol.asyncIterator]();
  // Enough bytes to tell gzip (1f 8b) from a plain file, whatever the name says.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  while (headBytes < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    headBytes += next.value.length;
  }
  if (headBytes === 0) {
    reading.fileError('WARC_EMPTY', 'the file is empty', 0);
    return reading.result('none');
  }
  const first = Buffer.concat(head);
  const rest = resume(first, iterator);
  if (!isGzip(first)) {
    for await (const bytes of rest) reading.scanner.push(bytes);
    reading.scanner.end();
    return reading.result('none');
  }
  try {
    for await (const event of gzipMembers(rest)) {
      if (event.kind === 'data') reading.scanner.push(event.bytes);
      else reading.memberEnded(event.offset, event.length);
    }
    reading.scanner.end();
  } catch (error) {
    if (!(error instanceof GzipError)) throw error;
    reading.scanner.end();
    reading.fileError('GZIP_DAMAGED', error.message, error.offset);
    // The rest is still read (and counted), so a caller hashing the same stream sees all of it, and it closes.
    for (let next = await iterator.next(); !next.done; next = await iterator.next());
  }
  return reading.result('gzip');
}

class WarcReading {
  readonly records: WarcRecordSummary[] = [];
  readonly fileFindings: WarcFinding[] = [];
  readonly scanner: WarcScanner;
  bytes = 0;
  private current: WarcRecordCheck | null = null;
  private reportedFraming = false;

  constructor(private readonly options: WarcCheckOptions) {
    this.scanner = new WarcScanner({
      record: (head) => {
        this.current = new WarcRecordCheck(this.records.length, head, options.payloads);
        this.records.push(this.current.summary);
      },
      block: (bytes) => this.current?.write(bytes),
      recordEnd: (terminated) => this.endRecord(terminated),
      problem: (problem) => this.problem(problem),
    });
  }

  fileError(code: string, message: string, offset: number): void {
    this.fileFindings.push({ code, level: 'error', message, offset });
  }

  /** In a .warc.gz each member holds one whole record: its offset and length are the record's. */
  memberEnded(offset: number, length: number): void {
    this.scanner.memberEnd();
    const started = this.scanner.takeStarted();
    const last = this.records[this.records.length - 1];
    if (started === 1 && this.scanner.atBoundary && last) {
      last.offset = offset;
      last.length = length;
      for (const finding of last.findings) finding.offset = offset;
      return;
    }
    if (this.reportedFraming) return;
    this.reportedFraming = true;
    const what = started === 0 ? 'holds no start of a record' : started > 1 ? `holds ${started} records` : 'ends inside a record';
    this.fileError('GZIP_NOT_PER_RECORD', `the gzip member at offset ${offset} ${what}: a WARC.gz must hold one record per gzip member, so its records cannot be indexed or read one by one (recompress it record by record)`, offset);
  }

  result(compression: 'gzip' | 'none'): WarcCheck {
    const all = [...this.fileFindings, ...this.records.flatMap((record) => record.findings)];
    const errors = all.filter((finding) => finding.level === 'error');
    if (this.records.length === 0 && errors.length === 0) errors.push({ code: 'WARC_NO_RECORDS', level: 'error', message: 'the file holds no WARC record', offset: 0 });
    return { compression, records: this.records, errors, warnings: all.filter((finding) => finding.level === 'warning'), valid: errors.length === 0, bytes: this.bytes };
  }

  private endRecord(terminated: boolean): void {
    const check = this.current;
    if (!check) return;
    this.current = null;
    const summary = check.summary;
    // Uncompressed: from the record's first byte to the end of its block (the trailing CRLF CRLF excluded).
    const blockEnd = this.scanner.offset - (terminated ? 4 : 0);
    const payload = check.finish(blockEnd - summary.offset, terminated);
    if (payload && this.options.payloads) this.options.payloads.receive(summary, payload);
  }

  private problem(problem: WarcProblem): void {
    const finding: WarcFinding = { ...problem };
    const record = this.records.find((summary) => summary.offset === problem.offset);
    (record ? record.findings : this.fileFindings).push(finding);
  }
}

async function* countBytes(source: AsyncIterable<Uint8Array>, report: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    report(total);
    yield chunk;
  }
}

async function* resume(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
