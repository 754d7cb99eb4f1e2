import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { analysisJson } from '../../analysis/analysis-json.js';
import { ANALYSES, type AnalysisName } from '../../analysis/analysis-result.js';
import { getPinnedAnalysis, listPinnedAnalyses, pinAnalysis } from '../../analysis/pinned-analyses.js';
import type { PatternResult } from '../../analysis/pattern-result.js';
import { PATTERN_STYLE, patternHtml, patternMarkdown } from '../../analysis/pattern-text.js';
import { FILTER_FIELDS, runAnalysis, type AnalysisRequest } from '../../analysis/run-analysis.js';
import { SnapshotCache } from '../../analysis/snapshot-load.js';
import { getCase } from '../../cases/cases.js';
import { DossierError } from '../../common/errors.js';
import { requestActor } from '../access.js';
import { problemResponses } from '../route-schema.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const list = (description: string) => ({ type: 'string', maxLength: 2000, description });

/** The incident list's filters and the minimum grade, taken by every analysis. */
const selectionQuery = {
  ...Object.fromEntries(FILTER_FIELDS.map((field) => [field, list(`As in the incident list: ${field}`)])),
  minGrade: { type: 'string', maxLength: 40, description: 'Leave out incidents below this verification grade (reported, single_source, corroborated, confirmed)' },
};

const ANALYSIS_QUERY: Record<AnalysisName, Record<string, object>> = {
  tempo: {
    bin: { type: 'string', enum: ['day', 'week', 'month'] },
    around: list('Comma-separated context event ids to compare before and after'),
    aroundKind: { type: 'string', maxLength: 60, description: 'Every context event of this kind (e.g. peace_talks), superposed' },
    aroundDate: list('Comma-separated dates (YYYY-MM-DD) to compare before and after'),
    window: { type: 'integer', minimum: 1, maximum: 3650, description: 'Days before and after each anchor (default 30)' },
  },
  sequence: { level: { type: 'string', enum: ['admin1', 'admin2', 'admin3', 'community', 'area'] } },
  compare: { party: list('Comma-separated actor ids or names to compare (all actors with incidents when absent)') },
  pattern: { format: { type: 'string', enum: ['json', 'html', 'markdown'], description: 'json (default), or the section printed: self-contained HTML, or Markdown' } },
  where: {
    level: { type: 'string', enum: ['admin1', 'admin2', 'admin3'], description: 'The areas counted (default admin1)' },
    waveKm: { type: 'number', exclusiveMinimum: 0, maximum: 1000, description: 'Waves: neighbours at most this many km apart (default 15)' },
    waveDays: { type: 'integer', minimum: 0, maximum: 365, description: 'Waves: and at most this many days apart (default 7)' },
    waveMin: { type: 'integer', minimum: 2, maximum: 1000, description: 'Waves: at least this many incidents (default 4)' },
  },
};

const SUMMARIES: Record<AnalysisName, string> = {
  tempo: 'Incidents per day, week or month, and before and after context events, with certain and possible counts and rate ratios',
  sequence: 'Places in the order they were first struck, and how far their active periods overlap (0 one place at a time, 1 all at once)',
  compare: 'Parties side by side: incidents by type, means and target, the share on specially protected objects, victims and standards of proof',
  pattern: 'Pattern of conduct: numbers, places, span, regularity, repeated modus operandi, victims and attributions',
  where: 'Incidents per admin area (for a choropleth), and waves: incidents close in space and time (DBSCAN, parameters stated)',
};

type Query = Record<string, string | number | undefined>;
type PatternFormat = 'json' | 'html' | 'markdown';

/**
 * The printed pattern as its own page: no script may run in it, and its one inline style is allowed by its
 * hash; sandboxed, like evidence previews, so the case's text in it cannot act as the app.
 */
const PATTERN_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(PATTERN_STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; sandbox`;

function sendPattern(reply: FastifyReply, result: PatternResult, format: PatternFormat | undefined, json: string) {
  if (format === 'html') return reply.type('text/html; charset=utf-8').header('content-security-policy', PATTERN_CSP).send(patternHtml(result));
  if (format === 'markdown') return reply.type('text/markdown; charset=utf-8').send(patternMarkdown(result));
  return reply.type('application/json').send(json);
}
const split = (value: unknown) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined);

function requestFrom(analysis: AnalysisName, query: Query): AnalysisRequest {
  return {
    analysis,
    filters: Object.fromEntries(FILTER_FIELDS.filter((f) => typeof query[f] === 'string').map((f) => [f, query[f] as string])),
    minGrade: query.minGrade as string | undefined,
    bin: query.bin as AnalysisRequest['bin'],
    aroundEvents: split(query.around),
    aroundKind: query.aroundKind as string | undefined,
    aroundDates: split(query.aroundDate),
    windowDays: query.window as number | undefined,
    level: query.level as string | undefined,
    actors: split(query.party),
    waveKm: query.waveKm as number | undefined,
    waveDays: query.waveDays as number | undefined,
    waveMinIncidents: query.waveMin as number | undefined,
  };
}

/** Analyses over a case's incidents (src/analysis/), and the ones pinned to it. */
export function analysesRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const snapshots = new SnapshotCache();
    const deps = async () => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places(), snapshots });
    const read = { access: { permission: 'records:read', case: { param: 'caseId' } } } as const;

    for (const analysis of ANALYSES) {
      api.get<{ Params: { caseId: string }; Querystring: Query }>(
        `/cases/:caseId/analysis/${analysis}`,
        {
          schema: {
            tags: ['analysis'],
            summary: SUMMARIES[analysis],
            params: caseParams,
            querystring: { type: 'object', additionalProperties: false, properties: { ...selectionQuery, ...ANALYSIS_QUERY[analysis] } },
            response: problemResponses,
          },
          config: read,
        },
        async (request, reply) => {
          const result = await runAnalysis(await deps(), request.params.caseId, requestFrom(analysis, request.query));
          // Canonical JSON: the same question at the same tree size is the same bytes.
          if (analysis === 'pattern') return sendPattern(reply, result as PatternResult, request.query.format as PatternFormat | undefined, analysisJson(result));
          return reply.type('application/json').send(analysisJson(result));
        },
      );
    }

    const pinBody = {
      type: 'object',
      required: ['title', 'analysis'],
      additionalProperties: false,
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 300 },
        analysis: { type: 'string', enum: [...ANALYSES] },
        query: { type: 'object', description: 'The query parameters of the analysis route', additionalProperties: { type: ['string', 'number'] } },
      },
    } as const;
    api.post<{ Params: { caseId: string }; Body: { title: string; analysis: AnalysisName; query?: Query } }>(
      '/cases/:caseId/analysis/pins',
      {
        schema: { tags: ['analysis'], summary: 'Run an analysis and pin its result to the case, logged in the ledger', params: caseParams, body: pinBody, response: problemResponses },
        config: { access: { permission: 'analyses:pin', case: { param: 'caseId' } } },
      },
      async (request, reply) => {
        const result = await runAnalysis(await deps(), request.params.caseId, requestFrom(request.body.analysis, request.body.query ?? {}));
        return reply.code(201).send(await pinAnalysis(dossier, requestActor(request), result, request.body.title));
      },
    );
    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/analysis/pins',
      { schema: { tags: ['analysis'], summary: 'The analyses pinned to the case, newest first', params: caseParams, response: problemResponses }, config: read },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        return { items: await listPinnedAnalyses(dossier.database, request.params.caseId) };
      },
    );
    api.get<{ Params: { caseId: string; id: string }; Querystring: { format?: PatternFormat } }>(
      '/cases/:caseId/analysis/pins/:id',
      {
        schema: {
          tags: ['analysis'],
          summary: 'A pinned analysis: its result exactly as computed, checked against the hash its ledger entry holds',
          params: { type: 'object', required: ['caseId', 'id'], properties: { caseId: { type: 'string', maxLength: 64 }, id: { type: 'string', maxLength: 64 } } },
          querystring: { type: 'object', additionalProperties: false, properties: { format: { ...ANALYSIS_QUERY.pattern.format, description: 'A pinned pattern of conduct printed: html or markdown (json, the default, for any analysis)' } } },
          response: problemResponses,
        },
        config: read,
      },
      async (request, reply) => {
        const pinned = await getPinnedAnalysis(dossier.database, request.params.caseId, request.params.id);
        const format = request.query.format;
        if (format && format !== 'json') {
          if (pinned.analysis !== 'pattern') throw new DossierError('VALIDATION_FAILED', `format: only a pattern of conduct is printed; ${pinned.id} is a ${pinned.analysis} analysis, given as JSON`, { field: 'format', value: format });
          return sendPattern(reply, JSON.parse(pinned.result) as PatternResult, format, pinned.result);
        }
        return reply.type('application/json').header('x-dossier-ledger-seq', String(pinned.ledgerSeq)).header('x-dossier-result-sha256', pinned.resultSha256).send(pinned.result);
      },
    );
  };
}
