import { isUtf8 } from 'node:buffer';
import { fileTypeFromBuffer } from 'file-type';

/**
 * The media type as the bytes say, never as the file name claims: a renamed video is still a video.
 * Binary formats come from their magic numbers; otherwise text that decodes as UTF-8 is told apart
 * from unknown binary.
 */
export async function sniffMediaType(head: Uint8Array): Promise<string> {
  if (head.length === 0) return 'application/x-empty';
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  const text = decodeUtf8(head);
  if (text === undefined) return 'application/octet-stream';
  const start = text.trimStart().slice(0, 64).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'text/html';
  if (start.startsWith('<?xml')) return 'application/xml';
  return 'text/plain';
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  // A control character other than tab, newline, form feed and carriage return says binary, UTF-8 or not: most
  // binary heads say so in their first bytes, before any decoding.
  for (const byte of bytes) if (byte <= 0x08 || (byte >= 0x0e && byte <= 0x1f)) return undefined;
  // The head may end inside a multi-byte character: drop up to three trailing bytes before judging.
  for (let cut = 0; cut <= Math.min(3, bytes.length - 1); cut++) {
    const prefix = bytes.subarray(0, bytes.length - cut);
    if (isUtf8(prefix)) return new TextDecoder('utf-8').decode(prefix);
  }
  return undefined;
}
