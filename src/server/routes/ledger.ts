import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { DossierError } from '../../common/errors.js';
import { CUSTODY_ACTIONS, type CustodyAction } from '../../ledger/entry.js';
import { searchEntries } from '../../ledger/entry-search.js';
import { cosignedCheckpoint, witnessPolicy } from '../../witness/witnessing.js';

const index = { type: 'integer', minimum: 0 } as const;
/** Paging and the case, as both the entry list and the entry search take them. */
const entryPage = { from: index, limit: { type: 'integer', minimum: 1, maximum: 1000 }, case: { type: 'string', maxLength: 64 } } as const;
const entriesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...entryPage, evidence: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
} as const;
const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...entryPage,
    action: { type: 'string', enum: [...CUSTODY_ACTIONS] },
    actor: { type: 'string', minLength: 1, maxLength: 200 },
    evidence: { type: 'string', pattern: '^[0-9a-fA-F]{1,64}$' },
    record: { type: 'string', minLength: 1, maxLength: 100 },
    q: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;
/** A leaf hash is 64 hex characters: 5,000 of them is a third of a megabyte. */
const MAX_LEAVES = 5000;
const leavesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { from: index, limit: { type: 'integer', minimum: 1, maximum: MAX_LEAVES }, size: index },
} as const;

interface SearchQuery {
  from?: number;
  limit?: number;
  case?: string;
  action?: CustodyAction;
  actor?: string;
  evidence?: string;
  record?: string;
  q?: string;
}

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
    // Across the cases whose ledger the reader may read (or one of them), with the ledger's first entry.
    api.get<{ Querystring: SearchQuery }>(
      '/ledger/search',
      { schema: { querystring: searchQuery }, config: { access: { permission: 'ledger:read', case: 'each' } } },
      async (request) => {
        const { case: caseId, q, ...filters } = request.query;
        const allowed = request.allowedCases ?? [];
        const caseIds = caseId === undefined ? allowed : allowed.filter((id) => id === caseId);
        return searchEntries(dossier.database, { ...filters, text: q, caseIds, includeInit: caseId === undefined });
      },
    );
    api.get<{ Params: { seq: number } }>(
      '/ledger/entries/:seq',
      { schema: { params: { type: 'object', required: ['seq'], properties: { seq: index } } }, config: { access: { permission: 'ledger:read', case: { ledgerEntry: { param: 'seq' } } } } },
      async (request) => ledger.entry(request.params.seq),
    );
    // The signed head, the key and consistency proofs are public: anyone may watch that the log only grows.
    api.get('/ledger/checkpoint', { config: { access: { permission: 'public' } } }, async (request, reply) => {
      // With the witnesses' cosignatures kept for it (appended after the log's own signature, as C2SP asks).
      const cosigned = await cosignedCheckpoint(dossier.database);
      if (cosigned === undefined) throw new DossierError('NOT_FOUND', 'the ledger has no checkpoint yet');
      const head = { note: cosigned.note, createdAt: cosigned.createdAt, witnesses: cosigned.witnesses };
      // The web app reads JSON only; witnesses and the CLI read the note itself. A cache must keep them apart.
      reply.header('vary', 'accept');
      if (wantsJson(request)) return head;
      return reply.type('text/plain; charset=utf-8').send(head.note);
    });
    api.get('/ledger/key', { config: { access: { permission: 'public' } } }, async () => ({ origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey }));
    // Which witnesses vouch for the log and how many the policy asks for: public, so any reader can check the
    // cosignatures on a checkpoint. Their URLs and states are the operator's business, not the public's.
    api.get('/ledger/witnesses', { config: { access: { permission: 'public' } } }, async () => {
      const policy = await witnessPolicy(dossier.database);
      return { quorum: policy.quorum, witnesses: policy.witnesses.map((w) => ({ name: w.name, verifierKey: w.verifierKey })) };
    });
    // Leaf hashes let a reader recompute the signed root over the whole log. They are for members who may
    // read some case's ledger, not for anyone: a guessable entry could be confirmed against its hash.
    api.get<{ Querystring: { from?: number; limit?: number; size?: number } }>(
      '/ledger/leaves',
      { schema: { querystring: leavesQuery }, config: { access: { permission: 'ledger:read', case: 'each' } } },
      async (request) => {
        if ((request.allowedCases ?? []).length === 0) throw new DossierError('FORBIDDEN', 'the log’s leaf hashes are for members who may read a case’s ledger', { permission: 'ledger:read' });
        const { from = 0, limit = 1000, size } = request.query;
        return ledger.leafHashes(from, limit, size);
      },
    );
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

/** JSON when the client asks for it and not for plain text (browsers' fetch through api() does). */
function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/plain');
}
