import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { getCase } from '../../cases/cases.js';
import { writeAcledCsv } from '../../exchange/acled-export.js';
import { importAcledCsv } from '../../exchange/acled-import.js';
import { exportGeoJson } from '../../exchange/geojson-export.js';
import { exportCaseJson } from '../../exchange/json-export.js';
import { requestActor } from '../access.js';
import { problemResponses } from '../route-schema.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const coarsenQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { coarsen: { type: 'boolean', description: 'Coarsen protected and exact sites to their settlement' } },
} as const;

/** Exchange formats: ACLED CSV, GeoJSON and full JSON out; ACLED CSV in, with a per-row report. */
export function exchangeRoutes(dossier: Dossier, maxImportBytes = 512 * 1024 * 1024): FastifyPluginAsync {
  return async (api) => {
    api.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: maxImportBytes }, (_request, body, done) => done(null, body));
    const deps = async () => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() });

    api.get<{ Params: { caseId: string }; Querystring: { coarsen?: boolean } }>(
      '/cases/:caseId/export/acled',
      { schema: { tags: ['exchange'], summary: 'ACLED-compatible CSV (31 columns, one row per place and day); the lossy steps are listed, URL-encoded JSON, in the X-Dossier-Losses header', params: caseParams, querystring: coarsenQuery, response: problemResponses }, config: { access: { permission: 'exchange:export', case: { param: 'caseId' } } } },
      async (request, reply) => {
        await getCase(dossier, request.params.caseId);
        // Written to memory first, so a failure is a clean error response rather than a truncated file.
        const sink = new PassThrough();
        const chunks: Buffer[] = [];
        sink.on('data', (chunk: Buffer) => chunks.push(chunk));
        const result = await writeAcledCsv(await deps(), request.params.caseId, sink, { coarsen: request.query.coarsen === true });
        sink.end();
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.params.caseId}-acled.csv"`)
          .header('x-dossier-losses', encodeURIComponent(JSON.stringify(result.losses)))
          .send(Buffer.concat(chunks));
      },
    );

    api.get<{ Params: { caseId: string }; Querystring: { coarsen?: boolean } }>(
      '/cases/:caseId/export/geojson',
      { schema: { tags: ['exchange'], summary: 'RFC 7946 FeatureCollection of the incidents; `losses` says what it leaves out', params: caseParams, querystring: coarsenQuery, response: problemResponses }, config: { access: { permission: 'exchange:export', case: { param: 'caseId' } } } },
      async (request, reply) => {
        await getCase(dossier, request.params.caseId);
        const collection = await exportGeoJson(await deps(), request.params.caseId, { coarsen: request.query.coarsen === true });
        return reply.type('application/geo+json').send(JSON.stringify(collection));
      },
    );

    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/export/json',
      { schema: { tags: ['exchange'], summary: 'The whole case as JSON: every record of every kind, and the evidence list (lossless)', params: caseParams, response: problemResponses }, config: { access: { permission: 'exchange:export', case: { param: 'caseId' } } } },
      async (request, reply) => {
        await getCase(dossier, request.params.caseId);
        return reply.type('application/json').send(JSON.stringify(await exportCaseJson(dossier, request.params.caseId)));
      },
    );

    api.post<{ Params: { caseId: string }; Body: string }>(
      '/cases/:caseId/import/acled',
      {
        schema: {
          tags: ['exchange'],
          summary: 'Import ACLED-format CSV (send Content-Type: text/csv); answers with a per-row report of what was rejected and why',
          params: caseParams,
          response: problemResponses,
        },
        config: { access: { permission: 'exchange:import', case: { param: 'caseId' } } },
      },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        return importAcledCsv(await deps(), requestActor(request), request.params.caseId, String(request.body ?? ''));
      },
    );
  };
}
