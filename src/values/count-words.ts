/**
 * Counts and totals in words: "at least 14", "14–20", "about 100 (80–120)", "dozens (at least 24)", "unknown",
 * "at least 1,016 (3 of 40 figures unknown)". Imports nothing, so the web app words figures exactly as the API,
 * the CLI and the exports do.
 */
export interface CountInWords {
  qualifier: string;
  min?: number | undefined;
  best?: number | undefined;
  max?: number | undefined;
  vague?: string | undefined;
}

export interface TotalInWords {
  min: number;
  max: number | null;
  qualifier: string;
  parts: number;
  unknownParts: number;
}

const figure = (value: number) => value.toLocaleString('en-GB');

/** The largest figure a count allows, or null when it is open-ended. */
function upper(count: CountInWords): number | null {
  if (count.max !== undefined) return count.max;
  return count.qualifier === 'exact' ? (count.best ?? null) : null;
}

function bounds(count: CountInWords): string {
  const lower = count.min ?? 0;
  const top = upper(count);
  return top === null ? `at least ${figure(lower)}` : `${figure(lower)}–${figure(top)}`;
}

export function describeCount(count: CountInWords): string {
  switch (count.qualifier) {
    case 'exact':
      return figure(count.best ?? count.min ?? 0);
    case 'at_least':
      return count.min === undefined ? 'unknown' : `at least ${figure(count.min)}`;
    case 'at_most':
      return count.max === undefined ? 'unknown' : `at most ${figure(count.max)}`;
    case 'approx':
      if (count.best === undefined) return bounds(count);
      return `about ${figure(count.best)}` + (count.min !== undefined || count.max !== undefined ? ` (${bounds(count)})` : '');
    case 'range':
      return `${figure(count.min ?? 0)}–${count.max === undefined ? '?' : figure(count.max)}`;
    case 'vague':
      return `${count.vague ?? 'some'} (at least ${figure(count.min ?? 0)})`;
    default:
      return 'unknown';
  }
}

export function describeTotal(total: TotalInWords): string {
  if (total.qualifier === 'none') return 'no figure';
  const words =
    total.qualifier === 'unknown'
      ? 'unknown'
      : total.qualifier === 'exact'
        ? figure(total.min)
        : total.qualifier === 'at_least'
          ? `at least ${figure(total.min)}`
          : `${figure(total.min)}–${figure(total.max ?? total.min)}`;
  return total.unknownParts > 0 && total.qualifier !== 'unknown' ? `${words} (${total.unknownParts} of ${total.parts} figures unknown)` : words;
}
