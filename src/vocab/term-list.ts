/**
 * A vocabulary is written once, as `[id, label]` pairs in a fixed order, so the ids, their union type, the
 * labels and the order (which is meaningful for ordinal vocabularies) cannot drift apart.
 */
export type TermPair = readonly [id: string, label: string];

/** The languages every term is labelled in; English is the reference and `label` stays English. */
export const LABEL_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface Term<Id extends string = string> {
  readonly id: Id;
  /** The English label, which exports, messages and the CLI use. */
  readonly label: string;
  /** The label in each language the web app speaks (en is `label`). */
  readonly labels: Readonly<Record<LabelLanguage, string>>;
}

/** The ids of `pairs`, in order, typed as a tuple of literals (like an `as const` array). */
export function idsOf<const T extends readonly TermPair[]>(pairs: T): { readonly [K in keyof T]: T[K] extends TermPair ? T[K][0] : never } {
  return Object.freeze(pairs.map(([id]) => id)) as never;
}
