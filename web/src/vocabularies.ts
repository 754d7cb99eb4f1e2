import { useEffect, useState } from 'react';
import { api } from './api.js';

export interface Term {
  id: string;
  label: string;
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

/** A term's label, or its id made readable when the vocabulary is not at hand. */
export function termLabel(vocabularies: Vocabularies | undefined, vocabulary: string, id: string): string {
  return vocabularies?.[vocabulary]?.terms.find((t) => t.id === id)?.label ?? id.replaceAll('_', ' ');
}
