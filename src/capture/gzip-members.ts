/**
 * Reads a gzip file member by member. A WARC.gz must hold one record per gzip member, so that an index can
 * point at a record by the member's byte offset and a reader can start there; node's zlib joins members
 * silently, so this uses pako, whose inflater stops at each member's end and says how much input it used.
 *
 * Inflated bytes are handed on as they are made, never gathered: the inflater is fed small slices of its
 * input and what one slice gives is yielded before the next is fed. Deflate expands at most about 1032
 * times, so a slice of INPUT_SLICE bytes gives at most ~4 MiB at once, however well a member compresses
 * (a 2 MB member of zeros inflates to 2 GiB).
 */
import pako from 'pako';

export type GzipEvent =
  | { kind: 'data'; bytes: Uint8Array }
  /** A member ended: its offset and length in the compressed file. */
  | { kind: 'member-end'; offset: number; length: number };

export class GzipError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Compressed bytes fed to the inflater at once: bounds what one feeding can produce (see above). */
export const INPUT_SLICE = 4096;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** pako's inflater state, which its typings leave out: whether the member ended, and the unused input. */
interface InflaterState {
  ended: boolean;
  err: number;
  msg: string;
  strm: { avail_in: number };
}

export async function* gzipMembers(source: AsyncIterable<Uint8Array>): AsyncGenerator<GzipEvent> {
  let inflater: pako.Inflate | null = null;
  let output: Uint8Array[] = [];
  let memberStart = 0;
  let position = 0;
  for await (const chunk of source) {
    let input = chunk;
    while (input.length > 0) {
      if (!inflater) {
        if (input[0] !== 0x1f || (input.length > 1 && input[1] !== 0x8b)) {
          throw new GzipError(`bytes at offset ${position} are not the start of a gzip member`, position);
        }
        inflater = new pako.Inflate();
        inflater.onData = (bytes: Uint8Array) => output.push(bytes);
        memberStart = position;
      }
      const slice = input.subarray(0, INPUT_SLICE);
      inflater.push(slice, false);
      for (const bytes of output) yield { kind: 'data', bytes };
      output = [];
      const state = inflater as unknown as InflaterState;
      if (state.ended && state.err !== 0) {
        throw new GzipError(`the gzip member at offset ${memberStart} is damaged: ${state.msg || `zlib error ${state.err}`}`, memberStart);
      }
      // A member may end inside the slice: what it did not use starts the next member.
      const used = state.ended ? slice.length - state.strm.avail_in : slice.length;
      position += used;
      input = input.subarray(used);
      if (state.ended) {
        yield { kind: 'member-end', offset: memberStart, length: position - memberStart };
        inflater = null;
      }
    }
  }
  if (inflater) throw new GzipError(`the file ends inside the gzip member at offset ${memberStart}`, memberStart);
}
