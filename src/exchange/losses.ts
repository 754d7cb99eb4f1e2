/**
 * What an export dropped, counted as it goes and stated at the end ("Exports are views", DOMAIN.md):
 * each kind of loss is one line with its count, e.g. "12 rows known only to the month placed on their
 * first day (time_precision 3)". An import's notes are counted alike, each line a wording (`T`).
 */
export class LossTally<T = string> {
  private readonly counts = new Map<string, { n: number; describe: (n: number) => T }>();

  /** Counts `by` more of the loss `key`; `describe` words the final count. */
  add(key: string, describe: (n: number) => T, by = 1): void {
    if (by <= 0) return;
    const entry = this.counts.get(key);
    if (entry) entry.n += by;
    else this.counts.set(key, { n: by, describe });
  }

  /** A loss that holds for the whole export, whatever the count. */
  note(key: string, text: T): void {
    if (!this.counts.has(key)) this.counts.set(key, { n: 1, describe: () => text });
  }

  list(): T[] {
    return [...this.counts.values()].map(({ n, describe }) => describe(n));
  }
}

/** "1 row" / "3 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
