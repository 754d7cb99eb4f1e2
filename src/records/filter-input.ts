import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { parseBoundingBox } from '../values/place.js';
import { parseDateText } from '../values/date-text.js';
import { WORKFLOW_STATUSES } from '../vocab/vocabularies.js';
import type { RecordFilter, RecordSort } from './record-query.js';
import { pcodeColumn, SORTS } from './record-query.js';

/**
 * List filters as both faces take them (query string, CLI options): plain strings, comma-separated lists.
 * One parser, so `?type=air_strike,barrel_bomb&from=2016-07` and `--type air_strike,barrel_bomb --from 2016-07`
 * mean the same.
 */
export const ListQuerySchema = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'Page size (default 50)' })),
    cursor: Type.Optional(Type.String({ maxLength: 500, description: 'nextCursor of the previous page' })),
    sort: Type.Optional(Type.Enum(SORTS, { description: 'date (earliest first), updated or title; "-" for descending' })),
    q: Type.Optional(Type.String({ maxLength: 500, description: 'Full-text query (English or Arabic)' })),
    status: Type.Optional(Type.String({ maxLength: 500, description: 'Comma-separated statuses: an incident’s grade, a claim’s status' })),
    grade: Type.Optional(Type.String({ maxLength: 500, description: 'Comma-separated verification grades (incidents)' })),
    type: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated incident types (of the incident or any of its acts)' })),
    means: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated means' })),
    target: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated target objects' })),
    actor: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated actor ids (any involvement, either-or included)' })),
    pcode: Type.Optional(Type.String({ maxLength: 20, description: 'OCHA P-code of a governorate (SY02), district (SY0200) or community (C1007)' })),
    bbox: Type.Optional(Type.String({ maxLength: 100, description: 'west,south,east,north in degrees' })),
    from: Type.Optional(Type.String({ maxLength: 60, description: 'Start of a date range (EDTF or words); records whose dates overlap it' })),
    to: Type.Optional(Type.String({ maxLength: 60, description: 'End of the date range' })),
    parent: Type.Optional(Type.String({ maxLength: 64, description: 'Parent record id (an act’s incident, a claim’s subject)' })),
    incident: Type.Optional(Type.String({ maxLength: 64, description: 'Records belonging to this incident' })),
    workflow: Type.Optional(Type.String({ maxLength: 200, description: 'Comma-separated workflow statuses (incidents): to_do, in_progress, help_needed, ready_for_review, completed, cancelled' })),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof ListQuerySchema>;

export function filterFromQuery(query: ListQuery): { filter: RecordFilter; page: { limit?: number; cursor?: string; sort?: RecordSort } } {
  const list = (value: string | undefined) => value?.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const terms = (
    [
      ['incident_type', list(query.type)],
      ['means', list(query.means)],
      ['target', list(query.target)],
      ['actor', list(query.actor)],
    ] as const
  )
    .filter(([, values]) => values?.length)
    .map(([vocab, values]) => ({ vocab, anyOf: [...values!] }));
  const filter: RecordFilter = {};
  if (terms.length) filter.terms = terms;
  const status = [...(list(query.status) ?? []), ...(list(query.grade) ?? [])];
  if (status.length) filter.status = status;
  if (query.q) filter.text = query.q;
  if (query.pcode) {
    pcodeColumn(query.pcode); // refuses, before any query, a code the index cannot find
    filter.pcode = query.pcode;
  }
  if (query.bbox) filter.bbox = parseBoundingBox('bbox', query.bbox);
  if (query.from) filter.dateFrom = parseDateText('from', query.from).earliest;
  if (query.to) filter.dateTo = parseDateText('to', query.to).latest;
  if (filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo) throw invalidField('to', 'the range ends before it starts', query.to);
  if (query.parent) filter.parentId = query.parent;
  if (query.incident) filter.incidentId = query.incident;
  const workflow = list(query.workflow);
  if (workflow?.length) {
    const unknown = workflow.find((status) => !(WORKFLOW_STATUSES as readonly string[]).includes(status));
    if (unknown !== undefined) throw invalidField('workflow', `"${unknown}" is not a workflow status (known: ${WORKFLOW_STATUSES.join(', ')})`, query.workflow);
    filter.workflowStatus = workflow;
  }
  const page: { limit?: number; cursor?: string; sort?: RecordSort } = {};
  if (query.limit !== undefined) page.limit = query.limit;
  if (query.cursor) page.cursor = query.cursor;
  if (query.sort) page.sort = query.sort;
  return { filter, page };
}
