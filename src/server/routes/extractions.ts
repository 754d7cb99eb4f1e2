import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { DossierError } from '../../common/errors.js';
import { newId } from '../../common/ids.js';
import { ExtractionJobs } from '../../extraction/extraction-jobs.js';
import { sourceOfEvidence } from '../../extraction/extraction-source.js';
import { extractionAnswerText, extractionSummary, listExtractions, sha256Hex } from '../../extraction/extraction-store.js';
import type { ProposalEdits } from '../../extraction/proposal-edits.js';
import { acceptCandidate, corroborateIncident, mergeCandidate, rejectCandidate } from '../../extraction/review.js';
import { extractionInput, saveReading } from '../../extraction/run-extraction.js';
import { requestActor } from '../access.js';
import { problemResponses } from '../route-schema.js';
import { tellExtractionFailed } from '../../extraction/extraction-notices.js';

const id = { type: 'string', maxLength: 64 } as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: id } } as const;
const extractionParams = { type: 'object', required: ['caseId', 'extractionId'], properties: { caseId: id, extractionId: id } } as const;
const candidateParams = {
  type: 'object',
  required: ['caseId', 'extractionId', 'number'],
  properties: { caseId: id, extractionId: id, number: { type: 'integer', minimum: 0, description: 'The candidate’s position in the extraction, from 0' } },
} as const;

const words = (description: string) => ({ type: ['string', 'null'], minLength: 1, maxLength: 500, description });
const editsSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Corrections made before recording: each field given replaces the proposal’s (null removes it)',
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 500 },
    type: { type: 'string', maxLength: 60, description: 'Vocabulary incident_types' },
    date: words('Words or EDTF, read as a form reads them, against the extraction’s anchor'),
    place: words('A P-code, a named area’s id, or a name the gazetteer knows'),
    killed: words('Words, e.g. "at least 14"'),
    injured: words('Words'),
    displaced: words('Words'),
    means: { type: 'array', maxItems: 30, items: { type: 'string', maxLength: 60 }, description: 'Vocabulary means' },
    targets: { type: 'array', maxItems: 30, items: { type: 'string', maxLength: 60 }, description: 'Vocabulary target_objects' },
    actorId: { type: ['string', 'null'], maxLength: 64, description: 'A case actor: the alleged perpetrator' },
  },
} as const;

type Params = { caseId: string; extractionId: string; number: number };

/**
 * Reports read into candidate incidents (src/extraction/), and the review queue that decides them. The reading
 * runs on a worker thread: the POST answers 202 at once with the job, whose progress the GET tells until the
 * extraction is saved under the same id.
 */
export function extractionRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const jobs = new ExtractionJobs();
    api.addHook('onClose', () => jobs.close());
    const deps = async () => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places(), keyring: dossier.keyring });
    const read = { access: { permission: 'evidence:read', case: { param: 'caseId' } } } as const;
    const write = { access: { permission: 'records:write', case: { param: 'caseId' } } } as const;

    api.post<{ Params: { caseId: string; itemId: string }; Body: { anchor?: string; language?: 'en' | 'ar' } }>(
      '/cases/:caseId/evidence/:itemId/extractions',
      {
        schema: {
          tags: ['extraction'],
          summary: 'Read an evidence item’s text (PDF pages, OCR, a captured page, a text file) into candidate incidents, on a worker; kept for review when done',
          params: { type: 'object', required: ['caseId', 'itemId'], properties: { caseId: id, itemId: { type: 'string', maxLength: 80 } } },
          body: {
            type: ['object', 'null'],
            additionalProperties: false,
            properties: {
              anchor: { type: 'string', format: 'date', description: 'The document’s date (YYYY-MM-DD) that relative dates are read against; by default the first date on its opening lines' },
              language: { type: 'string', enum: ['en', 'ar'], description: 'Read every passage as this language instead of telling each by its letters' },
            },
          },
          response: problemResponses,
        },
        config: write,
      },
      async (request, reply) => {
        const { caseId, itemId } = request.params;
        const options = { anchor: request.body?.anchor, language: request.body?.language };
        const input = await extractionInput(dossier.database, caseId, itemId, options);
        const actor = requestActor(request);
        const extractionId = newId('ext');
        const job = jobs.start(
          extractionId,
          { caseId, evidenceId: input.source.item.id },
          { source: input.source, actors: input.actors, options },
          async (result) => {
            await saveReading(await deps(), extractionId, actor, input, result);
          },
          () => void tellExtractionFailed(dossier.database, { id: extractionId, caseId, evidenceId: input.source.item.id, actor }).catch((error: Error) => request.log.warn({ extraction: extractionId, error: error.message }, 'could not tell of a failed extraction')),
        );
        return reply.code(202).header('location', `/api/v1/cases/${caseId}/extractions/${extractionId}`).send(job);
      },
    );

    api.get<{ Params: { caseId: string }; Querystring: { evidenceId?: string } }>(
      '/cases/:caseId/extractions',
      {
        schema: {
          tags: ['extraction'],
          summary: 'The case’s extractions, newest first, with how many candidates are still open; and the readings running',
          params: caseParams,
          querystring: { type: 'object', additionalProperties: false, properties: { evidenceId: id } },
          response: problemResponses,
        },
        config: read,
      },
      async (request) => ({
        items: await listExtractions(dossier.database.db, request.params.caseId, request.query.evidenceId),
        running: jobs.running(request.params.caseId).filter((job) => !request.query.evidenceId || job.evidenceId === request.query.evidenceId),
      }),
    );

    api.get<{ Params: Omit<Params, 'number'> }>(
      '/cases/:caseId/extractions/:extractionId',
      {
        schema: { tags: ['extraction'], summary: 'An extraction with its candidates and the decisions taken; while it is read, its progress', params: extractionParams, response: problemResponses },
        config: read,
      },
      async (request, reply) => {
        const { caseId, extractionId } = request.params;
        const job = jobs.get(caseId, extractionId);
        if (job && job.state !== 'done') return reply.code(job.state === 'failed' || job.state === 'cancelled' ? 200 : 202).send({ job });
        return reply.type('application/json').send(await extractionAnswerText(dossier.database.db, caseId, extractionId));
      },
    );

    api.get<{ Params: Omit<Params, 'number'> }>(
      '/cases/:caseId/extractions/:extractionId/text',
      {
        schema: { tags: ['extraction'], summary: 'The text the extraction read, with its pages; `changed` when the item’s text is no longer the one read', params: extractionParams, response: problemResponses },
        config: read,
      },
      async (request) => {
        const { caseId, extractionId } = request.params;
        const extraction = await extractionSummary(dossier.database.db, caseId, extractionId);
        const source = await sourceOfEvidence(dossier.database, caseId, extraction.evidenceId);
        return { text: source.text, pages: source.pages, changed: sha256Hex(source.text) !== extraction.textSha256 };
      },
    );

    api.post<{ Params: Omit<Params, 'number'> }>(
      '/cases/:caseId/extractions/:extractionId/cancel',
      { schema: { tags: ['extraction'], summary: 'Stop an extraction still being read; nothing of it is kept', params: extractionParams, response: problemResponses }, config: write },
      async (request) => {
        const { caseId, extractionId } = request.params;
        if (!jobs.get(caseId, extractionId)) {
          // Read and saved already: there is nothing to stop (its candidates are decided one by one).
          await extractionSummary(dossier.database.db, caseId, extractionId);
          throw new DossierError('CONFLICT', `extraction ${extractionId} has been read and saved: there is nothing to cancel`, { field: 'extractionId', value: extractionId });
        }
        return { job: jobs.cancel(caseId, extractionId) };
      },
    );

    const candidateRoute = <Body>(action: string, summary: string, body: object, decide: (params: Params, body: Body, actor: string) => Promise<unknown>) =>
      api.post<{ Params: Params; Body: Body }>(
        `/cases/:caseId/extractions/:extractionId/candidates/:number/${action}`,
        { schema: { tags: ['extraction'], summary, params: candidateParams, body, response: problemResponses }, config: write },
        async (request) => decide(request.params, request.body as Body, requestActor(request)),
      );

    candidateRoute<{ edits?: ProposalEdits } | null>(
      'accept',
      'Record the candidate as a new incident (act, victims, involvement, and claims quoting its passage), with the edits given; logged',
      { type: ['object', 'null'], additionalProperties: false, properties: { edits: editsSchema } },
      async (p, body, actor) => acceptCandidate(await deps(), actor, p.caseId, p.extractionId, p.number, body?.edits),
    );
    candidateRoute<{ incidentId: string; edits?: ProposalEdits }>(
      'corroborate',
      'Record the candidate’s values as claims on an incident the case already holds; logged',
      { type: 'object', required: ['incidentId'], additionalProperties: false, properties: { incidentId: id, edits: editsSchema } },
      async (p, body, actor) => corroborateIncident(await deps(), actor, p.caseId, p.extractionId, p.number, body.incidentId, body.edits),
    );
    candidateRoute<{ into: number }>(
      'merge',
      'Fold the candidate into another of the same extraction (the same incident told twice); logged',
      { type: 'object', required: ['into'], additionalProperties: false, properties: { into: { type: 'integer', minimum: 0 } } },
      async (p, body, actor) => mergeCandidate(await deps(), actor, p.caseId, p.extractionId, p.number, body.into),
    );
    candidateRoute<{ reason: string }>(
      'reject',
      'Reject the candidate, saying why; logged (the ledger holds a commitment to the reason)',
      { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } } },
      async (p, body, actor) => rejectCandidate(await deps(), actor, p.caseId, p.extractionId, p.number, body.reason),
    );
  };
}
