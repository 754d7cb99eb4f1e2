import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipError, gzipMembers, type GzipEvent } from './gzip-members.js';

async function* once(...chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

function* cut(bytes: Buffer, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** One gzip member holding `bytes` zeros, deflated from a stream: the zeros are never in memory at once. */
async function gzippedZeros(bytes: number): Promise<Buffer> {
  const zeros = Buffer.alloc(1 << 20);
  const parts: Buffer[] = [];
  await pipeline(
    (async function* () {
      for (let left = bytes; left > 0; left -= zeros.length) yield zeros.subarray(0, Math.min(left, zeros.length));
    })(),
    zlib.createGzip({ level: 9 }),
    async (compressed: AsyncIterable<Buffer>) => {
      for await (const part of compressed) parts.push(part);
    },
  );
  return Buffer.concat(parts);
}

async function collect(events: AsyncIterable<GzipEvent>): Promise<{ data: Buffer; members: Array<[number, number]> }> {
  const data: Uint8Array[] = [];
  const members: Array<[number, number]> = [];
  for await (const event of events) {
    if (event.kind === 'data') data.push(event.bytes);
    else members.push([event.offset, event.length]);
  }
  return { data: Buffer.concat(data), members };
}

describe('gzip members', () => {
  it('says where each member starts and how long it is, however the input is cut', async () => {
    const contents = [Buffer.from('a short record'), randomBytes(20_000), Buffer.alloc(300_000, 7), Buffer.from('last')];
    const members = contents.map((content) => zlib.gzipSync(content));
    const file = Buffer.concat(members);
    const expected: Array<[number, number]> = [];
    for (let offset = 0, i = 0; i < members.length; offset += members[i]!.length, i++) expected.push([offset, members[i]!.length]);
    for (const size of [1, 1000, 5000, file.length]) {
      const read = await collect(gzipMembers(once(...cut(file, size))));
      expect(read.members, `in pieces of ${size}`).toEqual(expected);
      expect(read.data.equals(Buffer.concat(contents)), `in pieces of ${size}`).toBe(true);
    }
  });

  it('hands on inflated bytes as they come: a member of 256 MiB of zeros never sits in memory whole', async () => {
    const member = await gzippedZeros(256 << 20);
    const before = process.memoryUsage().arrayBuffers;
    const events = gzipMembers(once(member));
    const first = await events.next();
    // Whatever the reader holds now was made for this first event: it must be a slice's worth, not the member.
    const held = process.memoryUsage().arrayBuffers - before;
    expect(first.value).toMatchObject({ kind: 'data' });
    expect(held).toBeLessThan(32 << 20);
    let total = (first.value as { bytes: Uint8Array }).bytes.length;
    for await (const event of events) if (event.kind === 'data') total += event.bytes.length;
    expect(total).toBe(256 << 20);
  });

  it('names a damaged member and a file that ends inside one, by their offsets', async () => {
    const good = zlib.gzipSync(Buffer.from('first'));
    const second = zlib.gzipSync(randomBytes(10_000));
    const damaged = Buffer.from(second);
    damaged[20] = damaged[20]! ^ 0xff;
    damaged[21] = damaged[21]! ^ 0xff;
    await expect(collect(gzipMembers(once(good, damaged)))).rejects.toSatisfy((error: unknown) => error instanceof GzipError && error.offset === good.length && /damaged/.test(error.message));
    await expect(collect(gzipMembers(once(good, second.subarray(0, 5000))))).rejects.toSatisfy((error: unknown) => error instanceof GzipError && error.offset === good.length && /ends inside/.test(error.message));
    await expect(collect(gzipMembers(once(good, Buffer.from('not gzip'))))).rejects.toSatisfy((error: unknown) => error instanceof GzipError && error.offset === good.length);
  });
});
