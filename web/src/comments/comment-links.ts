import { href } from '../route.js';
import { kindByName } from '../records/kinds.js';

/** Where a linked subject is read: the incident page, the evidence item page, or the record page of its kind. */
export function subjectHref(caseId: string, kind: string, id: string): string | undefined {
  if (kind === 'incident') return href({ page: 'incident', caseId, id });
  if (kind === 'evidence') return href({ page: 'evidence-item', caseId, id });
  const info = kindByName(kind);
  return info ? href({ page: 'record', caseId, kind: info.plural, id }) : undefined;
}
