import type { ConflictType } from '../vocab/vocabularies.js';

/**
 * The shape of the legal catalogue and the builders that add each category's contextual elements, so the
 * provision files list only what is specific to each crime.
 */
export const ELEMENT_KINDS = ['conduct', 'consequence', 'circumstance', 'contextual', 'mental'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const PROVISION_CATEGORIES = ['crime_against_humanity', 'war_crime'] as const;
export type ProvisionCategory = (typeof PROVISION_CATEGORIES)[number];

export interface LegalElement {
  /** 'e1', 'e2'… in the order of the Elements of Crimes; stable within a catalogue version. */
  readonly id: string;
  readonly kind: ElementKind;
  /** Our own short summary of what must be shown; the Elements of Crimes is the authority. */
  readonly summary: string;
}

/** An amendment to the Rome Statute that binds only the states that ratified it (art. 121(5)). */
export interface Amendment {
  /** Stable key, which the warnings' translations choose the amendment's name by. */
  readonly id: string;
  readonly name: string;
  /** Date adopted by the Assembly of States Parties (ISO 8601). */
  readonly adopted: string;
}

export interface Provision {
  readonly id: string;
  readonly citation: string;
  readonly title: string;
  readonly category: ProvisionCategory;
  readonly conflictTypes: readonly ConflictType[];
  readonly elements: readonly LegalElement[];
  readonly notes: readonly string[];
  /** The same crime in the other type of armed conflict, if the Statute has one. */
  readonly counterpart?: string;
  /** When there is no counterpart: what to consider instead in the other type of conflict. */
  readonly otherConflictAdvice?: string;
  readonly amendment?: Amendment;
}

type ElementDraft = readonly [kind: ElementKind, summary: string];

interface ProvisionDraft {
  id: string;
  citation: string;
  title: string;
  elements: readonly ElementDraft[];
  notes?: readonly string[];
  counterpart?: string;
  otherConflictAdvice?: string;
  amendment?: Amendment;
}

function numbered(drafts: readonly ElementDraft[]): readonly LegalElement[] {
  return Object.freeze(drafts.map(([kind, summary], index) => Object.freeze({ id: `e${index + 1}`, kind, summary })));
}

function freezeProvision(provision: Provision): Provision {
  return Object.freeze({ ...provision, conflictTypes: Object.freeze([...provision.conflictTypes]), notes: Object.freeze([...provision.notes]) });
}

const CONFLICT_WORDS: Record<ConflictType, string> = {
  international: 'an international armed conflict',
  non_international: 'an armed conflict not of an international character',
};

/** A war crime for one type of conflict; appends the two armed-conflict elements every war crime has. */
export function warCrime(conflictType: ConflictType, draft: ProvisionDraft): Provision {
  const { elements, notes = [], ...rest } = draft;
  return freezeProvision({
    ...rest,
    category: 'war_crime',
    conflictTypes: [conflictType],
    notes,
    elements: numbered([
      ...elements,
      ['contextual', `The conduct took place in the context of, and was associated with, ${CONFLICT_WORDS[conflictType]}.`],
      ['mental', 'The perpetrator was aware of the factual circumstances that established the existence of an armed conflict.'],
    ]),
  });
}

/** A crime against humanity (art. 7), which needs no armed conflict; appends the attack elements. */
export function crimeAgainstHumanity(draft: ProvisionDraft): Provision {
  const { elements, notes = [], ...rest } = draft;
  return freezeProvision({
    ...rest,
    category: 'crime_against_humanity',
    conflictTypes: ['international', 'non_international'],
    notes,
    elements: numbered([
      ...elements,
      ['contextual', 'The conduct was part of a widespread or systematic attack directed against a civilian population, i.e. a course of conduct pursuing or furthering a State or organisational policy.'],
      ['mental', 'The perpetrator knew the conduct was part of such an attack, or meant it to be.'],
    ]),
  });
}
