import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { caseSummary } from '../../analysis/case-summary.js';
import { getCase } from '../../cases/cases.js';
import { incidentFile } from '../../incidents/incident-file.js';
import { incidentKind } from '../../incidents/incident-kind.js';
import { filterFromQuery, ListQuerySchema, type ListQuery } from '../../records/filter-input.js';
import { searchText } from '../../records/record-search.js';
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
          summary: 'Counts by type, grade and actor, and victim totals that keep their bounds, over the incidents the filters select',
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
