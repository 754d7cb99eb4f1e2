import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from './i18n/active-locale.js';
import { termLabel, type Vocabularies } from './vocabularies.js';

/** As GET /vocabularies sends them: `label` in English, `labels` in every language (older servers send no labels). */
const vocabularies: Vocabularies = {
  conflict_types: {
    terms: [
      { id: 'international', label: 'International armed conflict', labels: { en: 'International armed conflict', fr: 'Conflit armé international', ar: 'نزاع مسلح دولي' } },
      { id: 'non_international', label: 'Non-international armed conflict', labels: { en: 'Non-international armed conflict', fr: '', ar: 'نزاع مسلح غير دولي' } },
    ],
  },
  means: { terms: [{ id: 'barrel_bomb', label: 'Barrel bomb' }] },
};

describe('termLabel', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('labels a term in English by default', () => {
    expect(termLabel(vocabularies, 'conflict_types', 'international')).toBe('International armed conflict');
    expect(termLabel(vocabularies, 'means', 'barrel_bomb')).toBe('Barrel bomb');
  });

  it('labels a term in French when the app is shown in French', () => {
    setActiveLocale('fr', undefined);
    expect(termLabel(vocabularies, 'conflict_types', 'international')).toBe('Conflit armé international');
  });

  it('labels a term in Arabic when the app is shown in Arabic, whatever the digits', () => {
    setActiveLocale('ar', 'latn');
    expect(termLabel(vocabularies, 'conflict_types', 'international')).toBe('نزاع مسلح دولي');
    setActiveLocale('ar', 'arab');
    expect(termLabel(vocabularies, 'conflict_types', 'non_international')).toBe('نزاع مسلح غير دولي');
  });

  it('falls back to English where a language’s label is missing, then to the id made readable', () => {
    setActiveLocale('fr', undefined);
    expect(termLabel(vocabularies, 'conflict_types', 'non_international')).toBe('Non-international armed conflict');
    expect(termLabel(vocabularies, 'means', 'barrel_bomb')).toBe('Barrel bomb');
    expect(termLabel(vocabularies, 'means', 'cluster_munition')).toBe('cluster munition');
    expect(termLabel(undefined, 'conflict_types', 'non_international')).toBe('non international');
  });
});
