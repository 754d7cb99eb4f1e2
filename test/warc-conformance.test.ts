/**
 * Every WARC file of the shared web-archive test data (copied into test/fixtures/warc/) read by Dossier's
 * checker, with the outcome that `expectations.json` (transcribed from the upstream projects' own tests)
 * gives: record types and order, offsets and lengths, CDX fields, digest verdicts, and a failure for each
 * file that must fail. Valid files are also read by warcio.js, an independent reader, which must agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSurt, WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { decodePayload, headerValue } from '../src/capture/http-head.js';
import { checkWarcFile, type WarcCheck, type WarcRecordSummary } from '../src/capture/warc-check.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/warc');

interface IndexEntry {
  offset: number;
  length?: number;
  'warc-type': string;
  'warc-target-uri'?: string;
  'http:status'?: number;
  'http:content-type'?: string;
}

interface Expectation {
  expect: string;
  record_types?: string[];
  record_offsets?: number[];
  index?: IndexEntry[];
  cdx11?: string[];
}

const expectations = JSON.parse(fs.readFileSync(path.join(root, 'expectations.json'), 'utf8')) as { files: Record<string, Expectation> };
const warcFiles = Object.entries(expectations.files).filter(([name]) => !name.includes('*') && !name.endsWith('.wacz'));

/** The verdict an expectation's words give: damaged and must-fail files are invalid; quirks that read are valid. */
function expectedVerdict(words: string): 'valid' | 'invalid' {
  if (/^(MUST FAIL|INVALID|damaged)/i.test(words)) return 'invalid';
  if (/^(valid|readable)/i.test(words)) return 'valid';
  throw new Error(`no verdict in the expectation ${JSON.stringify(words)}`);
}

const checks = new Map<string, Promise<WarcCheck>>();
function check(name: string): Promise<WarcCheck> {
  if (!checks.has(name)) checks.set(name, checkWarcFile(path.join(root, name)));
  return checks.get(name)!;
}

function timestamp14(date: string | null): string {
  return (date ?? '').replace(/[-T:Z]/g, '').replace(/\..*$/, '').slice(0, 14);
}

/** The CDX 11 line of a record as pywb and warcio write it (the last field, the file name, left off). */
function cdx11(record: WarcRecordSummary): string {
  const uri = record.targetUri ?? '';
  const mime = record.type === 'revisit' ? 'warc/revisit' : (headerValue(record.http?.headers ?? [], 'content-type') ?? '-').split(';')[0]!.trim();
  const digest = (record.payloadDigestValue ?? '-').replace(/^sha1:/i, '');
  return [getSurt(uri), timestamp14(record.date), uri, mime, record.http?.status ?? '-', digest, '-', '-', record.length, record.offset].join(' ');
}

describe('WARC files of the shared test data', () => {
  it('covers every WARC file in the folder', () => {
    const onDisk = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.warc(\.gz)?(\.bad)?$/.test(file));
    expect(onDisk.sort()).toEqual(
      [...warcFiles.map(([name]) => name), 'webrecorder-warcio-pr66/example-digest-bad.warc', 'webrecorder-warcio-pr66/standard-torture-validate-field.warc', 'webrecorder-warcio-pr66/standard-torture-validate-record.warc'].sort(),
    );
  });

  for (const [name, expectation] of warcFiles) {
    it(`${name}: ${expectation.expect.slice(0, 70)}`, async () => {
      const result = await check(name);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).toBe(expectedVerdict(expectation.expect) === 'valid');
      if (!result.valid) expect(result.errors.every((finding) => finding.message.length > 10)).toBe(true);
      if (expectation.record_types) expect(result.records.map((record) => record.type)).toEqual(expectation.record_types);
      if (expectation.record_offsets) expect(result.records.map((record) => record.offset)).toEqual(expectation.record_offsets);
      for (const [i, entry] of (expectation.index ?? []).entries()) {
        const record = result.records[i]!;
        expect({ offset: record.offset, type: record.type }).toEqual({ offset: entry.offset, type: entry['warc-type'] });
        if (entry.length !== undefined) expect(record.length).toBe(entry.length);
        if (entry['warc-target-uri']) expect(record.targetUri).toBe(entry['warc-target-uri']);
        if (entry['http:status']) expect(record.http?.status).toBe(entry['http:status']);
      }
      if (expectation.cdx11) {
        const indexed = result.records.filter((record) => record.type === 'response' || record.type === 'revisit');
        const theirs = expectation.cdx11.map((line) => line.split(' ').slice(0, 10));
        expect(indexed.map((record) => cdx11(record).split(' ').filter((_, field) => field !== 8))).toEqual(theirs.map((fields) => fields.filter((_, field) => field !== 8)));
        // A record not closed by CRLF CRLF has no agreed length: readers differ by the line ends its wrong
        // Content-Length took in or left out. Whole records must measure exactly alike.
        for (const [i, record] of indexed.entries()) {
          const damaged = record.findings.some((finding) => finding.code === 'RECORD_NOT_TERMINATED');
          if (damaged) expect(Math.abs(record.length - Number(theirs[i]![8]))).toBeLessThanOrEqual(4);
          else expect(record.length).toBe(Number(theirs[i]![8]));
        }
      }
    });
  }

  it('example-digest.warc: one payload digest fails; the base 32, base 64 and base64url digests of the other three pass', async () => {
    const result = await check('webrecorder-warcio/example-digest.warc');
    expect(result.records.map((record) => record.payloadDigest)).toEqual(['unreadable', 'pass', 'pass', 'pass']);
    expect(result.records.map((record) => record.blockDigest)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(result.errors.map((finding) => [finding.code, finding.offset])).toEqual([['PAYLOAD_DIGEST_MISMATCH', 0]]);
    expect(result.records[1]!.offset).toBe(922);
  });

  it('example-trunc.warc and example-bad-length.warc: the short Content-Length is named at its record, and reading goes on', async () => {
    for (const name of ['webrecorder-warcio/example-trunc.warc', 'webrecorder-warcio.js/example-bad-length.warc']) {
      const result = await check(name);
      expect(result.errors.filter((finding) => finding.code === 'RECORD_NOT_TERMINATED').map((finding) => finding.offset)[0]).toBe(1197);
      expect(result.records.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('gzip files whose members are not one per record are refused, saying so', async () => {
    for (const name of ['webrecorder-warcio/example-bad.warc.gz.bad', 'webrecorder-warcio/example-bad-non-chunked.warc.gz', 'webrecorder-warcio/example-wrong-chunks.warc.gz']) {
      const result = await check(name);
      expect(result.errors.map((finding) => finding.code)).toContain('GZIP_NOT_PER_RECORD');
    }
  });

  it('post-test-more.warc is read as gzip by its bytes, whatever its name says', async () => {
    const result = await check('webrecorder-warcio.js/post-test-more.warc');
    expect(result.compression).toBe('gzip');
    expect(result.records.filter((record) => record.http?.method === 'POST' || record.http?.status === 200)).toHaveLength(6);
  });

  it('redirect.warc is WARC/1.1 with a 301 response', async () => {
    const result = await check('webrecorder-warcio.js/redirect.warc');
    expect(result.records.map((record) => [record.version, record.type, record.http?.status ?? record.http?.method])).toEqual([
      ['WARC/1.1', 'response', 301],
      ['WARC/1.1', 'request', 'GET'],
    ]);
  });

  it('the chunked iana.org response decodes to its page', async () => {
    let page = '';
    await checkWarcFile(path.join(root, 'webrecorder-warcio/example-iana.org-chunked.warc'), {
      payloads: {
        accept: (summary) => summary.type === 'response',
        maxBytes: 1 << 20,
        receive: (summary, payload) => (page = decodePayload(payload, summary.http!.headers, 8 << 20).toString('utf8')),
      },
    });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('Internet Assigned Numbers Authority');
  });

  it('every valid file reads the same with warcio.js: record count, types and target URIs', async () => {
    for (const [name, expectation] of warcFiles) {
      if (expectedVerdict(expectation.expect) !== 'valid') continue;
      const ours = await check(name);
      const theirs: Array<[string, string | null]> = [];
      for await (const record of WARCParser.iterRecords(fs.createReadStream(path.join(root, name)))) {
        theirs.push([record.warcType, record.warcTargetURI ?? null]);
        await record.skipFully();
      }
      expect(ours.records.map((record) => record.type), name).toEqual(theirs.map(([type]) => type));
    }
  });
});

/** The pull request's findings that Dossier's checker also makes, by the words of its `.test` files. */
const AGREED: Array<[RegExp, string]> = [
  [/^error: Missing required header: /, 'FIELD_MISSING'],
  [/^error: Duplicate field seen: /, 'FIELD_REPEATED'],
  [/^error: uri must be within <>: /, 'URI_NOT_BRACKETED'],
  [/^error: uri must not be within <>: WARC-Target-URI/, 'TARGET_URI_IN_BRACKETS'],
  [/^error: Invalid uri, no scheme: WARC-Target-URI/, 'URI_INVALID'],
  [/^error: Invalid timestamp: /, 'DATE_INVALID'],
  [/^error: WARC versions <= 1.0 may not have timestamps with fractional seconds/, 'DATE_PRECISION'],
  [/^error: Must contain a \/: /, 'CONTENT_TYPE_INVALID'],
  [/^error: Invalid ip: /, 'IP_INVALID'],
  [/^error: Missing algorithm: /, 'DIGEST_INVALID'],
  [/^comment: Unknown WARC-Type: /, 'TYPE_UNKNOWN'],
  [/^payload digest failed/, 'PAYLOAD_DIGEST_MISMATCH'],
];

/** The records a `.test` file lists (only those with something to say), by WARC-Record-ID, with their lines. */
function expectedFindings(testFile: string): Array<{ id: string | null; lines: string[] }> {
  const records: Array<{ id: string | null; lines: string[] }> = [];
  for (const line of fs.readFileSync(testFile, 'utf8').split('\n')) {
    const id = /^ {2}WARC-Record-ID (.*)$/.exec(line)?.[1];
    if (id !== undefined) records.push({ id: id === 'None' ? null : id, lines: [] });
    else if (/^ {4}\S/.test(line) && records.length > 0) records[records.length - 1]!.lines.push(line.trim());
  }
  return records;
}

describe("the unmerged warcio conformance checker's expectations (guidance, not ground truth)", () => {
  for (const [warc, testFile] of [
    ['webrecorder-warcio-pr66/standard-torture-validate-record.warc', 'webrecorder-warcio-pr66/standard-torture-validate-record.warc.test'],
    ['webrecorder-warcio-pr66/standard-torture-validate-field.warc', 'webrecorder-warcio-pr66/standard-torture-validate-field.warc.test'],
    ['webrecorder-warcio-pr66/example-digest-bad.warc', 'webrecorder-warcio-pr66/example-digest-bad.warc.test'],
    ['webrecorder-warcio/example.warc', 'webrecorder-warcio-pr66/example.warc.test'],
  ] as const) {
    it(`${path.basename(warc)}: each record has the findings of the kinds both checkers make`, async () => {
      const result = await check(warc);
      const expected = expectedFindings(path.join(root, testFile));
      let compared = 0;
      let next = 0;
      for (const { id, lines } of expected) {
        // Records are matched in order by their WARC-Record-ID (the same id may appear more than once).
        while (next < result.records.length && result.records[next]!.recordId !== id) next++;
        expect(next, `a record ${id} in order`).toBeLessThan(result.records.length);
        const i = next++;
        const ours = result.records[i]!.findings.map((finding) => finding.code);
        for (const line of lines) {
          const code = AGREED.find(([pattern]) => pattern.test(line))?.[1];
          if (!code) continue;
          compared++;
          expect(ours, `record ${i + 1}: ${line}`).toContain(code);
        }
      }
      if (warc.includes('torture')) expect(compared).toBeGreaterThan(10);
    });
  }
});
