import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { listCaptures, requestCaptures } from '../../web-capture/captures.js';
import { requestActor } from '../access.js';

const caseParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const captureBody = {
  type: 'object',
  required: ['urls'],
  additionalProperties: false,
  properties: { urls: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 4000 } } },
} as const;

/** Web captures of a case: asked for here, run by the server's capture queue, listed with their progress. */
export function captureRoutes(dossier: Dossier, onQueued: () => void): FastifyPluginAsync {
  return async (api) => {
    api.post<{ Params: { id: string }; Body: { urls: string[] } }>(
      '/cases/:id/captures',
      { schema: { params: caseParams, body: captureBody }, config: { access: { permission: 'evidence:add', case: { param: 'id' } } } },
      async (request, reply) => {
        const captures = await requestCaptures(dossier.database, requestActor(request), request.params.id, request.body.urls);
        onQueued();
        return reply.code(202).send({ captures });
      },
    );
    api.get<{ Params: { id: string } }>('/cases/:id/captures', { schema: { params: caseParams }, config: { access: { permission: 'evidence:read', case: { param: 'id' } } } }, async (request) => ({
      captures: await listCaptures(dossier.database.db, request.params.id),
    }));
  };
}
