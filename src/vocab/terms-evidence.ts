import { idsOf } from './term-list.js';

/** Whether an incident happened, as judged in an assessment (not who did it, not what crime it is). */
export const VERIFICATION_GRADE_TERMS = [
  ['reported', 'Reported'],
  ['single_source', 'Single source'],
  ['corroborated', 'Corroborated by two or more independent credible sources'],
  ['confirmed', 'Confirmed by physical, forensic or verified media evidence, or by admission'],
  ['contested', 'Contested'],
  ['discounted', 'Discounted'],
] as const;
export const VERIFICATION_GRADES = idsOf(VERIFICATION_GRADE_TERMS);
export type VerificationGrade = (typeof VERIFICATION_GRADES)[number];

/** Where an incident stands in the team's work (src/workflow): the order is the usual path through it. */
export const WORKFLOW_STATUS_TERMS = [
  ['to_do', 'To do'],
  ['in_progress', 'In progress'],
  ['help_needed', 'Help needed'],
  ['ready_for_review', 'Ready for review'],
  ['completed', 'Completed'],
  ['cancelled', 'Cancelled'],
] as const;
export const WORKFLOW_STATUSES = idsOf(WORKFLOW_STATUS_TERMS);
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/**
 * Sensitivity labels built into every case (src/sensitivity): what a colleague should know before opening an
 * item or an incident. A case's owners add their own beside these; graphic_violence is the one that blurs.
 */
export const SENSITIVITY_LABEL_TERMS = [
  ['graphic_violence', 'Graphic violence'],
  ['personal_information', 'Personal information visible'],
  ['deleted_by_source', 'Deleted by its source'],
  ['deceptive', 'Deceptive or misleading'],
] as const;
export const SENSITIVITY_LABELS = idsOf(SENSITIVITY_LABEL_TERMS);
export type SensitivityLabel = (typeof SENSITIVITY_LABELS)[number];

/** How a claim relates to what it is about. */
export const CLAIM_STANCE_TERMS = [
  ['asserts', 'Asserts'],
  ['denies', 'Denies'],
  ['qualifies', 'Qualifies'],
  ['attributes', 'Attributes to an actor'],
  ['characterises_legally', 'Characterises legally'],
  ['reports_third_party', 'Reports what a third party said'],
  // "We have never been able to assess" neither supports nor denies; counting it as either would be wrong.
  ['unable_to_assess', 'Unable to assess (neither support nor denial)'],
  ['speculates', 'Speculates'],
] as const;
export const CLAIM_STANCES = idsOf(CLAIM_STANCE_TERMS);
export type ClaimStance = (typeof CLAIM_STANCES)[number];

export const SOURCE_TYPE_TERMS = [
  ['witness', 'Witness'],
  ['victim', 'Victim'],
  ['ngo', 'Non-governmental organisation'],
  ['un_body', 'United Nations body'],
  ['media', 'News media'],
  ['social_media', 'Social media'],
  ['official', 'Official (government or armed group)'],
  ['satellite_provider', 'Satellite imagery provider'],
  ['other', 'Other'],
] as const;
export const SOURCE_TYPES = idsOf(SOURCE_TYPE_TERMS);
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Admiralty grading of a source's track record (A best, F when it cannot be judged). */
export const SOURCE_RELIABILITY_TERMS = [
  ['A', 'Completely reliable'],
  ['B', 'Usually reliable'],
  ['C', 'Fairly reliable'],
  ['D', 'Not usually reliable'],
  ['E', 'Unreliable'],
  ['F', 'Reliability cannot be judged'],
] as const;
export const SOURCE_RELIABILITY = idsOf(SOURCE_RELIABILITY_TERMS);
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number];

/** Admiralty grading of one claim's credibility. Ids are strings ('1'…'6') like every other term id. */
export const SOURCE_CREDIBILITY_TERMS = [
  ['1', 'Confirmed by other sources'],
  ['2', 'Probably true'],
  ['3', 'Possibly true'],
  ['4', 'Doubtful'],
  ['5', 'Improbable'],
  ['6', 'Truth cannot be judged'],
] as const;
export const SOURCE_CREDIBILITY = idsOf(SOURCE_CREDIBILITY_TERMS);
export type SourceCredibility = (typeof SOURCE_CREDIBILITY)[number];

/**
 * Standards of proof, weakest first: the order of this list is the ordinal used by compareStandards.
 * The ladder mixes systems (civil balance of probabilities sits between criminal stages); it orders how much
 * a finding asserts, not which forum uses it.
 */
export const STANDARD_OF_PROOF_TERMS = [
  ['credible_allegation', 'Credible allegation'],
  ['reasonable_basis', 'Reasonable basis to believe'],
  ['reasonable_grounds_to_believe', 'Reasonable grounds to believe (UN commissions of inquiry, ICC arrest warrants)'],
  ['substantial_grounds', 'Substantial grounds to believe (ICC confirmation of charges)'],
  ['balance_of_probabilities', 'Balance of probabilities'],
  ['clear_and_convincing', 'Clear and convincing evidence'],
  ['beyond_reasonable_doubt', 'Beyond reasonable doubt'],
] as const;
export const STANDARDS_OF_PROOF = idsOf(STANDARD_OF_PROOF_TERMS);
export type StandardOfProof = (typeof STANDARDS_OF_PROOF)[number];

/** How precisely a place is known, finest first. */
export const PLACE_PRECISION_TERMS = [
  ['exact_site', 'Exact site'],
  ['neighbourhood', 'Neighbourhood'],
  ['settlement', 'Settlement (town or village)'],
  ['near_settlement', 'Near a settlement (within 25 km)'],
  ['admin3', 'Third-level administrative area (sub-district)'],
  ['admin2', 'Second-level administrative area (district)'],
  ['admin1', 'First-level administrative area (governorate, province)'],
  ['named_region', 'Named region'],
  ['country', 'Country'],
] as const;
export const PLACE_PRECISIONS = idsOf(PLACE_PRECISION_TERMS);
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/** How a reported figure is qualified; the same list as values/count.ts uses. */
export const COUNT_QUALIFIER_TERMS = [
  ['exact', 'Exact'],
  ['at_least', 'At least'],
  ['at_most', 'At most'],
  ['approx', 'Approximately'],
  ['range', 'Range'],
  ['vague', 'Vague quantity word'],
  ['unknown', 'Unknown'],
] as const;
export const COUNT_QUALIFIERS = idsOf(COUNT_QUALIFIER_TERMS);
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

/** Words sources use instead of figures. 'thousands' is beyond DOMAIN.md's list because values/count.ts reads it. */
export const VAGUE_WORD_TERMS = [
  ['few', 'A few'],
  ['several', 'Several'],
  ['many', 'Many'],
  ['dozens', 'Dozens'],
  ['hundreds', 'Hundreds'],
  ['thousands', 'Thousands'],
] as const;
export const VAGUE_WORDS = idsOf(VAGUE_WORD_TERMS);
export type VagueWord = (typeof VAGUE_WORDS)[number];

/** How precisely a date is known. 'season' is beyond DOMAIN.md's list because values/uncertain-date.ts derives it. */
export const DATE_PRECISION_TERMS = [
  ['hour', 'Hour'],
  ['day', 'Day'],
  ['week', 'Week'],
  ['month', 'Month'],
  ['season', 'Season'],
  ['year', 'Year'],
  ['range', 'Range of dates'],
] as const;
export const DATE_PRECISIONS = idsOf(DATE_PRECISION_TERMS);
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
