/**
 * A push parser of WARC records (ISO 28500, WARC/1.0 and 1.1): header fields, then exactly Content-Length
 * bytes of block, then CRLF CRLF. It is written for checking archives made by others, so it reports what it
 * meets instead of guessing: a record whose Content-Length is wrong is named, and reading goes on at the next
 * line that starts a record. Bytes are pushed in as they are read; blocks are passed on in pieces, never
 * held whole.
 */

export interface WarcRecordHead {
  /** Offset of the record's first byte in the (uncompressed) stream. */
  offset: number;
  version: string;
  /** Fields in their order, names as written. */
  fields: Array<[string, string]>;
  /** Content-Length as written (null when missing or not a number: the block is then taken as empty). */
  contentLength: number | null;
}

export interface WarcProblem {
  code: string;
  level: 'error' | 'warning';
  message: string;
  offset: number;
}

export interface WarcScanHandler {
  record(head: WarcRecordHead): void;
  block(bytes: Uint8Array): void;
  /** The block ended; `terminated` is false when CRLF CRLF did not follow it. */
  recordEnd(terminated: boolean): void;
  problem(problem: WarcProblem): void;
}

const MAX_HEADER_BYTES = 1 << 20;
const CR = 13;
const LF = 10;
const RECORD_START = new TextEncoder().encode('WARC/');

type State = 'between' | 'header' | 'block' | 'trailer' | 'resync';

export class WarcScanner {
  private state: State = 'between';
  private position = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private recordOffset = 0;
  private blockLeft = 0;
  private trailerLineFeeds = 0;
  private trailerReturns = 0;
  private lineStart = true;
  /** Records whose header was read since the last call of `takeStarted`. */
  private started = 0;

  constructor(private readonly handler: WarcScanHandler) {}

  /** True between records: the last record and its CRLF CRLF are complete. */
  get atBoundary(): boolean {
    return this.state === 'between';
  }

  get offset(): number {
    return this.position;
  }

  takeStarted(): number {
    const count = this.started;
    this.started = 0;
    return count;
  }

  push(bytes: Uint8Array): void {
    let index = 0;
    while (index < bytes.length) {
      switch (this.state) {
        case 'between':
          // Blank lines between records are tolerated (some writers add them); anything else starts a header.
          if (bytes[index] === CR || bytes[index] === LF) {
            index++;
            this.position++;
          } else {
            this.state = 'header';
            this.recordOffset = this.position;
          }
          break;
        case 'header':
          index = this.readHeader(bytes, index);
          break;
        case 'block': {
          const take = Math.min(this.blockLeft, bytes.length - index);
          if (take > 0) this.handler.block(bytes.subarray(index, index + take));
          index += take;
          this.position += take;
          this.blockLeft -= take;
          if (this.blockLeft === 0) this.state = 'trailer';
          break;
        }
        case 'trailer':
          index = this.readTrailer(bytes, index);
          break;
        case 'resync':
          index = this.skipToRecordStart(bytes, index);
          break;
      }
    }
  }

  /** Call at the end of input (or of a gzip member that must hold whole records). */
  end(): void {
    if (this.state === 'header' && this.pendingBytes > 0) {
      this.problem('RECORD_TRUNCATED', `the input ends inside the header of the record at offset ${this.recordOffset}`);
    } else if (this.state === 'block') {
      this.problem('RECORD_TRUNCATED', `the input ends ${this.blockLeft} bytes before the end of the record at offset ${this.recordOffset} (its Content-Length is more than there is)`);
      this.handler.recordEnd(false);
    } else if (this.state === 'trailer') {
      this.problem('RECORD_NOT_TERMINATED', `the record at offset ${this.recordOffset} is not followed by CRLF CRLF`);
      this.handler.recordEnd(false);
    }
    this.state = 'between';
    this.pending = [];
    this.pendingBytes = 0;
  }

  private readHeader(bytes: Uint8Array, from: number): number {
    const end = findHeaderEnd(this.pending, bytes, from);
    const until = end === -1 ? bytes.length : end;
    this.pending.push(bytes.subarray(from, until));
    this.pendingBytes += until - from;
    this.position += until - from;
    if (end === -1) {
      if (this.pendingBytes > MAX_HEADER_BYTES) {
        this.problem('HEADER_TOO_LONG', `the record header at offset ${this.recordOffset} runs past ${MAX_HEADER_BYTES} bytes without an empty line`);
        this.pending = [];
        this.pendingBytes = 0;
        this.state = 'resync';
        this.lineStart = false;
      }
      return bytes.length;
    }
    const header = Buffer.concat(this.pending).toString('utf8');
    this.pending = [];
    this.pendingBytes = 0;
    this.startRecord(header);
    return until;
  }

  private startRecord(header: string): void {
    if (!header.endsWith('\r\n\r\n')) this.problem('LINE_ENDINGS', `the header of the record at offset ${this.recordOffset} ends its lines in bare line feeds, not CRLF`, 'warning');
    const lines = header.replace(/\r?\n\r?\n$/, '').split(/\r?\n/);
    const version = (lines.shift() ?? '').trim();
    if (!/^WARC\/\d+\.\d+$/.test(version)) {
      this.problem('NOT_A_RECORD', `expected a record starting "WARC/1.x" at offset ${this.recordOffset}, found ${JSON.stringify(version.slice(0, 40))}`);
      this.state = 'resync';
      this.lineStart = true;
      return;
    }
    const fields: Array<[string, string]> = [];
    for (const line of lines) {
      const last = fields[fields.length - 1];
      if (/^[ \t]/.test(line) && last) {
        last[1] = `${last[1]} ${line.trim()}`;
        continue;
      }
      const colon = line.indexOf(':');
      if (colon <= 0) {
        this.problem('FIELD_MALFORMED', `a header line of the record at offset ${this.recordOffset} has no "name: value": ${JSON.stringify(line.slice(0, 60))}`);
        continue;
      }
      fields.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    const lengthText = fields.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
    const contentLength = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : null;
    this.started++;
    this.handler.record({ offset: this.recordOffset, version, fields, contentLength });
    this.blockLeft = contentLength ?? 0;
    this.trailerLineFeeds = 0;
    this.trailerReturns = 0;
    this.state = this.blockLeft > 0 ? 'block' : 'trailer';
  }

  /** CRLF CRLF after the block; LF LF (careless writers) is read with a warning. */
  private readTrailer(bytes: Uint8Array, from: number): number {
    let index = from;
    while (index < bytes.length && this.trailerLineFeeds < 2) {
      const byte = bytes[index];
      if (byte !== CR && byte !== LF) {
        this.problem('RECORD_NOT_TERMINATED', `the record at offset ${this.recordOffset} is not followed by CRLF CRLF at offset ${this.position}: its Content-Length does not match its block`);
        this.handler.recordEnd(false);
        this.state = 'resync';
        this.lineStart = this.trailerLineFeeds > 0;
        return index;
      }
      if (byte === LF) this.trailerLineFeeds++;
      else this.trailerReturns++;
      index++;
      this.position++;
    }
    if (this.trailerLineFeeds === 2) {
      if (this.trailerReturns !== 2) this.problem('LINE_ENDINGS', `the record at offset ${this.recordOffset} ends in bare line feeds, not CRLF CRLF`, 'warning');
      this.handler.recordEnd(true);
      this.state = 'between';
    }
    return index;
  }

  /**
   * A gzip member ended. Some writers count the closing CRLF CRLF inside Content-Length, so a member can end
   * right after the block: the record is whole, and that is said as a warning.
   */
  memberEnd(): void {
    if (this.state !== 'trailer' || this.trailerLineFeeds > 0 || this.trailerReturns > 0) return;
    this.problem('RECORD_TRAILER_MISSING', `the record at offset ${this.recordOffset} has no CRLF CRLF after its block; its gzip member ends there`, 'warning');
    this.handler.recordEnd(true);
    this.state = 'between';
  }

  private problem(code: string, message: string, level: 'error' | 'warning' = 'error'): void {
    this.handler.problem({ code, message, offset: this.recordOffset, level });
  }

  /** After a damaged record, skips to the next line that begins with "WARC/". */
  private skipToRecordStart(bytes: Uint8Array, from: number): number {
    let index = from;
    while (index < bytes.length) {
      if (this.lineStart && this.matchesRecordStart(bytes, index)) {
        this.state = 'between';
        return index;
      }
      this.lineStart = bytes[index] === LF;
      index++;
      this.position++;
    }
    return index;
  }

  /** Whether "WARC/" starts at `index`; a start split across two pushes is caught by the header check instead. */
  private matchesRecordStart(bytes: Uint8Array, index: number): boolean {
    for (let i = 0; i < RECORD_START.length && index + i < bytes.length; i++) {
      if (bytes[index + i] !== RECORD_START[i]) return false;
    }
    return true;
  }
}

/** Index just past the first CRLF CRLF (or LF LF) in `pending` + `bytes[from..]`, as an index into `bytes`; -1 if none. */
function findHeaderEnd(pending: Uint8Array[], bytes: Uint8Array, from: number): number {
  // The tail of what is pending may hold the start of the CRLF CRLF.
  const tail: number[] = [];
  for (let p = pending.length - 1; p >= 0 && tail.length < 3; p--) {
    const chunk = pending[p]!;
    for (let i = chunk.length - 1; i >= 0 && tail.length < 3; i--) tail.unshift(chunk[i]!);
  }
  const window = [...tail];
  for (let index = from; index < bytes.length; index++) {
    window.push(bytes[index]!);
    if (window.length > 4) window.shift();
    if (window.length === 4 && window[0] === CR && window[1] === LF && window[2] === CR && window[3] === LF) return index + 1;
    if (window.length >= 2 && window[window.length - 2] === LF && window[window.length - 1] === LF) return index + 1;
  }
  return -1;
}
