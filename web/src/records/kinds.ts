import type { CasePermission } from '../../../src/access/permissions.js';
import { translate } from '../i18n/active-locale.js';
import { kindSentence } from './kinds.messages.js';

/** A record as every read of the API returns it: its stamps, then its own fields. */
export interface RecordView {
  id: string;
  kind: string;
  caseId: string;
  rev: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  hasRestricted?: boolean;
  [field: string]: unknown;
}

/**
 * What the web app needs to know of each kind beyond its schema (which comes from the API): its URL plural,
 * id prefix and label (checked against the server's kinds by kinds.test.ts), which field names a record in a
 * list, and which holds its status. The label is the server's English; pages name a kind through
 * kinds.messages.ts, in the reader's language.
 */
export interface KindInfo {
  name: string;
  plural: string;
  label: string;
  idPrefix: string;
  /**
   * The fields that name a record in lists and pickers, joined in this order (those present). At most one of
   * them points at other records (an act's incident, an involvement's actors): those are named by their titles.
   */
  titleFields: readonly string[];
  statusField?: string;
  appendOnly?: boolean;
}

export const KINDS: readonly KindInfo[] = [
  { name: 'incident', plural: 'incidents', label: 'incident', idPrefix: 'inc', titleFields: ['title'], statusField: 'grade' },
  { name: 'act', plural: 'acts', label: 'act', idPrefix: 'act', titleFields: ['type', 'date', 'incidentId'] },
  { name: 'victim_group', plural: 'victim-groups', label: 'victim group', idPrefix: 'vg', titleFields: ['description', 'killed', 'countingUnit'] },
  { name: 'actor', plural: 'actors', label: 'actor', idPrefix: 'actr', titleFields: ['name'], statusField: 'actorType' },
  { name: 'involvement', plural: 'involvements', label: 'involvement', idPrefix: 'inv', titleFields: ['actorIds', 'factualRole'], statusField: 'attributionStatus' },
  { name: 'site', plural: 'sites', label: 'site', idPrefix: 'site', titleFields: ['name'], statusField: 'siteType' },
  { name: 'source', plural: 'sources', label: 'source', idPrefix: 'src', titleFields: ['name'], statusField: 'reliability' },
  { name: 'claim', plural: 'claims', label: 'claim', idPrefix: 'clm', titleFields: ['subject', 'excerpt'], statusField: 'status' },
  { name: 'qualification', plural: 'qualifications', label: 'legal qualification', idPrefix: 'qual', titleFields: ['citation', 'provision'] },
  { name: 'assessment', plural: 'assessments', label: 'assessment', idPrefix: 'asmt', titleFields: ['assessmentType', 'assessor', 'assessedOn'], statusField: 'grade', appendOnly: true },
  { name: 'context_event', plural: 'context-events', label: 'context event', idPrefix: 'ctx', titleFields: ['title'], statusField: 'eventKind' },
];

/** The kinds the records pages create and edit: incidents have their own pages. */
export const RECORD_PAGE_KINDS = KINDS.filter((k) => k.name !== 'incident');

export const kindByPlural = (plural: string | undefined): KindInfo | undefined => KINDS.find((k) => k.plural === plural);
export const kindByName = (name: string | undefined): KindInfo | undefined => KINDS.find((k) => k.name === name);
export const kindByPrefix = (prefix: string): KindInfo | undefined => KINDS.find((k) => k.idPrefix === prefix);

/** Evidence items are not records, but records point at them by id (`ev_…`). */
export const EVIDENCE_PREFIX = 'ev';

/** The kind an id belongs to, read from its prefix. */
export function kindOfId(id: string): KindInfo | undefined {
  const prefix = /^([a-z]+)_/.exec(id)?.[1];
  return prefix ? kindByPrefix(prefix) : undefined;
}

/** Assessments are the reviewers' judgements; everything else is the investigators' documentation. */
export function writePermission(kind: KindInfo): CasePermission {
  return kind.name === 'assessment' ? 'assessments:write' : 'records:write';
}

/** "source", "victim group", "legal qualification", in the reader's language: a kind named among others. */
export const kindLabel = (kind: KindInfo): string => translate(kindSentence('one', kind.name));
