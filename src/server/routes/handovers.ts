import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { getHandover, handoverFiles, issueReceipt, listHandovers, openHandover, readHandedOverBy, type Handover } from '../../evidence/handovers.js';
import { noteSigner } from '../../ledger/proofs/signed-note.js';
import { requestActor } from '../access.js';

const caseParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const handoverParams = {
  type: 'object',
  required: ['id', 'handoverId'],
  properties: { id: { type: 'string', maxLength: 64 }, handoverId: { type: 'string', maxLength: 64 } },
} as const;
const words = { type: 'string', maxLength: 2000 } as const;
const handoverBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    handedOverBy: { ...words, description: 'who handed the material over: sealed with the case key, never answered back here' },
    medium: { ...words, description: 'what it came on: USB stick, external drive, upload link' },
    note: words,
  },
} as const;

interface HandoverBody {
  handedOverBy?: string;
  medium?: string;
  note?: string;
}

/**
 * Handovers through the API: a session of material handed over (a dropped folder), opened, filled by the evidence
 * upload (its `handoverId`, `path` and `modifiedAt` fields), and closed by a signed receipt for the person who
 * handed it over. Who that was is sealed: answers say only whether there is a name.
 */
export function handoverRoutes(dossier: Dossier): FastifyPluginAsync {
  const signer = noteSigner(dossier.dataDir.signerKey);
  const withFiles = async (handover: Handover) => ({ ...handover, files: await handoverFiles(dossier.database.db, handover.id) });
  return async (api) => {
    api.post<{ Params: { id: string }; Body: HandoverBody }>(
      '/cases/:id/handovers',
      { schema: { summary: 'Open a handover: material handed over in one session, logged as a transfer', params: caseParams, body: handoverBody }, config: { access: { permission: 'evidence:add', case: { param: 'id' } } } },
      async (request, reply) => {
        const handover = await openHandover(dossier, requestActor(request), { caseId: request.params.id, ...request.body });
        return reply.code(201).send(await withFiles(handover));
      },
    );
    api.get<{ Params: { id: string } }>(
      '/cases/:id/handovers',
      { schema: { summary: 'A case’s handovers, each with its files (path as handed over, size, SHA-256, intake entry)', params: caseParams }, config: { access: { permission: 'evidence:read', case: { param: 'id' } } } },
      async (request) => ({ items: await Promise.all((await listHandovers(dossier.database, request.params.id)).map(withFiles)) }),
    );
    api.get<{ Params: { id: string; handoverId: string } }>(
      '/cases/:id/handovers/:handoverId',
      { schema: { summary: 'A handover with its files', params: handoverParams }, config: { access: { permission: 'evidence:read', case: { param: 'id' } } } },
      async (request) => withFiles(await getHandover(dossier.database, request.params.id, request.params.handoverId)),
    );
    api.get<{ Params: { id: string; handoverId: string } }>(
      '/cases/:id/handovers/:handoverId/handed-over-by',
      { schema: { summary: 'Who handed the material over, unsealed; each read is logged', params: handoverParams }, config: { access: { permission: 'restricted:read', case: { param: 'id' } } } },
      async (request) => readHandedOverBy(dossier, requestActor(request), request.params.id, request.params.handoverId),
    );
    api.post<{ Params: { id: string; handoverId: string } }>(
      '/cases/:id/handovers/:handoverId/receipt',
      {
        schema: {
          summary: 'Issue the handover’s signed receipt (every file, its size, SHA-256 and intake entry), logged; answered as a text file',
          params: handoverParams,
          response: { 200: { description: 'the receipt, a signed note verified offline by `dossier verify`', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
        config: { access: { permission: 'evidence:add', case: { param: 'id' } } },
      },
      async (request, reply) => {
        const handover = await getHandover(dossier.database, request.params.id, request.params.handoverId);
        const issued = await issueReceipt({ ...dossier, signer, origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey }, requestActor(request), handover);
        return reply
          .type('text/plain; charset=utf-8')
          .header('content-disposition', `attachment; filename="receipt-${handover.id}.txt"`)
          .header('x-receipt-sha256', issued.sha256)
          .header('x-receipt-ledger-seq', String(issued.ledgerSeq))
          .send(issued.note);
      },
    );
  };
}
