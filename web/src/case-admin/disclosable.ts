/** What owners may disclose to external counsel: evidence items and records of every kind, by the API's plural. */
export const DISCLOSABLE_KINDS: readonly { value: string; label: string }[] = [
  { value: 'evidence', label: 'Evidence item' },
  { value: 'incidents', label: 'Incident' },
  { value: 'acts', label: 'Act' },
  { value: 'victim-groups', label: 'Victim group' },
  { value: 'actors', label: 'Actor' },
  { value: 'involvements', label: 'Involvement' },
  { value: 'sites', label: 'Site' },
  { value: 'sources', label: 'Source' },
  { value: 'claims', label: 'Claim' },
  { value: 'qualifications', label: 'Legal qualification' },
  { value: 'assessments', label: 'Assessment' },
  { value: 'context-events', label: 'Context event' },
  { value: 'pinned-analyses', label: 'Pinned analysis (lists the incidents it counts)' },
];

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
