import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { RECORD_KIND_LIST } from '../../app/record-kinds.js';
import { getCase } from '../../cases/cases.js';
import { invalidField } from '../../common/errors.js';
import { filterFromQuery, ListQuerySchema, type ListQuery } from '../../records/filter-input.js';
import { recordHistory } from '../../records/record-history.js';
import { recordOrigin } from '../../records/record-origins.js';
import type { RecordKind } from '../../records/record-kind.js';
import { listRecords } from '../../records/record-query.js';
import { createRecord, getRecord, readRestricted, updateRecord } from '../../records/record-store.js';
import { readWorkflow } from '../../workflow/incident-workflow.js';
import { workflowSummaries } from '../../workflow/queue.js';
import { sealedUnlessOwner } from '../../workflow/sealing.js';
import { requestActor, requestRoles } from '../access.js';
import { problemResponses, routeSchema } from '../route-schema.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const recordParams = {
  type: 'object',
  required: ['caseId', 'id'],
  properties: { caseId: { type: 'string', maxLength: 64 }, id: { type: 'string', maxLength: 64 } },
} as const;

const RevisionSchema = {
  type: 'object',
  properties: {
    rev: { type: 'integer' },
    at: { type: 'string' },
    actor: { type: 'string' },
    ledgerSeq: { type: 'integer' },
    commitment: { type: 'string', description: 'Salted SHA-256 of `document` held by the ledger entry' },
    salt: { type: 'string' },
    document: { type: 'string', description: 'The exact canonical JSON committed to' },
    changedFields: { type: 'array', items: { type: 'string' } },
  },
} as const;

const OriginSchema = {
  type: ['object', 'null'],
  description: 'Where an imported record came from (a partner\'s case file); null for a record made here',
  properties: {
    partnerLog: { type: 'string', description: "The partner's custody log" },
    partnerCaseId: { type: 'string' },
    partnerRecordId: { type: 'string' },
    partnerRev: { type: 'integer' },
    bagTagManifestSha256: { type: 'string', description: "SHA-256 of the bag's tagmanifest-sha256.txt" },
    bagEntry: { type: 'string', description: 'The file in the bag the record was read from' },
    transferSeq: { type: 'integer', description: 'Our transfer entry that logged the bag' },
  },
} as const;

/** Create, read, update, list and history for every kind of record, all under the case they belong to. */
export function recordRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    for (const kind of RECORD_KIND_LIST) registerKind(api, dossier, kind);
  };
}

type Api = Parameters<FastifyPluginAsync>[0];

function registerKind(api: Api, dossier: Dossier, kind: RecordKind<any>): void {
  const base = `/cases/:caseId/${kind.plural}`;
  const view = routeSchema(kind.viewSchema);
  const tags = [kind.plural];
  const deps = async () => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places(), keyring: dossier.keyring });
  const read = { access: { permission: 'records:read', case: { param: 'caseId' } } } as const;
  // Assessments are the reviewers' judgements; everything else is the investigators' documentation.
  const write = { access: { permission: kind.name === 'assessment' ? 'assessments:write' : 'records:write', case: { param: 'caseId' } } } as const;

  api.get<{ Params: { caseId: string }; Querystring: ListQuery }>(
    base,
    {
      schema: {
        tags,
        summary: `List ${kind.plural} of a case`,
        params: caseParams,
        querystring: routeSchema(ListQuerySchema),
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: view }, nextCursor: { type: 'string' } } }, ...problemResponses },
      },
      config: read,
    },
    async (request) => {
      await getCase(dossier, request.params.caseId);
      const { filter, page } = filterFromQuery(request.query);
      const listed = await listRecords(dossier.database, kind, { ...filter, caseIds: [request.params.caseId] }, page);
      if (kind.name !== 'incident') return listed;
      // The incident table shows where each stands in the team's work, and its bulk actions start from it.
      const workflows = await workflowSummaries(dossier.database.db, listed.items.map((item) => item.id));
      return { ...listed, items: listed.items.map((item) => ({ ...item, workflowStatus: workflows.get(item.id)?.status, workflowAssignees: workflows.get(item.id)?.assignees })) };
    },
  );

  api.post<{ Params: { caseId: string }; Body: object }>(
    base,
    { schema: { tags, summary: `Create a ${kind.label}`, params: caseParams, body: routeSchema(kind.createSchema), response: { 201: view, ...problemResponses } }, config: write },
    async (request, reply) => {
      const created = await createRecord(await deps(), kind, requestActor(request), request.params.caseId, request.body as object);
      return reply.code(201).header('location', `/api/v1/cases/${created.caseId}/${kind.plural}/${created.id}`).header('etag', `"${created.rev}"`).send(created);
    },
  );

  api.get<{ Params: { caseId: string; id: string } }>(
    `${base}/:id`,
    { schema: { tags, summary: `Read a ${kind.label}`, params: recordParams, response: { 200: view, ...problemResponses } }, config: read },
    async (request, reply) => {
      const record = await getRecord(dossier, kind, request.params.id, request.params.caseId);
      // An incident is read with its place in the team's work.
      const shown = kind.name === 'incident' ? { ...record, workflow: await readWorkflow(dossier.database.db, record.caseId, record.id) } : record;
      return reply.header('etag', `"${record.rev}"`).send(shown);
    },
  );

  if (!kind.appendOnly) {
    api.patch<{ Params: { caseId: string; id: string }; Body: Record<string, unknown> }>(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Change a ${kind.label} (fields given replace the old ones; null removes an optional field). Send If-Match with the ETag to refuse lost updates.`,
          params: recordParams,
          body: routeSchema(kind.patchSchema),
          response: { 200: view, ...problemResponses },
        },
        config: write,
      },
      async (request, reply) => {
        const expectedRev = parseIfMatch(request.headers['if-match']);
        const updated = await updateRecord(await deps(), kind, requestActor(request), request.params.id, request.body, {
          caseId: request.params.caseId,
          expectedRev,
          // A completed incident is sealed against edits by anyone but the case's owners.
          mayChange: kind.name === 'incident' ? sealedUnlessOwner(requestRoles(request, request.params.caseId)) : undefined,
        });
        return reply.header('etag', `"${updated.rev}"`).send(updated);
      },
    );
  }

  if (kind.restrictedSchema) {
    api.get<{ Params: { caseId: string; id: string } }>(
      `${base}/:id/restricted`,
      {
        schema: {
          tags,
          summary: `The restricted part of a ${kind.label}, opened; each read is logged in the ledger`,
          params: recordParams,
          response: { 200: { type: 'object', properties: { id: { type: 'string' }, rev: { type: 'integer' }, restricted: { anyOf: [routeSchema(kind.restrictedSchema), { type: 'null' }] } } }, ...problemResponses },
        },
        config: { access: { permission: 'restricted:read', case: { param: 'caseId' } } },
      },
      async (request, reply) => {
        const opened = await readRestricted(await deps(), kind, requestActor(request), request.params.id, request.params.caseId);
        // Not to be kept by browsers or proxies.
        return reply.header('cache-control', 'no-store').send(opened);
      },
    );
  }

  api.get<{ Params: { caseId: string; id: string } }>(
    `${base}/:id/history`,
    {
      schema: {
        tags,
        summary: `Every revision of a ${kind.label}, with the ledger entry that logged it`,
        params: recordParams,
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: RevisionSchema }, origin: OriginSchema } }, ...problemResponses },
      },
      config: read,
    },
    async (request) => ({
      items: await recordHistory(dossier.database, kind, request.params.id, request.params.caseId),
      origin: await recordOrigin(dossier.database.db, request.params.id),
    }),
  );
}

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match) throw invalidField('If-Match', 'must be an ETag this server gave out, e.g. "3"', header);
  return Number(match[1]);
}

