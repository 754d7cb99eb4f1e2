import { foldName, nameKeysOfFolded, spellingKeyOfFolded } from './fold.js';

export type MatchKind = 'name' | 'alias' | 'spelling_variant' | 'prefix';

/** How strongly each kind of match counts; a weaker kind never outranks a stronger one. */
export const MATCH_RANK: Record<MatchKind, number> = { name: 4, alias: 3, spelling_variant: 2, prefix: 1 };

export interface NameHit<T> {
  entry: T;
  matchedBy: MatchKind;
  /** The indexed name or alias that matched, as written in the data. */
  matchedName: string;
}

interface Indexed<T> {
  entry: T;
  name: string;
}

/** Shortest query that is looked up as a prefix: two letters would match hundreds of villages. */
const MIN_PREFIX_LENGTH = 3;
/** Prefix hits gathered per query before ranking; enough for any sensible limit. */
const MAX_PREFIX_HITS = 200;

/**
 * Folded names → places, in Maps: exact names (with and without article), aliases, spelling keys, and a
 * sorted list for prefix search (built on first use, since only partial names need it).
 */
export class NameIndex<T> {
  private readonly names = new Map<string, Indexed<T>[]>();
  private readonly aliases = new Map<string, Indexed<T>[]>();
  private readonly spellings = new Map<string, Indexed<T>[]>();
  private sortedForPrefix: { key: string; item: Indexed<T> }[] | undefined;

  constructor(private readonly options: { prefixSearch: boolean } = { prefixSearch: true }) {}

  addName(entry: T, name: string | null | undefined): void {
    if (!name) return;
    const folded = foldName(name);
    for (const key of nameKeysOfFolded(folded)) push(this.names, key, { entry, name });
    this.addSpelling(entry, name, folded);
    this.sortedForPrefix = undefined;
  }

  addAlias(entry: T, alias: string): void {
    const folded = foldName(alias);
    for (const key of nameKeysOfFolded(folded)) push(this.aliases, key, { entry, name: alias });
    this.addSpelling(entry, alias, folded);
  }

  /** Every hit for the query, strongest kind first; one entry may appear under several kinds. */
  lookup(query: string): NameHit<T>[] {
    const folded = foldName(query);
    const hits = this.exactHits(folded);
    const spelling = spellingKeyOfFolded(folded);
    if (spelling !== '') {
      for (const item of this.spellings.get(spelling) ?? []) hits.push({ entry: item.entry, matchedBy: 'spelling_variant', matchedName: item.name });
    }
    if (this.options.prefixSearch && folded.length >= MIN_PREFIX_LENGTH) {
      for (const item of this.prefixMatches(folded)) hits.push({ entry: item.entry, matchedBy: 'prefix', matchedName: item.name });
    }
    return hits;
  }

  /** Hits of the name itself or an alias (with or without its article), and with `spellings` its transliteration variants; never prefixes. */
  lookupExact(query: string, options: { spellings?: boolean } = {}): NameHit<T>[] {
    const folded = foldName(query);
    const hits = this.exactHits(folded);
    const spelling = options.spellings ? spellingKeyOfFolded(folded) : '';
    if (spelling !== '') for (const item of this.spellings.get(spelling) ?? []) hits.push({ entry: item.entry, matchedBy: 'spelling_variant', matchedName: item.name });
    return hits;
  }

  private exactHits(folded: string): NameHit<T>[] {
    const hits: NameHit<T>[] = [];
    for (const key of nameKeysOfFolded(folded)) {
      for (const item of this.names.get(key) ?? []) hits.push({ entry: item.entry, matchedBy: 'name', matchedName: item.name });
      for (const item of this.aliases.get(key) ?? []) hits.push({ entry: item.entry, matchedBy: 'alias', matchedName: item.name });
    }
    return hits;
  }

  private addSpelling(entry: T, name: string, folded: string): void {
    const key = spellingKeyOfFolded(folded);
    if (key !== '') push(this.spellings, key, { entry, name });
  }

  private prefixMatches(folded: string): Indexed<T>[] {
    const sorted = (this.sortedForPrefix ??= this.buildPrefixList());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.key < folded) low = middle + 1;
      else high = middle;
    }
    const found: Indexed<T>[] = [];
    for (let i = low; i < sorted.length && found.length < MAX_PREFIX_HITS; i++) {
      const candidate = sorted[i]!;
      if (!candidate.key.startsWith(folded)) break;
      if (candidate.key !== folded) found.push(candidate.item);
    }
    return found;
  }

  private buildPrefixList(): { key: string; item: Indexed<T> }[] {
    const list: { key: string; item: Indexed<T> }[] = [];
    for (const [key, items] of this.names) for (const item of items) list.push({ key, item });
    return list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
