import { activeLocale } from './i18n/active-locale.js';

/**
 * The legal catalogue's words in the language the app is shown in. GET /legal/provisions sends each provision
 * in English (the reference) with `translations: { fr, ar }` beside it; these pick the active language's words
 * and fall back to the English wherever a translation is missing. Citations are not translated.
 */

/** One provision in one language, as the server sends it: element summaries by element id ('e1'…). */
export interface ProvisionText {
  title: string;
  elements: Record<string, string>;
  notes: string[];
  otherConflictAdvice?: string;
}

/** What these functions read of a provision: its English words and, when the server sent them, the others. */
export interface ProvisionWords {
  title: string;
  elements: { id: string; summary: string }[];
  notes?: string[];
  otherConflictAdvice?: string;
  translations?: Partial<Record<'fr' | 'ar', ProvisionText>>;
}

function textOf(provision: ProvisionWords | undefined): ProvisionText | undefined {
  const locale = activeLocale();
  return locale === 'en' ? undefined : provision?.translations?.[locale];
}

export function provisionTitle(provision: ProvisionWords): string {
  return textOf(provision)?.title || provision.title;
}

/** An element's summary; the provision may be missing (a qualification under a catalogue this server lacks). */
export function elementSummary(provision: ProvisionWords | undefined, element: { id: string; summary: string }): string {
  return textOf(provision)?.elements[element.id] || element.summary;
}

/** The provision's notes, all in the active language or, when its translation lacks any, all in English. */
export function provisionNotes(provision: ProvisionWords): string[] {
  const english = provision.notes ?? [];
  const translated = textOf(provision)?.notes;
  return translated && translated.length === english.length && translated.every(Boolean) ? translated : english;
}

/** What to consider in the other type of armed conflict, where the Statute has no counterpart. */
export function otherConflictAdvice(provision: ProvisionWords): string | undefined {
  if (provision.otherConflictAdvice === undefined) return undefined;
  return textOf(provision)?.otherConflictAdvice || provision.otherConflictAdvice;
}
