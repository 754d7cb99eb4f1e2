import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { RECORD_KIND_BY_NAME } from '../../app/record-kinds.js';
import { disclose, isDisclosed, listDisclosures, withdrawDisclosure } from '../../access/disclosures.js';
import { getPinnedAnalysis } from '../../analysis/pinned-analyses.js';
import { getCase } from '../../cases/cases.js';
import { DossierError } from '../../common/errors.js';
import { viewEvidence } from '../../evidence/custody.js';
import { getEvidence, seenFrom } from '../../evidence/evidence.js';
import type { RecordKindName } from '../../records/record-kind.js';
import { getRecord, recordKindIn, type RecordView } from '../../records/record-store.js';
import { requestActor } from '../access.js';
import { problemResponses } from '../route-schema.js';
import { sendEvidenceContent } from './evidence.js';

const str = { type: 'string', maxLength: 64 } as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: str } } as const;
const objectParams = { type: 'object', required: ['caseId', 'objectId'], properties: { caseId: str, objectId: str } } as const;
const idParams = { type: 'object', required: ['caseId', 'id'], properties: { caseId: str, id: str } } as const;
const manage = { access: { permission: 'case:manage', case: { param: 'caseId' } } } as const;
const disclosed = { access: { permission: 'disclosures:read', case: { param: 'caseId' } } } as const;

/**
 * Disclosure to external counsel: owners choose records and evidence items, and counsel reads those alone,
 * through these routes only (their role holds no general read of the case). Never a restricted part.
 */
export function disclosureRoutes(dossier: Dossier): FastifyPluginAsync {
  const db = dossier.database.db;
  const notDisclosed = () => new DossierError('NOT_FOUND', 'nothing disclosed under that id');
  const disclosedRecord = async (caseId: string, id: string): Promise<RecordView> => {
    if (!(await isDisclosed(db, caseId, id))) throw notDisclosed();
    const stored = await recordKindIn(db, caseId, id);
    const kind = stored !== undefined ? RECORD_KIND_BY_NAME.get(stored as RecordKindName) : undefined;
    if (!kind) throw notDisclosed();
    return getRecord(dossier, kind, id, caseId);
  };

  return async (api) => {
    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/disclosures',
      { schema: { tags: ['disclosure'], summary: 'What has been disclosed to external counsel', params: caseParams, response: problemResponses }, config: disclosed },
      async (request) => ({ items: await listDisclosures(db, request.params.caseId) }),
    );
    api.put<{ Params: { caseId: string; objectId: string } }>(
      '/cases/:caseId/disclosures/:objectId',
      { schema: { tags: ['disclosure'], summary: 'Disclose a record, an evidence item or a pinned analysis of the case to external counsel', params: objectParams, response: problemResponses }, config: manage },
      async (request) => disclose(db, requestActor(request), request.params.caseId, request.params.objectId),
    );
    api.delete<{ Params: { caseId: string; objectId: string } }>(
      '/cases/:caseId/disclosures/:objectId',
      { schema: { tags: ['disclosure'], summary: 'Withdraw a disclosure', params: objectParams, response: problemResponses }, config: manage },
      async (request, reply) => {
        await withdrawDisclosure(db, requestActor(request), request.params.caseId, request.params.objectId);
        return reply.code(204).send();
      },
    );
    api.get<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/disclosed/records/:id',
      { schema: { tags: ['disclosure'], summary: 'A disclosed record (never its restricted part)', params: idParams, response: problemResponses }, config: disclosed },
      async (request) => disclosedRecord(request.params.caseId, request.params.id),
    );
    api.get<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/disclosed/analyses/:id',
      { schema: { tags: ['disclosure'], summary: 'A disclosed pinned analysis: its result exactly as pinned, checked against its ledger entry', params: idParams, response: problemResponses }, config: disclosed },
      async (request, reply) => {
        if (!(await isDisclosed(db, request.params.caseId, request.params.id))) throw notDisclosed();
        const pinned = await getPinnedAnalysis(dossier.database, request.params.caseId, request.params.id);
        return reply.type('application/json').header('x-dossier-ledger-seq', String(pinned.ledgerSeq)).header('x-dossier-result-sha256', pinned.resultSha256).send(pinned.result);
      },
    );
    api.get<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/disclosed/evidence/:id/content',
      { schema: { tags: ['disclosure'], summary: 'A disclosed evidence item’s bytes (the read is logged)', params: idParams }, config: disclosed },
      async (request, reply) => {
        if (!(await isDisclosed(db, request.params.caseId, request.params.id))) throw notDisclosed();
        const [seen] = await seenFrom(db, [await getEvidence(dossier, request.params.id)], [request.params.caseId]);
        const { stream } = await viewEvidence(dossier, requestActor(request), request.params.id, 'view', request.params.caseId);
        return sendEvidenceContent(reply, seen!, stream);
      },
    );
    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/disclosed/export',
      { schema: { tags: ['disclosure'], summary: 'Everything disclosed, as JSON: records (without restricted parts) and evidence items; logged as an export', params: caseParams, response: problemResponses }, config: disclosed },
      async (request) => {
        const { caseId } = request.params;
        const found = await getCase(dossier, caseId);
        const records: RecordView[] = [];
        const evidence = [];
        const analyses: unknown[] = [];
        for (const item of await listDisclosures(db, caseId)) {
          if (item.objectType === 'record') records.push(await disclosedRecord(caseId, item.objectId));
          else if (item.objectType === 'analysis') {
            const pinned = await getPinnedAnalysis(dossier.database, caseId, item.objectId);
            analyses.push({ id: pinned.id, title: pinned.title, ledgerSeq: pinned.ledgerSeq, resultSha256: pinned.resultSha256, result: JSON.parse(pinned.result) as unknown });
          } else evidence.push(...(await seenFrom(db, [await getEvidence(dossier, item.objectId)], [caseId])));
        }
        await dossier.database.writeTransaction((trx) =>
          dossier.ledger.append(trx, [{ actor: requestActor(request), action: 'export', subject: { case: caseId }, details: { part: 'disclosed', records: records.length, evidence: evidence.length, analyses: analyses.length } }]),
        );
        return { case: { id: found.id, title: found.title }, exportedAt: new Date().toISOString(), records, evidence, analyses };
      },
    );
  };
}
