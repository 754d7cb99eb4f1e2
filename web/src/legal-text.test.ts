import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from './i18n/active-locale.js';
import { elementSummary, otherConflictAdvice, provisionNotes, provisionTitle, type ProvisionWords } from './legal-text.js';

/** A provision as GET /legal/provisions sends it (trimmed): English, and its translations beside it. */
const provision: ProvisionWords = {
  title: 'Attacking civilian objects',
  elements: [
    { id: 'e1', summary: 'The perpetrator directed an attack.' },
    { id: 'e2', summary: 'The object of the attack was civilian objects.' },
  ],
  notes: ['A note.'],
  otherConflictAdvice: 'consider 8(2)(e)(xii)',
  translations: {
    fr: { title: 'Attaques contre des biens de caractère civil', elements: { e1: 'L’auteur a dirigé une attaque.' }, notes: ['Une note.'], otherConflictAdvice: 'envisager l’article 8-2-e-xii' },
    ar: { title: 'الهجوم على الأعيان المدنية', elements: { e1: 'وجّه مرتكب الجريمة هجوماً.', e2: 'كان هدف الهجوم أعياناً مدنية.' }, notes: [] },
  },
};
const [e1, e2] = provision.elements as [ProvisionWords['elements'][number], ProvisionWords['elements'][number]];

describe('the legal catalogue in the active language', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('shows the English by default', () => {
    expect(provisionTitle(provision)).toBe('Attacking civilian objects');
    expect(elementSummary(provision, e1)).toBe('The perpetrator directed an attack.');
    expect(provisionNotes(provision)).toEqual(['A note.']);
    expect(otherConflictAdvice(provision)).toBe('consider 8(2)(e)(xii)');
  });

  it('shows the French in French, and the English where the French lacks an element', () => {
    setActiveLocale('fr', undefined);
    expect(provisionTitle(provision)).toBe('Attaques contre des biens de caractère civil');
    expect(elementSummary(provision, e1)).toBe('L’auteur a dirigé une attaque.');
    expect(elementSummary(provision, e2)).toBe('The object of the attack was civilian objects.');
    expect(provisionNotes(provision)).toEqual(['Une note.']);
    expect(otherConflictAdvice(provision)).toBe('envisager l’article 8-2-e-xii');
  });

  it('shows the Arabic in Arabic, and the English notes and advice where the Arabic lacks them', () => {
    setActiveLocale('ar', undefined);
    expect(provisionTitle(provision)).toBe('الهجوم على الأعيان المدنية');
    expect(elementSummary(provision, e2)).toBe('كان هدف الهجوم أعياناً مدنية.');
    expect(provisionNotes(provision)).toEqual(['A note.']);
    expect(otherConflictAdvice(provision)).toBe('consider 8(2)(e)(xii)');
  });

  it('falls back to the English of a provision without translations, and to the element itself without a provision', () => {
    setActiveLocale('ar', undefined);
    expect(provisionTitle({ ...provision, translations: {} })).toBe('Attacking civilian objects');
    expect(provisionNotes({ title: 'x', elements: [] })).toEqual([]);
    expect(otherConflictAdvice({ title: 'x', elements: [] })).toBeUndefined();
    expect(elementSummary(undefined, { id: 'e3', summary: '' })).toBe('');
  });
});
