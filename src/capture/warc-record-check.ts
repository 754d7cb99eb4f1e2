/**
 * What is checked of one WARC record as its block streams past: the fields ISO 28500 requires and how they
 * are spelled, the block digest, and for HTTP records the payload digest after the HTTP head. A payload
 * that a caller wants (a page's HTML, for its text) is kept up to a limit.
 */
import { isIP } from 'node:net';
import { DigestCheck, parseDigest, type DigestVerdict } from './warc-digest.js';
import { headerValue, httpHeadEnd, parseHttpHead, type HttpHead } from './http-head.js';
import type { WarcRecordHead } from './warc-scanner.js';

export interface WarcFinding {
  code: string;
  level: 'error' | 'warning';
  message: string;
  /** Offset of the record concerned (of its gzip member in a .warc.gz). */
  offset: number;
}

export interface WarcRecordSummary {
  index: number;
  offset: number;
  length: number;
  version: string;
  type: string | null;
  recordId: string | null;
  date: string | null;
  /** WARC-Target-URI as a reader should take it: angle brackets (wget) removed, spaces escaped. */
  targetUri: string | null;
  contentType: string | null;
  contentLength: number | null;
  http: HttpHead | null;
  blockDigest: DigestVerdict;
  payloadDigest: DigestVerdict;
  /** WARC-Payload-Digest as written. */
  payloadDigestValue: string | null;
  payloadLength: number;
  findings: WarcFinding[];
}

const REQUIRED = ['WARC-Record-ID', 'Content-Length', 'WARC-Date', 'WARC-Type'];
/** Fields that may appear more than once (WARC 1.1, section 5). */
const REPEATABLE = new Set(['warc-concurrent-to', 'warc-protocol']);
const TYPES = new Set(['warcinfo', 'response', 'resource', 'request', 'metadata', 'revisit', 'conversion', 'continuation']);
const WARC_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
const MAX_HTTP_HEAD = 256 * 1024;
const BRACKETED_URI_FIELDS = new Set(['warc-record-id', 'warc-concurrent-to', 'warc-refers-to', 'warc-warcinfo-id', 'warc-segment-origin-id']);
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}\\s*(?:;.*)?$`);

export interface PayloadWanted {
  /** Asked once the HTTP head is read: whether to keep this record's payload. */
  accept(summary: WarcRecordSummary): boolean;
  maxBytes: number;
}

export class WarcRecordCheck {
  readonly summary: WarcRecordSummary;
  private readonly block: DigestCheck;
  private readonly payload: DigestCheck;
  private readonly expectsHttp: boolean;
  private headBytes: Buffer[] = [];
  private headLength = 0;
  private inPayload: boolean;
  private kept: Buffer[] | null = null;
  private keptBytes = 0;

  constructor(
    index: number,
    head: WarcRecordHead,
    private readonly wanted?: PayloadWanted,
  ) {
    const field = (name: string) => headerValue(head.fields, name);
    const type = field('WARC-Type');
    const contentType = field('Content-Type');
    const rawTarget = field('WARC-Target-URI');
    this.summary = {
      index,
      offset: head.offset,
      length: 0,
      version: head.version,
      type,
      recordId: field('WARC-Record-ID'),
      date: field('WARC-Date'),
      targetUri: rawTarget === null ? null : readerUri(rawTarget),
      contentType,
      contentLength: head.contentLength,
      http: null,
      blockDigest: 'absent',
      payloadDigest: 'absent',
      payloadDigestValue: field('WARC-Payload-Digest'),
      payloadLength: 0,
      findings: [],
    };
    const blockDigest = field('WARC-Block-Digest');
    this.block = new DigestCheck(blockDigest === null ? null : parseDigest(blockDigest));
    const payloadDigest = type === 'revisit' ? null : this.summary.payloadDigestValue;
    this.payload = new DigestCheck(payloadDigest === null ? null : parseDigest(payloadDigest));
    this.expectsHttp = (type === 'response' || type === 'request' || type === 'revisit') && /^application\/http/i.test(contentType ?? '');
    this.inPayload = !this.expectsHttp;
    if (!this.expectsHttp) this.startKeeping();
    this.checkFields(head, rawTarget);
  }

  write(bytes: Uint8Array): void {
    this.block.update(bytes);
    if (this.inPayload) {
      this.feedPayload(bytes);
      return;
    }
    this.headBytes.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.headLength += bytes.length;
    const joined = Buffer.concat(this.headBytes);
    const end = httpHeadEnd(joined);
    if (end === -1 && this.headLength < MAX_HTTP_HEAD) return;
    this.headBytes = [];
    this.inPayload = true;
    if (end === -1) {
      this.warn('HTTP_HEAD_MISSING', `the ${this.summary.type} record declares application/http but its block has no HTTP head ending in a blank line`);
      this.feedPayload(joined);
      return;
    }
    this.summary.http = parseHttpHead(joined.subarray(0, end).toString('latin1'));
    this.startKeeping();
    this.feedPayload(joined.subarray(end));
  }

  /** The record is complete: digests are settled. Returns the payload kept, if any. */
  finish(length: number, complete: boolean): Buffer | null {
    this.summary.length = length;
    if (!this.inPayload && this.headLength > 0) {
      this.warn('HTTP_HEAD_MISSING', `the ${this.summary.type} record's block ends inside its HTTP head`);
    }
    this.summary.blockDigest = this.block.verdict();
    this.summary.payloadDigest = this.summary.type === 'revisit' && this.summary.payloadDigestValue ? 'not-checked' : this.payload.verdict();
    for (const [which, verdict] of [['block', this.summary.blockDigest], ['payload', this.summary.payloadDigest]] as const) {
      if (verdict === 'fail') this.error(`${which.toUpperCase()}_DIGEST_MISMATCH`, `the ${which} digest does not match the record's ${which === 'block' ? 'block' : 'payload'}${complete ? '' : ' (the record is damaged)'}`);
      if (verdict === 'unreadable') this.error(`${which.toUpperCase()}_DIGEST_MISMATCH`, `the ${which} digest cannot be what its algorithm gives: its value is not hex, base 32 or base 64 of the right length`);
      if (verdict === 'unknown-algorithm') this.warn('DIGEST_NOT_CHECKED', `the ${which} digest could not be checked: its algorithm is not one this checker knows`);
    }
    return this.kept === null ? null : Buffer.concat(this.kept);
  }

  private feedPayload(bytes: Uint8Array): void {
    this.payload.update(bytes);
    this.summary.payloadLength += bytes.length;
    if (this.kept && this.wanted) {
      if (this.keptBytes + bytes.length > this.wanted.maxBytes) {
        this.kept = null;
        return;
      }
      this.kept.push(Buffer.from(bytes));
      this.keptBytes += bytes.length;
    }
  }

  private startKeeping(): void {
    if (this.wanted?.accept(this.summary)) this.kept = [];
  }

  private checkFields(head: WarcRecordHead, rawTarget: string | null): void {
    if (head.version !== 'WARC/1.0' && head.version !== 'WARC/1.1') this.warn('VERSION_UNKNOWN', `the record says ${head.version}; this checker knows WARC/1.0 and WARC/1.1`);
    for (const name of REQUIRED) {
      if (!head.fields.some(([key]) => key.toLowerCase() === name.toLowerCase())) this.error('FIELD_MISSING', `the record has no ${name} field, which every record must have`);
    }
    const seen = new Set<string>();
    for (const [name] of head.fields) {
      const lower = name.toLowerCase();
      if (seen.has(lower) && !REPEATABLE.has(lower)) this.error('FIELD_REPEATED', `the field ${name} appears more than once`);
      seen.add(lower);
    }
    const { type, contentLength } = this.summary;
    const lengthText = headerValue(head.fields, 'Content-Length');
    if (lengthText !== null && contentLength === null) this.error('CONTENT_LENGTH_INVALID', `Content-Length ${JSON.stringify(lengthText)} is not a number of bytes`);
    if (type !== null && !TYPES.has(type)) this.warn('TYPE_UNKNOWN', `WARC-Type ${JSON.stringify(type)} is not one of the standard's record types`);
    for (const [name, value] of head.fields) this.checkFieldSyntax(head.version, name, value);
    if (rawTarget !== null && /^<.*>$/.test(rawTarget)) this.warn('TARGET_URI_IN_BRACKETS', `WARC-Target-URI is written in angle brackets (as wget does); read as ${this.summary.targetUri}`);
    if (rawTarget !== null && /\s/.test(rawTarget.trim())) this.warn('TARGET_URI_UNESCAPED', `WARC-Target-URI contains spaces; read as ${this.summary.targetUri}`);

    if (type === 'revisit' && !headerValue(head.fields, 'WARC-Profile')) this.error('FIELD_MISSING', 'the revisit record has no WARC-Profile field');
  }

  /** The spelling of the fields whose syntax the standard fixes. */
  private checkFieldSyntax(version: string, name: string, value: string): void {
    const lower = name.toLowerCase();
    if (lower === 'warc-date' && version === 'WARC/1.0' && value.includes('.')) {
      // Common in real WARC/1.0 files (Internet Archive's tools write them): said, but not a reason to refuse.
      this.warn('DATE_PRECISION', `${name} ${JSON.stringify(value)} has fractions of a second, which only WARC/1.1 allows`);
    }
    if (lower === 'warc-target-uri' && !URI_SCHEME.test(readerUri(value))) {
      this.error('URI_INVALID', `${name} ${JSON.stringify(value)} does not start with a URI scheme`);
    } else if (BRACKETED_URI_FIELDS.has(lower) && !/^<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]+>$/.test(value)) {
      this.error('URI_NOT_BRACKETED', `${name} ${JSON.stringify(value)} must be a URI in angle brackets`);
    } else if ((lower === 'warc-date' || lower === 'warc-refers-to-date') && !WARC_DATE.test(value)) {
      this.error('DATE_INVALID', `${name} ${JSON.stringify(value)} is not a UTC date and time such as 2024-03-01T12:00:00Z`);
    } else if ((lower === 'content-type' || lower === 'warc-identified-payload-type') && !MEDIA_TYPE.test(value)) {
      this.error('CONTENT_TYPE_INVALID', `${name} ${JSON.stringify(value)} is not a media type such as text/html`);
    } else if ((lower === 'warc-block-digest' || lower === 'warc-payload-digest') && !/^[A-Za-z0-9-]+:\S+$/.test(value)) {
      this.error('DIGEST_INVALID', `${name} ${JSON.stringify(value)} is not "algorithm:value"`);
    } else if (lower === 'warc-ip-address' && isIP(value) === 0) {
      this.error('IP_INVALID', `${name} ${JSON.stringify(value)} is not an IPv4 or IPv6 address`);
    }
  }

  private error(code: string, message: string): void {
    this.summary.findings.push({ code, level: 'error', message, offset: this.summary.offset });
  }

  private warn(code: string, message: string): void {
    this.summary.findings.push({ code, level: 'warning', message, offset: this.summary.offset });
  }
}

function readerUri(raw: string): string {
  const trimmed = raw.trim();
  const unwrapped = /^<.*>$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  return unwrapped.replace(/ /g, '%20');
}
