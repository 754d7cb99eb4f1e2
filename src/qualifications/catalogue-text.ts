/**
 * The legal catalogue's words in the other languages of the web app (catalogue-text-fr.ts, catalogue-text-ar.ts).
 * The English in catalogue-art7.ts and catalogue-art8.ts is the reference: a translation follows it provision by
 * provision and element by element, and catalogue.test.ts walks the whole catalogue so that a provision, an
 * element, a note or a piece of advice left untranslated (or one the English no longer has) fails.
 */

export const CATALOGUE_TEXT_LANGUAGES = ['fr', 'ar'] as const;
export type CatalogueTextLanguage = (typeof CATALOGUE_TEXT_LANGUAGES)[number];

/** One provision in one language: its title, each element's summary by element id ('e1'…), its notes and advice. */
export interface ProvisionText {
  readonly title: string;
  readonly elements: Readonly<Record<string, string>>;
  /** In the order of the English notes. */
  readonly notes: readonly string[];
  readonly otherConflictAdvice?: string;
}

/** A language's texts, by provision id. */
export type CatalogueText = Readonly<Record<string, ProvisionText>>;

/** A provision's text as written: the elements specific to the crime, in the order of the English ones. */
export interface ProvisionTextDraft {
  title: string;
  elements: readonly string[];
  notes?: readonly string[];
  otherConflictAdvice?: string;
}

/**
 * A provision's text with the elements every provision of its category ends with (the armed-conflict or the
 * attack elements, as catalogue-types.ts appends them in English), numbered e1, e2… like the English.
 */
export function provisionText(draft: ProvisionTextDraft, categoryElements: readonly string[]): ProvisionText {
  const summaries = [...draft.elements, ...categoryElements];
  return Object.freeze({
    title: draft.title,
    elements: Object.freeze(Object.fromEntries(summaries.map((summary, index) => [`e${index + 1}`, summary]))),
    notes: Object.freeze([...(draft.notes ?? [])]),
    ...(draft.otherConflictAdvice === undefined ? {} : { otherConflictAdvice: draft.otherConflictAdvice }),
  });
}
