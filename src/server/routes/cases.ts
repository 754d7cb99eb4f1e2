import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { createCase, getCase, listCases } from '../../cases/cases.js';
import { requestActor } from '../actor.js';

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
    api.get('/cases', async () => ({ items: await listCases(dossier) }));
    api.get<{ Params: { id: string } }>('/cases/:id', { schema: { params: caseIdParams } }, async (request) =>
      getCase(dossier, request.params.id),
    );
    api.post<{ Body: { id: string; title: string; description?: string } }>('/cases', { schema: { body: newCaseBody } }, async (request, reply) => {
      const created = await createCase(dossier, requestActor(request), request.body);
      return reply.code(201).header('location', `/api/v1/cases/${created.id}`).send(created);
    });
  };
}
