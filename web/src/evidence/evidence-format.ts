/**
 * Sizes, distances and durations of the evidence pages, in the reader's language through Intl (digits
 * included: Arabic-Indic when the reader chose them). Hashes, ids and raw values stay as they are.
 */
import { activeIntl } from '../i18n/active-locale.js';

/** The name of the hash every item is known by: the same in every language. */
export const HASH_ALGORITHM = 'SHA-256';

const SIZE_UNITS = [
  { unit: 'kilobyte', scale: 1000, digits: 1 },
  { unit: 'megabyte', scale: 1000 ** 2, digits: 1 },
  { unit: 'gigabyte', scale: 1000 ** 3, digits: 2 },
] as const;

/** A size in decimal units, as Intl names them: "512 bytes", "2.3 MB" ("2,3 Mo", "٢٫٣ م.ب"). */
export function byteSize(bytes: number): string {
  const intl = activeIntl();
  if (bytes < 1000) return intl.formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  // The largest unit the size reaches once rounded: 999,990 bytes is "1 MB", not "1,000 kB".
  const chosen = [...SIZE_UNITS].reverse().find(({ scale, digits }) => Number((bytes / scale).toFixed(digits)) >= 1) ?? SIZE_UNITS[0];
  return intl.formatNumber(bytes / chosen.scale, { style: 'unit', unit: chosen.unit, maximumFractionDigits: chosen.digits });
}

/** Kilometres, with a fixed number of decimals if given: "2.35 km", "٢٫٣٥ كم"; "5 km" as a person wrote it. */
export function kilometres(km: number, digits?: number): string {
  const decimals = digits === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return activeIntl().formatNumber(km, { style: 'unit', unit: 'kilometer', ...decimals });
}

/** A distance on the ground: metres under a kilometre ("450 m"), else kilometres to a tenth ("2.3 km"). */
export function groundDistance(km: number): string {
  if (km < 1) return activeIntl().formatNumber(Math.round(km * 1000), { style: 'unit', unit: 'meter' });
  return kilometres(km, 1);
}

/** A height or altitude in metres: "312 m". */
export function metres(value: number): string {
  return activeIntl().formatNumber(value, { style: 'unit', unit: 'meter', maximumFractionDigits: 1 });
}

/** A moment of a video: 83.4 → "1:23.4". */
export function clockTime(seconds: number): string {
  const intl = activeIntl();
  const tenths = Math.round(seconds * 10);
  const minutes = Math.floor(tenths / 600);
  const rest = (tenths - minutes * 600) / 10;
  return `${intl.formatNumber(minutes)}:${intl.formatNumber(rest, { minimumIntegerDigits: 2, minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;
}
