import { useEffect, useState } from 'react';
import { api } from './api.js';
import { activeLocale } from './i18n/active-locale.js';
import type { Locale } from './i18n/locales.js';

export interface Term {
  id: string;
  /** English, the reference. */
  label: string;
  /** The label in each language the app speaks, as the server sends it. */
  labels?: Record<Locale, string>;
}
export type Vocabularies = Record<string, { terms: Term[] }>;

let loading: Promise<Vocabularies> | undefined;

/** The controlled vocabularies, fetched once per page load: labels for the terms the records store. */
export function useVocabularies(): Vocabularies | undefined {
  const [vocabularies, setVocabularies] = useState<Vocabularies | undefined>();
  useEffect(() => {
    loading ??= api<{ vocabularies: Vocabularies }>('GET', '/vocabularies').then((v) => v.vocabularies);
    void loading.then(setVocabularies, () => (loading = undefined));
  }, []);
  return vocabularies;
}

/**
 * A term's label in the language the app is shown in (activeLocale()), else in English; its id made readable
 * when the vocabulary or the term is not at hand.
 */
export function termLabel(vocabularies: Vocabularies | undefined, vocabulary: string, id: string): string {
  const term = vocabularies?.[vocabulary]?.terms.find((t) => t.id === id);
  if (!term) return id.replaceAll('_', ' ');
  return term.labels?.[activeLocale()] || term.label || term.labels?.en || id.replaceAll('_', ' ');
}
