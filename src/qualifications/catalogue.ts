import { InvariantError, invalidField } from '../common/errors.js';
import type { Wording } from '../common/wording.js';
import { assertTerm, type ConflictType, type TargetObject } from '../vocab/vocabularies.js';
import { ART7_PROVISIONS } from './catalogue-art7.js';
import { ART8_IAC_PROVISIONS, ART8_NIAC_PROVISIONS } from './catalogue-art8.js';
import { CATALOGUE_TEXT_AR } from './catalogue-text-ar.js';
import { CATALOGUE_TEXT_FR } from './catalogue-text-fr.js';
import { CATALOGUE_TEXT_LANGUAGES, type CatalogueText, type CatalogueTextLanguage, type ProvisionText } from './catalogue-text.js';
import type { Provision } from './catalogue-types.js';
import { applicabilityWordings } from './applicability-wordings.js';
import { TARGET_OBJECT_RULES, type SuggestionRule } from './target-suggestions.js';

export { ELEMENT_KINDS, PROVISION_CATEGORIES } from './catalogue-types.js';
export type { Amendment, ElementKind, LegalElement, Provision, ProvisionCategory } from './catalogue-types.js';
export { CATALOGUE_TEXT_LANGUAGES } from './catalogue-text.js';
export type { CatalogueText, CatalogueTextLanguage, ProvisionText } from './catalogue-text.js';

/**
 * The legal catalogue: Rome Statute provisions with their elements, as versioned data. A legal qualification
 * stores the provision id and the catalogue version it used; bump the version whenever a provision's
 * elements change, since element ids ('e1'…) are only stable within one version.
 */
export const LEGAL_CATALOGUE_VERSION = '1';

export const LEGAL_CATALOGUE: readonly Provision[] = Object.freeze([...ART7_PROVISIONS, ...ART8_IAC_PROVISIONS, ...ART8_NIAC_PROVISIONS]);
export const PROVISION_IDS: readonly string[] = Object.freeze(LEGAL_CATALOGUE.map((p) => p.id));

const BY_ID = new Map<string, Provision>();
for (const p of LEGAL_CATALOGUE) {
  // A duplicate id is a bug in the data files; fail at load rather than shadow a provision silently.
  if (BY_ID.has(p.id)) throw new InvariantError(`legal catalogue: duplicate provision id ${p.id}`);
  BY_ID.set(p.id, p);
}

/** The catalogue's words in each language besides English, by provision id. */
export const CATALOGUE_TEXTS: Readonly<Record<CatalogueTextLanguage, CatalogueText>> = Object.freeze({ fr: CATALOGUE_TEXT_FR, ar: CATALOGUE_TEXT_AR });

/** A provision as the API serves it: the English reference, and its words in French and Arabic. */
export interface TranslatedProvision extends Provision {
  readonly translations: Readonly<Partial<Record<CatalogueTextLanguage, ProvisionText>>>;
}

/**
 * The catalogue GET /legal/provisions serves: each provision with `translations: { fr, ar }` (title, element
 * summaries by element id, notes, advice). The English stays where it was, so older clients read it unchanged.
 */
export const TRANSLATED_CATALOGUE: readonly TranslatedProvision[] = Object.freeze(
  LEGAL_CATALOGUE.map((p) => {
    const texts = CATALOGUE_TEXT_LANGUAGES.flatMap((language) => {
      const text = CATALOGUE_TEXTS[language][p.id];
      return text ? [[language, text] as const] : [];
    });
    return Object.freeze({ ...p, translations: Object.freeze(Object.fromEntries(texts)) });
  }),
);

export function isProvisionId(id: unknown): id is string {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The provision with this id; throws a VALIDATION_FAILED error on field 'provision' if there is none. */
export function provision(id: string): Provision {
  const found = BY_ID.get(id);
  if (!found) throw invalidField('provision', `unknown provision "${id}" in legal catalogue v${LEGAL_CATALOGUE_VERSION} (known: ${PROVISION_IDS.join(', ')})`, id);
  return found;
}

/**
 * Readable warnings about using a provision for a conflict of this type: a war crime defined for the other
 * type of conflict (with its counterpart, or what to consider where there is none), and amendments that bind
 * only ratifying States. An empty array means no warning.
 */
export function applicabilityWarnings(provisionId: string, conflictType: ConflictType): Wording[] {
  assertTerm('conflictType', 'conflict_types', conflictType);
  const p = provision(provisionId);
  if (!p.conflictTypes.includes(conflictType)) {
    // A provision the Statute defines for one type of conflict only (the other type is the one assumed).
    const scope = p.conflictTypes.join(' ');
    const counterpart = p.counterpart === undefined ? undefined : provision(p.counterpart);
    if (counterpart) return [applicabilityWordings.say('counterpart', { citation: p.citation, scope, other: conflictType, counterpart: counterpart.citation })];
    if (p.otherConflictAdvice) return [applicabilityWordings.say('advice', { citation: p.citation, scope, provision: p.id, advice: p.otherConflictAdvice })];
    return [applicabilityWordings.say('noCounterpart', { citation: p.citation, scope, other: conflictType })];
  }
  if (p.amendment) return [applicabilityWordings.say('amendment', { citation: p.citation, amendment: p.amendment.id, adopted: p.amendment.adopted })];
  return [];
}

export interface ProvisionSuggestion {
  provisionId: string;
  citation: string;
  title: string;
  /** When the provision fits, in a few words: what else has to be shown. */
  reason: string;
}

export interface ProvisionSuggestions {
  provisions: ProvisionSuggestion[];
  /** Gaps and caveats, e.g. that non-international conflict has no crime of attacking civilian objects. */
  warnings: string[];
}

/**
 * Provisions worth considering when an act hit this kind of target in this type of conflict. Suggestions
 * are starting points for an analyst, never a qualification: each still needs every element assessed.
 */
export function suggestedProvisions(targetObject: TargetObject, conflictType: ConflictType): ProvisionSuggestions {
  assertTerm('targetObject', 'target_objects', targetObject);
  assertTerm('conflictType', 'conflict_types', conflictType);
  const rules: readonly SuggestionRule[] = TARGET_OBJECT_RULES[targetObject];
  const provisions = new Map<string, ProvisionSuggestion>();
  const warnings = new Set<string>();
  for (const rule of rules) {
    for (const id of rule.provisions[conflictType]) {
      if (provisions.has(id)) continue;
      const p = provision(id);
      provisions.set(id, { provisionId: id, citation: p.citation, title: p.title, reason: rule.reason });
      for (const warning of applicabilityWarnings(id, conflictType)) warnings.add(warning.text);
    }
    for (const warning of rule.warnings?.[conflictType] ?? []) warnings.add(warning);
  }
  return { provisions: [...provisions.values()], warnings: [...warnings] };
}

/** How far the evidence goes towards one element of a crime. */
export const ELEMENT_STATUSES = ['met', 'partly', 'unmet', 'unknown'] as const;
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

export interface ElementAssessment {
  elementId: string;
  status: ElementStatus;
}

/** Element ids grouped by status, in the provision's order. Elements not assessed are in both `unknown` and `missing`. */
export interface ElementStatusSummary {
  provisionId: string;
  met: string[];
  partly: string[];
  unmet: string[];
  unknown: string[];
  missing: string[];
  /** True only when every element of the provision was assessed as met. */
  allMet: boolean;
}

/**
 * Summarises element assessments for one provision. An element not assessed counts as unknown (and is listed
 * as missing), never as met. Throws on element ids the provision does not have, on unknown statuses and on an
 * element assessed twice, since any of these means the caller is looking at the wrong provision or version.
 */
export function elementStatusSummary(elements: readonly ElementAssessment[], provisionId: string): ElementStatusSummary {
  const p = provision(provisionId);
  const known = new Set(p.elements.map((e) => e.id));
  const statusById = new Map<string, ElementStatus>();
  elements.forEach(({ elementId, status }, index) => {
    if (!known.has(elementId)) {
      throw invalidField(`elements[${index}].elementId`, `provision ${p.id} has no element "${elementId}" (known: ${[...known].join(', ')})`, elementId);
    }
    if (!(ELEMENT_STATUSES as readonly string[]).includes(status)) {
      throw invalidField(`elements[${index}].status`, `unknown status "${String(status)}" (known: ${ELEMENT_STATUSES.join(', ')})`, status);
    }
    if (statusById.has(elementId)) throw invalidField(`elements[${index}].elementId`, `element ${elementId} is assessed more than once`, elementId);
    statusById.set(elementId, status);
  });
  const summary: ElementStatusSummary = { provisionId: p.id, met: [], partly: [], unmet: [], unknown: [], missing: [], allMet: false };
  for (const { id } of p.elements) {
    const status = statusById.get(id);
    if (status === undefined) summary.missing.push(id);
    summary[status ?? 'unknown'].push(id);
  }
  summary.allMet = summary.met.length === p.elements.length;
  return summary;
}
