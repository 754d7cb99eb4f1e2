import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { DossierError } from '../../common/errors.js';

const index = { type: 'integer', minimum: 0 } as const;
const entriesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: index,
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
    case: { type: 'string', maxLength: 64 },
    evidence: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  },
} as const;

export function ledgerRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const ledger = dossier.ledger;
    api.get<{ Querystring: { from?: number; limit?: number; case?: string; evidence?: string } }>(
      '/ledger/entries',
      { schema: { querystring: entriesQuery }, config: { access: { permission: 'ledger:read', case: { query: 'case' } } } },
      async (request) => {
        const { from, limit = 100, case: caseId, evidence } = request.query;
        const items = await ledger.entries({ from: from ?? 0, limit, ...(caseId && { caseId }), ...(evidence && { evidenceSha256: evidence }) });
        const last = items.at(-1);
        return { items, next: items.length === limit && last ? last.seq + 1 : null };
      },
    );
    api.get<{ Params: { seq: number } }>(
      '/ledger/entries/:seq',
      { schema: { params: { type: 'object', required: ['seq'], properties: { seq: index } } }, config: { access: { permission: 'ledger:read', case: { ledgerEntry: { param: 'seq' } } } } },
      async (request) => ledger.entry(request.params.seq),
    );
    // The signed head, the key and consistency proofs are public: anyone may watch that the log only grows.
    api.get('/ledger/checkpoint', { config: { access: { permission: 'public' } } }, async (_request, reply) => {
      const note = await ledger.latestCheckpoint();
      if (note === undefined) throw new DossierError('NOT_FOUND', 'the ledger has no checkpoint yet');
      return reply.type('text/plain; charset=utf-8').send(note);
    });
    api.get('/ledger/key', { config: { access: { permission: 'public' } } }, async () => ({ origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey }));
    api.get<{ Querystring: { index: number; size?: number } }>(
      '/ledger/proofs/inclusion',
      { schema: { querystring: { type: 'object', required: ['index'], additionalProperties: false, properties: { index, size: index } } }, config: { access: { permission: 'ledger:read', case: { ledgerEntry: { query: 'index' } } } } },
      async (request) => ledger.inclusionProof(request.query.index, request.query.size),
    );
    api.get<{ Querystring: { old: number; new?: number } }>(
      '/ledger/proofs/consistency',
      { schema: { querystring: { type: 'object', required: ['old'], additionalProperties: false, properties: { old: index, new: index } } }, config: { access: { permission: 'public' } } },
      async (request) => ledger.consistencyProof(request.query.old, request.query.new),
    );
  };
}
