import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { createCase, getCase, listCases } from '../../cases/cases.js';
import { setMember } from '../../access/members.js';
import { requestActor } from '../access.js';

const caseIdParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const newCaseBody = {
  type: 'object',
  required: ['id', 'title'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 64 },
    title: { type: 'string', minLength: 1, maxLength: 500 },
    description: { type: 'string', maxLength: 20000 },
  },
} as const;

export function caseRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    // The cases one belongs to; an administrator sees no case they are not a member of.
    api.get('/cases', { config: { access: { permission: 'case:read', case: 'each' } } }, async (request) => ({
      items: await listCases(dossier, request.allowedCases ?? []),
    }));
    api.get<{ Params: { id: string } }>('/cases/:id', { schema: { params: caseIdParams }, config: { access: { permission: 'case:read', case: { param: 'id' } } } }, async (request) =>
      getCase(dossier, request.params.id),
    );
    api.post<{ Body: { id: string; title: string; description?: string } }>('/cases', { schema: { body: newCaseBody }, config: { access: { permission: 'signed-in' } } }, async (request, reply) => {
      const actor = requestActor(request);
      const username = request.principal!.username;
      // Whoever opens a case owns it, in the same transaction: no case is ever left without an owner.
      const created = await createCase(dossier, actor, request.body, (trx) => setMember(trx, actor, request.body.id, username, 'owner').then(() => undefined));
      return reply.code(201).header('location', `/api/v1/cases/${created.id}`).send(created);
    });
  };
}
