import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { getCase } from '../../cases/cases.js';
import { exportCaseFile } from '../../case-file/export-case-file.js';
import { CASE_FILE_PROFILES, type CaseFileProfileName } from '../../case-file/profiles.js';
import { writeAcledCsv } from '../../exchange/acled-export.js';
import { importAcledCsv } from '../../exchange/acled-import.js';
import { exportGeoJson } from '../../exchange/geojson-export.js';
import { exportCaseJson } from '../../exchange/json-export.js';
import { DossierError } from '../../common/errors.js';
import { requestActor, requestRoles } from '../access.js';
import { acceptCsvBodies, spoolCsvBody } from '../csv-body.js';
import { problemResponses } from '../route-schema.js';
import { makeWorkDir } from '../../common/work-dir.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const coarsenQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { coarsen: { type: 'boolean', description: 'Coarsen protected and exact sites to their settlement' } },
} as const;
const acledExportQuery = {
  ...coarsenQuery,
  properties: {
    ...coarsenQuery.properties,
    raw: { type: 'boolean', description: 'Cells verbatim, even those a spreadsheet would run as formulas (by default prefixed with an apostrophe)' },
  },
} as const;

/** Exchange formats: ACLED CSV, GeoJSON, full JSON and sealed case files out; ACLED CSV in, with a per-row report. */
export function exchangeRoutes(dossier: Dossier, maxImportBytes = 512 * 1024 * 1024): FastifyPluginAsync {
  return async (api) => {
    acceptCsvBodies(api, maxImportBytes);
    const deps = async () => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() });

    api.get<{ Params: { caseId: string }; Querystring: { coarsen?: boolean; raw?: boolean } }>(
      '/cases/:caseId/export/acled',
      { schema: { tags: ['exchange'], summary: 'ACLED-compatible CSV (31 columns, one row per place and day); the lossy steps are listed, URL-encoded JSON, in the X-Dossier-Losses header. Cells a spreadsheet would run as formulas get a leading apostrophe unless raw=true', params: caseParams, querystring: acledExportQuery, response: problemResponses }, config: { access: { permission: 'exchange:export', case: { param: 'caseId' } } } },
      async (request, reply) => {
        await getCase(dossier, request.params.caseId);
        // Written to memory first, so a failure is a clean error response rather than a truncated file.
        const sink = new PassThrough();
        const chunks: Buffer[] = [];
        sink.on('data', (chunk: Buffer) => chunks.push(chunk));
        const result = await writeAcledCsv(await deps(), request.params.caseId, sink, { coarsen: request.query.coarsen === true, raw: request.query.raw === true });
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

    api.get<{ Params: { caseId: string }; Querystring: { profile?: CaseFileProfileName; includeDeliberation?: boolean } }>(
      '/cases/:caseId/export/bag',
      {
        schema: {
          tags: ['exchange'],
          summary: 'A sealed case file: a BagIt bag (zip) with the evidence, the case records, and every custody entry with its inclusion proof; `dossier verify` checks it offline. Logged as an export entry',
          params: caseParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              profile: { type: 'string', enum: [...CASE_FILE_PROFILES] },
              includeDeliberation: { type: 'boolean', description: "Court profile, owners only: include the team's discussion (every comment and revision) as the record of deliberation" },
            },
          },
          response: problemResponses,
        },
        config: { access: { permission: 'exchange:export', case: { param: 'caseId' } } },
      },
      async (request, reply) => {
        const { caseId } = request.params;
        const profile = request.query.profile ?? 'court';
        const includeDeliberation = request.query.includeDeliberation === true;
        await getCase(dossier, caseId);
        // The team's deliberation leaves only by an owner's choice; others export without it.
        if (includeDeliberation && !requestRoles(request, caseId).every((role) => role === 'owner')) {
          throw new DossierError('FORBIDDEN', "only the case's owners choose to include the record of deliberation", { field: 'includeDeliberation', value: true });
        }
        // Written whole to a temp folder first, so a failure is a clean error, never half a bag; removed once sent.
        const work = await makeWorkDir(dossier.tmpDir, 'case-file');
        try {
          const out = path.join(work, `${caseId}-${profile}.zip`);
          const caseFileDeps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
          // The server's own temp folder, never a caller's path: no protected paths to weigh.
          const result = await exportCaseFile(caseFileDeps, requestActor(request), caseId, { out, rules: { protectedPaths: [] }, profile, tsaUrl: dossier.config.tsaUrl, checkpointTsaUrls: dossier.config.checkpointTsaUrls, includeDeliberation });
          const { size } = await fs.stat(out);
          // Bounded, so the stream ends with the last byte the Content-Length promised (see FsBlobStore.read).
          const stream = createReadStream(out, { start: 0, end: size - 1 });
          stream.once('close', () => void fs.rm(work, { recursive: true, force: true }));
          return reply
            .type('application/zip')
            .header('content-length', size)
            .header('content-disposition', `attachment; filename="${caseId}-${profile}.zip"`)
            .header('x-dossier-tag-manifest-sha256', result.tagManifestSha256)
            .header('x-dossier-ledger-seq', String(result.ledgerSeq))
            .send(stream);
        } catch (error) {
          await fs.rm(work, { recursive: true, force: true });
          throw error;
        }
      },
    );

    api.post<{ Params: { caseId: string }; Querystring: { lossy?: boolean } }>(
      '/cases/:caseId/import/acled',
      {
        schema: {
          tags: ['exchange'],
          summary:
            'Import ACLED-format CSV (send Content-Type: text/csv, UTF-8); answers with a per-row report of what was rejected and why. A field that is not UTF-8 rejects its row unless lossy=true, which replaces such bytes with U+FFFD and counts them in the notes',
          params: caseParams,
          querystring: { type: 'object', additionalProperties: false, properties: { lossy: { type: 'boolean', description: 'Replace bytes that are not UTF-8 with U+FFFD instead of rejecting their rows' } } },
          response: problemResponses,
        },
        config: { access: { permission: 'exchange:import', case: { param: 'caseId' } } },
      },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        const file = await spoolCsvBody(request.body, dossier.tmpDir, maxImportBytes);
        try {
          return await importAcledCsv(await deps(), requestActor(request), request.params.caseId, createReadStream(file), { lossy: request.query.lossy === true });
        } finally {
          await fs.rm(file, { force: true });
        }
      },
    );
  };
}
