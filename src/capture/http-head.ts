/**
 * The HTTP message head at the start of a WARC request or response block, and the decoding of the
 * payload after it (chunked transfer coding, then gzip, deflate or brotli content coding).
 */
import zlib from 'node:zlib';
import { DossierError } from '../common/errors.js';

export interface HttpHead {
  /** "HTTP/1.1 200 OK" or "GET /path HTTP/1.1". */
  startLine: string;
  status: number | null;
  method: string | null;
  headers: Array<[string, string]>;
}

export function headerValue(headers: ReadonlyArray<[string, string]>, name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1] ?? null;
}

export function parseHttpHead(text: string): HttpHead {
  const [startLine = '', ...lines] = text.replace(/\r?\n\r?\n$/, '').split(/\r?\n/);
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last) last[1] = `${last[1]} ${line.trim()}`;
    else if (line.includes(':')) headers.push([line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
  }
  const response = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(startLine);
  const request = /^([A-Z]+)\s+\S+\s+HTTP\//.exec(startLine);
  return { startLine, status: response ? Number(response[1]) : null, method: request ? request[1]! : null, headers };
}

/** Index just past the head's blank line (CRLF CRLF, or LF LF from careless writers), or -1. */
export function httpHeadEnd(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i + 1] === 10) return i + 2;
    if (i + 3 < bytes.length && bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return i + 4;
  }
  return -1;
}

/**
 * The entity body as the server meant it: chunked coding removed, then content coding. Throws if damaged,
 * or if decoding would give more than `maxBytes`: a few kilobytes of gzip can claim gigabytes, so the
 * decoder stops there rather than hold them.
 */
export function decodePayload(payload: Buffer, headers: ReadonlyArray<[string, string]>, maxBytes: number): Buffer {
  let body = /chunked/i.test(headerValue(headers, 'transfer-encoding') ?? '') ? dechunk(payload) : payload;
  const coding = (headerValue(headers, 'content-encoding') ?? '').trim().toLowerCase();
  const limit = { maxOutputLength: maxBytes };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') body = zlib.gunzipSync(body, limit);
    else if (coding === 'deflate') body = inflateEither(body, limit);
    else if (coding === 'br') body = zlib.brotliDecompressSync(body, limit);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PayloadTooLarge(coding, maxBytes);
    throw cause;
  }
  if (body.length > maxBytes) throw new PayloadTooLarge(coding || 'identity', maxBytes);
  return body;
}

/** A payload whose decoded body would be larger than the caller is willing to hold. */
export class PayloadTooLarge extends Error {
  constructor(coding: string, maxBytes: number) {
    super(`the ${coding} payload decodes to more than ${maxBytes} bytes`);
  }
}

function inflateEither(body: Buffer, limit: zlib.ZlibOptions): Buffer {
  try {
    return zlib.inflateSync(body, limit);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw cause;
    return zlib.inflateRawSync(body, limit);
  }
}

function dechunk(payload: Buffer): Buffer {
  const parts: Buffer[] = [];
  let index = 0;
  while (index < payload.length) {
    const lineEnd = payload.indexOf('\r\n', index);
    if (lineEnd === -1) break;
    const size = parseInt(payload.subarray(index, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) throw new DossierError('WEB_ARCHIVE_INVALID', `a chunk size is not hexadecimal at byte ${index}`, { offset: index });
    if (size === 0) break;
    parts.push(payload.subarray(lineEnd + 2, lineEnd + 2 + size));
    index = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
