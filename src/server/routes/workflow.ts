import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { Dossier } from '../../app/open.js';
import { getCase } from '../../cases/cases.js';
import { retagIncidents, type TagChange } from '../../incidents/incident-tags.js';
import { setCaseTransitions, transitionsOf } from '../../workflow/case-transitions.js';
import { changeWorkflow, changeWorkflowInBulk, readWorkflow, type WorkflowChange } from '../../workflow/incident-workflow.js';
import { assertMayView, listQueue, QUEUE_VIEWS, type QueueView } from '../../workflow/queue.js';
import { listEvidenceQueue } from '../../workflow/evidence-queue.js';
import { changeEvidenceWorkflow, readEvidenceWorkflow, type EvidenceWorkflowChange } from '../../workflow/evidence-workflow.js';
import { BulkTagChangeSchema, BulkWorkflowChangeSchema, EvidenceWorkflowChangeSchema, EvidenceWorkflowSchema, RetaggedIncidentSchema, CaseTransitionsSchema, IncidentWorkflowSchema, QueueItemSchema, TransitionTableSchema, WorkflowChangeSchema } from '../../workflow/schema.js';
import { requestActor, requestRoles } from '../access.js';
import { problemResponses, routeSchema } from '../route-schema.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const incidentParams = {
  type: 'object',
  required: ['caseId', 'id'],
  properties: { caseId: { type: 'string', maxLength: 64 }, id: { type: 'string', maxLength: 64 } },
} as const;
const QueueQuerySchema = Type.Object(
  {
    subject: Type.Optional(Type.Enum(['incidents', 'evidence'], { description: 'incidents (default), or evidence items awaiting processing' })),
    view: Type.Optional(Type.Enum(QUEUE_VIEWS, { description: 'mine: assigned to me, not final; review: ready for review; unclaimed: to do, no assignee; all (default mine)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'Page size (default 50)' })),
    cursor: Type.Optional(Type.String({ maxLength: 500, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

const tags = ['workflow'];
const readAccess = { access: { permission: 'records:read', case: { param: 'caseId' } } } as const;
const writeAccess = { access: { permission: 'workflow:write', case: { param: 'caseId' } } } as const;

/**
 * The team's workflow over a case's incidents: each incident's status, assignees and due date, many at once,
 * the queue to pick work from, and the case's transition table. Every change is a ledger entry per incident.
 */
export function workflowRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const deps = { database: dossier.database, ledger: dossier.ledger };
    const who = (request: Parameters<typeof requestActor>[0], caseId: string) => ({ actor: requestActor(request), roles: requestRoles(request, caseId) });
    const view = routeSchema(IncidentWorkflowSchema);

    api.get<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/incidents/:id/workflow',
      { schema: { tags, summary: "An incident's workflow: status, assignees, due date, duplicate links", params: incidentParams, response: { 200: view, ...problemResponses } }, config: readAccess },
      async (request) => readWorkflow(dossier.database.db, request.params.caseId, request.params.id),
    );

    api.put<{ Params: { caseId: string; id: string }; Body: WorkflowChange }>(
      '/cases/:caseId/incidents/:id/workflow',
      {
        schema: {
          tags,
          summary:
            'Move an incident through the workflow or change its assignees or due date. A move the case’s table forbids is 409 (field status); completing is for reviewers and owners, reopening for owners (403, field status); cancelling needs a reason.',
          params: incidentParams,
          body: routeSchema(WorkflowChangeSchema),
          response: { 200: view, ...problemResponses },
        },
        config: writeAccess,
      },
      async (request) => changeWorkflow(deps, who(request, request.params.caseId), request.params.caseId, request.params.id, request.body),
    );

    api.post<{ Params: { caseId: string }; Body: WorkflowChange & { incidentIds: string[] } }>(
      '/cases/:caseId/workflow/bulk',
      {
        schema: {
          tags,
          summary: 'The same workflow change to many incidents, all or none; each changed incident is its own ledger entry',
          params: caseParams,
          body: routeSchema(BulkWorkflowChangeSchema),
          response: { 200: { type: 'object', properties: { items: { type: 'array', items: view } } }, ...problemResponses },
        },
        config: writeAccess,
      },
      async (request) => {
        const { incidentIds, ...change } = request.body;
        return { items: await changeWorkflowInBulk(deps, who(request, request.params.caseId), request.params.caseId, incidentIds, change) };
      },
    );

    api.post<{ Params: { caseId: string }; Body: TagChange & { incidentIds: string[] } }>(
      '/cases/:caseId/incidents/bulk-tags',
      {
        schema: {
          tags: ['incidents'],
          summary: 'Add and take off the same tags on many incidents, all or none; each changed incident is a new revision and its own ledger entry. A completed incident is sealed (409, field status) unless the sender owns the case.',
          params: caseParams,
          body: routeSchema(BulkTagChangeSchema),
          response: { 200: { type: 'object', properties: { items: { type: 'array', items: routeSchema(RetaggedIncidentSchema) } } }, ...problemResponses },
        },
        config: { access: { permission: 'records:write', case: { param: 'caseId' } } },
      },
      async (request) => {
        const { incidentIds, ...change } = request.body;
        const recordDeps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places(), keyring: dossier.keyring };
        return { items: await retagIncidents(recordDeps, who(request, request.params.caseId), request.params.caseId, incidentIds, change) };
      },
    );

    api.get<{ Params: { caseId: string }; Querystring: { subject?: 'incidents' | 'evidence'; view?: QueueView; limit?: number; cursor?: string } }>(
      '/cases/:caseId/queue',
      {
        schema: {
          tags,
          summary: 'Incidents to work on, oldest first by when each entered its status',
          params: caseParams,
          querystring: routeSchema(QueueQuerySchema),
          response: { 200: { type: 'object', properties: { items: { type: 'array', items: routeSchema(QueueItemSchema) }, nextCursor: { type: 'string' } } }, ...problemResponses },
        },
        config: readAccess,
      },
      async (request) => {
        const { caseId } = request.params;
        await getCase(dossier, caseId);
        const reader = { username: request.principal!.username, roles: requestRoles(request, caseId) };
        const view = request.query.view ?? 'mine';
        const page = { limit: request.query.limit, cursor: request.query.cursor };
        if (request.query.subject !== 'evidence') return listQueue(dossier.database.db, caseId, view, reader, page);
        assertMayView(view, reader);
        return listEvidenceQueue(dossier.database.db, caseId, view, reader, page);
      },
    );

    const evidenceParams = {
      type: 'object',
      required: ['caseId', 'itemId'],
      properties: { caseId: { type: 'string', maxLength: 64 }, itemId: { type: 'string', maxLength: 64 } },
    } as const;
    const evidenceView = routeSchema(EvidenceWorkflowSchema);
    api.get<{ Params: { caseId: string; itemId: string } }>(
      '/cases/:caseId/evidence/:itemId/workflow',
      {
        schema: { tags, summary: "An evidence item's place in the case's work: status, assignees, due date", params: evidenceParams, response: { 200: evidenceView, ...problemResponses } },
        config: { access: { permission: 'evidence:read', case: { param: 'caseId' } } },
      },
      async (request) => readEvidenceWorkflow(dossier.database.db, request.params.caseId, request.params.itemId),
    );
    api.put<{ Params: { caseId: string; itemId: string }; Body: EvidenceWorkflowChange }>(
      '/cases/:caseId/evidence/:itemId/workflow',
      {
        schema: {
          tags,
          summary: 'Move an evidence item awaiting processing through the case’s workflow (the incidents’ statuses, transitions and rules by role), or change its assignees or due date; a ledger entry on the item',
          params: evidenceParams,
          body: routeSchema(EvidenceWorkflowChangeSchema),
          response: { 200: evidenceView, ...problemResponses },
        },
        config: writeAccess,
      },
      async (request) => changeEvidenceWorkflow(deps, who(request, request.params.caseId), request.params.caseId, request.params.itemId, request.body),
    );

    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/workflow/transitions',
      { schema: { tags, summary: "The case's transition table (the default until its owners set one)", params: caseParams, response: { 200: routeSchema(CaseTransitionsSchema), ...problemResponses } }, config: readAccess },
      async (request) => transitionsOf(dossier.database.db, request.params.caseId),
    );

    api.put<{ Params: { caseId: string }; Body: { transitions: unknown } }>(
      '/cases/:caseId/workflow/transitions',
      {
        schema: {
          tags,
          summary: "Replace the case's transition table (owners): known statuses only, every status reachable from to_do; logged in the ledger",
          params: caseParams,
          body: { type: 'object', required: ['transitions'], additionalProperties: false, properties: { transitions: routeSchema(TransitionTableSchema) } },
          response: { 200: routeSchema(CaseTransitionsSchema), ...problemResponses },
        },
        config: { access: { permission: 'case:manage', case: { param: 'caseId' } } },
      },
      async (request) => setCaseTransitions(deps, requestActor(request), request.params.caseId, request.body.transitions),
    );
  };
}
