import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { caseSummary } from '../../analysis/case-summary.js';
import { getCase } from '../../cases/cases.js';
import { incidentFile } from '../../incidents/incident-file.js';
import { incidentKind } from '../../incidents/incident-kind.js';
import { addIncident, readIncidentEntry } from '../../incidents/quick-entry.js';
import { VICTIM_FIGURES } from '../../incidents/victim-group-kind.js';
import { filterFromQuery, ListQuerySchema, type ListQuery } from '../../records/filter-input.js';
import { searchText } from '../../records/record-search.js';
import { requestActor } from '../access.js';
import { problemResponses, routeSchema } from '../route-schema.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const searchQuery = {
  type: 'object',
  required: ['q'],
  additionalProperties: false,
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 500, description: 'Words to find (English or Arabic); the last word matches as a prefix' },
    kind: { type: 'string', maxLength: 200, description: 'Comma-separated record kinds (incident, claim, source, …)' },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
  },
} as const;

/** Read-only views computed over a case: an incident's whole file, summaries with honest totals, search. */
export function analysisRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    api.get<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/incidents/:id/file',
      {
        schema: {
          tags: ['incidents'],
          summary: 'An incident with its acts, victims, involvements, qualifications, assessments, claims grouped by field, findings and figures',
          params: { type: 'object', required: ['caseId', 'id'], properties: { caseId: { type: 'string' }, id: { type: 'string' } } },
          response: problemResponses,
        },
        config: { access: { permission: 'records:read', case: { param: 'caseId' } } },
      },
      async (request) => incidentFile(dossier.database, request.params.id, request.params.caseId),
    );

    api.get<{ Params: { caseId: string }; Querystring: ListQuery }>(
      '/cases/:caseId/summary',
      {
        schema: {
          tags: ['analysis'],
          summary: 'Counts by type, means, target, grade and actor, and victim totals that keep their bounds, over the incidents the filters select',
          params: caseParams,
          querystring: routeSchema(ListQuerySchema),
          response: problemResponses,
        },
        config: { access: { permission: 'records:read', case: { param: 'caseId' } } },
      },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        const { filter } = filterFromQuery(request.query);
        return caseSummary(dossier.database, { ...filter, caseIds: [request.params.caseId] });
      },
    );

    const entryBody = {
      type: 'object',
      required: ['title', 'types'],
      additionalProperties: false,
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 500 },
        types: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', maxLength: 60 } },
        narrative: { type: 'string', maxLength: 50_000 },
        date: { type: 'string', maxLength: 200, description: 'In words: "mid-July 2016", "2016-07-15/2016-12-22", "in the last week"' },
        dateAnchor: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        place: { type: 'string', maxLength: 200, description: 'A place name in Latin or Arabic script, read through the gazetteer' },
        figures: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(VICTIM_FIGURES.map((f) => [f, { type: 'string', maxLength: 200, description: 'In words: "at least 14", "14-20", "dozens"' }])),
        },
      },
    } as const;
    type Entry = { title: string; types: string[]; narrative?: string; date?: string; dateAnchor?: string; place?: string; figures?: Record<string, string> };
    const write = { access: { permission: 'records:write', case: { param: 'caseId' } } } as const;

    // An incident typed in words, read the way the CLI reads it; the reading is shown before anything is saved.
    api.post<{ Params: { caseId: string }; Body: Entry }>(
      '/cases/:caseId/incidents/entry/read',
      { schema: { tags: ['incidents'], summary: 'Read an incident typed in words (dates, places, figures) without saving it; shows how each value was read', params: caseParams, body: entryBody, response: problemResponses }, config: write },
      async (request) => {
        const read = readIncidentEntry(request.body, await dossier.places());
        return { readings: read.readings, incident: read.incident, figures: read.figures };
      },
    );
    api.post<{ Params: { caseId: string }; Body: Entry }>(
      '/cases/:caseId/incidents/entry',
      { schema: { tags: ['incidents'], summary: 'Create an incident typed in words, with a victim group for the figures given', params: caseParams, body: entryBody, response: problemResponses }, config: write },
      async (request, reply) => {
        const read = readIncidentEntry(request.body, await dossier.places());
        const created = await addIncident({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() }, requestActor(request), request.params.caseId, read);
        return reply.code(201).send({ ...created, readings: read.readings });
      },
    );

    api.get<{ Params: { caseId: string }; Querystring: { q: string; kind?: string; limit?: number } }>(
      '/cases/:caseId/search',
      { schema: { tags: ['analysis'], summary: 'Full-text search with counts by kind and incident facets', params: caseParams, querystring: searchQuery, response: problemResponses }, config: { access: { permission: 'records:read', case: { param: 'caseId' } } }, },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        const kinds = request.query.kind?.split(',').map((k) => k.trim()).filter(Boolean);
        return searchText(dossier.database, incidentKind, request.query.q, { caseIds: [request.params.caseId], kinds, limit: request.query.limit });
      },
    );
  };
}
