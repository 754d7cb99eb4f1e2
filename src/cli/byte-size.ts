import { invalidField } from '../common/errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

/** A size given on the command line: bytes, or a number with a unit ("500MB", "4 GiB"). */
export function parseByteSize(field: string, text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw invalidField(field, 'must be a size in bytes, or with a unit such as 500MB or 4GiB', text);
  return bytes;
}
