import { translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { disclosableKindMessages as kinds, disclosedKindMessages } from './case-admin.messages.js';

/** What owners may disclose to external counsel: evidence items and records of every kind, by the API's plural. */
export const DISCLOSABLE_KINDS: readonly { value: string; label: Message }[] = [
  { value: 'evidence', label: kinds.evidence },
  { value: 'incidents', label: kinds.incidents },
  { value: 'acts', label: kinds.acts },
  { value: 'victim-groups', label: kinds.victimGroups },
  { value: 'actors', label: kinds.actors },
  { value: 'involvements', label: kinds.involvements },
  { value: 'sites', label: kinds.sites },
  { value: 'sources', label: kinds.sources },
  { value: 'claims', label: kinds.claims },
  { value: 'qualifications', label: kinds.qualifications },
  { value: 'assessments', label: kinds.assessments },
  { value: 'context-events', label: kinds.contextEvents },
  { value: 'pinned-analyses', label: kinds.pinnedAnalyses },
];

/**
 * What a disclosure is, in the reader's words: a record's kind, evidence, or the analysis a pinned one ran; a
 * kind this page does not know yet, as the server writes it, made readable.
 */
export function disclosedKindLabel(kind: string): string {
  return Object.hasOwn(disclosedKindMessages, kind) ? translate(disclosedKindMessages[kind as keyof typeof disclosedKindMessages]) : kind.replaceAll('_', ' ');
}

export interface Pickable {
  id: string;
  label: string;
}

const NAMING_FIELDS = ['title', 'name', 'originalName', 'summary', 'description', 'text', 'type'] as const;

/** A record or evidence item as a picker shows it: its first naming field, cut to one line, and its id. */
export function pickableOf(item: { id: string } & Record<string, unknown>): Pickable {
  const named = NAMING_FIELDS.map((field) => item[field]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (!named) return { id: item.id, label: item.id };
  const line = named.trim().replace(/\s+/g, ' ');
  const short = [...line].length > 80 ? `${[...line].slice(0, 79).join('')}…` : line;
  return { id: item.id, label: `${short} (${item.id})` };
}

export type DisclosedType = 'record' | 'evidence' | 'analysis';

/** Where a disclosed object is read by counsel: a record or a pinned analysis as JSON, an evidence item's bytes. */
export function disclosedHref(caseId: string, objectType: DisclosedType, objectId: string): string {
  const part = objectType === 'record' ? 'records' : objectType === 'analysis' ? 'analyses' : 'evidence';
  const tail = objectType === 'evidence' ? '/content' : '';
  return `/api/v1/cases/${encodeURIComponent(caseId)}/disclosed/${part}/${encodeURIComponent(objectId)}${tail}`;
}
