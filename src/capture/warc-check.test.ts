import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkWarcStream, type WarcCheck } from './warc-check.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/warc');

function* pieces(bytes: Buffer, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function fromIterable(chunks: Iterable<Uint8Array>): Promise<WarcCheck> {
  return checkWarcStream((async function* () {
    yield* chunks;
  })());
}

function shape(result: WarcCheck) {
  return {
    valid: result.valid,
    records: result.records.map((record) => [record.type, record.offset, record.length, record.blockDigest, record.payloadDigest, record.findings.map((finding) => finding.code)]),
    errors: result.errors.map((finding) => [finding.code, finding.offset]),
  };
}

describe('the WARC checker', () => {
  it('reads the same however the bytes are cut, down to one byte at a time', async () => {
    for (const name of ['webrecorder-warcio/example.warc', 'webrecorder-warcio/example-trunc.warc', 'webrecorder-warcio/example.warc.gz', 'webrecorder-warcio/example-wrong-chunks.warc.gz']) {
      const bytes = fs.readFileSync(path.join(fixtures, name));
      const whole = shape(await fromIterable([bytes]));
      for (const size of [1, 7, 4096]) expect(shape(await fromIterable(pieces(bytes, size))), `${name} in pieces of ${size}`).toEqual(whole);
    }
  });

  it('names a file that ends inside a record, and a record changed by one byte', async () => {
    const bytes = fs.readFileSync(path.join(fixtures, 'webrecorder-warcio/example.warc'));
    const cut = await fromIterable([bytes.subarray(0, 1500)]);
    expect(cut.errors.map((finding) => [finding.code, finding.offset])).toEqual([['RECORD_TRUNCATED', 1197]]);
    const changed = Buffer.from(bytes);
    changed[2000] = changed[2000]! ^ 1;
    const result = await fromIterable([changed]);
    expect(result.errors.map((finding) => [finding.code, finding.offset])).toEqual([
      ['BLOCK_DIGEST_MISMATCH', 1197],
      ['PAYLOAD_DIGEST_MISMATCH', 1197],
    ]);
  });

  it('refuses what is not a WARC, and damaged gzip, without throwing', async () => {
    expect((await fromIterable([Buffer.from('<html>not an archive</html>\r\n\r\n')])).errors[0]?.code).toBe('NOT_A_RECORD');
    expect((await fromIterable([])).errors[0]?.code).toBe('WARC_EMPTY');
    const gzip = zlib.gzipSync(fs.readFileSync(path.join(fixtures, 'webrecorder-warcio/example.warc')));
    expect((await fromIterable([gzip.subarray(0, gzip.length - 40)])).errors.map((finding) => finding.code)).toContain('GZIP_DAMAGED');
  });
});
