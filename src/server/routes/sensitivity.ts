import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { getCase } from '../../cases/cases.js';
import { blurDecision } from '../../sensitivity/blur.js';
import { BLUR_SETTINGS, careSettingsOf, dismissReminder, exposureOf, recordReveal, setCareSettings, type CareSettings } from '../../sensitivity/care.js';
import { listCaseLabels, putCaseLabel } from '../../sensitivity/case-labels.js';
import { changeLabel, readLabels, resolveSubject, type LabelSubjectKind } from '../../sensitivity/labels.js';
import { decideSuggestion, listSuggestions } from '../../sensitivity/suggestions.js';
import { SENSITIVITY_LABELS } from '../../vocab/vocabularies.js';
import { requestActor } from '../access.js';

const tags = ['sensitivity'];
const str = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: str(64) } } as const;
const caseLabelParams = { type: 'object', required: ['caseId', 'code'], properties: { caseId: str(64), code: str(64) } } as const;
/** An evidence item is named by `ref` (its id or SHA-256), an incident by `id`, as in the other routes of each. */
const subjectParams = (key: 'ref' | 'id') => ({ type: 'object', required: ['caseId', key], properties: { caseId: str(64), [key]: str(100) } }) as const;
const labelParams = (key: 'ref' | 'id') => ({ type: 'object', required: ['caseId', key, 'label'], properties: { caseId: str(64), [key]: str(100), label: str(64) } }) as const;
const suggestionParams = (key: 'ref' | 'id') => ({ type: 'object', required: ['caseId', key, 'suggestionId'], properties: { caseId: str(64), [key]: str(100), suggestionId: str(64) } }) as const;
const caseLabelBody = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', maxLength: 200 }, retired: { type: 'boolean' } },
} as const;
const careBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    blur: { type: 'string', enum: [...BLUR_SETTINGS], description: 'always: every picture blurred until clicked through; graphic (default): items labelled graphic violence; never' },
    dailyLimit: { description: 'graphic items a day after which a reminder to take a break is shown, a whole number from 1 to 1000; null: no reminder' },
  },
} as const;

/** Who may label: see labelAccess. */
const access = (permission: 'case:read' | 'case:manage' | 'evidence:read' | 'records:read' | 'annotations:write') => ({ access: { permission, case: { param: 'caseId' } } }) as const;

/**
 * Sensitivity labels and the reader's care (src/sensitivity). Labelling needs annotations:write, for evidence and
 * incidents alike: a label is a note about the material for colleagues, not a change of the evidence (evidence:add
 * is for those who take evidence in) nor of the incident's facts (records:write); and the analysts and reviewers
 * who watch the material all day are the first to meet a graphic video, so they must be able to warn the others.
 * External counsel, who read only disclosures, can do neither. A case's own label list is its owners' (case:manage).
 */
export function sensitivityRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const deps = { database: dossier.database, ledger: dossier.ledger };
    const db = dossier.database.db;
    const reader = (request: FastifyRequest) => ({ userId: request.principal!.userId, actor: requestActor(request) });

    api.get<{ Params: { caseId: string } }>('/cases/:caseId/labels', { schema: { tags, summary: 'The labels this case uses: the built-in ones and its owners’ own', params: caseParams }, config: access('case:read') }, async (request) => {
      await getCase(dossier, request.params.caseId);
      return { builtIn: SENSITIVITY_LABELS, own: await listCaseLabels(db, request.params.caseId) };
    });
    api.put<{ Params: { caseId: string; code: string }; Body: { name: string; retired?: boolean } }>(
      '/cases/:caseId/labels/:code',
      { schema: { tags, summary: 'Add one of the case’s own labels, rename it, or retire it (never deleted); logged in the ledger', params: caseLabelParams, body: caseLabelBody }, config: access('case:manage') },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        return putCaseLabel(deps, requestActor(request), request.params.caseId, request.params.code, request.body);
      },
    );

    for (const kind of ['evidence', 'incident'] as const satisfies readonly LabelSubjectKind[]) {
      const key = kind === 'evidence' ? 'ref' : 'id';
      const path = `/cases/:caseId/${kind === 'evidence' ? 'evidence/:ref' : 'incidents/:id'}/labels`;
      const refOf = (params: Record<string, string>) => params[key]!;
      api.get<{ Params: Record<string, string> & { caseId: string } }>(
        path,
        { schema: { tags, summary: `An ${kind === 'evidence' ? 'evidence item' : 'incident'}’s sensitivity labels, their history and the labels suggested at intake`, params: subjectParams(key) }, config: access(kind === 'evidence' ? 'evidence:read' : 'records:read') },
        async (request) => {
          const { caseId } = request.params;
          const subject = await resolveSubject(deps, caseId, kind, refOf(request.params));
          const [labels, suggestions] = await Promise.all([readLabels(db, caseId, subject), listSuggestions(db, caseId, subject)]);
          const blur = kind === 'evidence' ? await blurDecision(db, request.principal!.userId, subject.id, [caseId]) : undefined;
          return { ...labels, suggestions, ...(blur ? { blurred: blur.blurred } : {}) };
        },
      );
      api.put<{ Params: Record<string, string> & { caseId: string; label: string } }>(
        `${path}/:label`,
        { schema: { tags, summary: 'Set a label (a built-in one or one of the case’s own); logged in the ledger; setting a label already set changes nothing', params: labelParams(key) }, config: access('annotations:write') },
        async (request) => changeLabel(deps, requestActor(request), request.params.caseId, kind, refOf(request.params), request.params.label, 'set'),
      );
      api.delete<{ Params: Record<string, string> & { caseId: string; label: string } }>(
        `${path}/:label`,
        { schema: { tags, summary: 'Remove a label: a new state, logged in the ledger; the history keeps it. A label not set is 409', params: labelParams(key) }, config: access('annotations:write') },
        async (request) => changeLabel(deps, requestActor(request), request.params.caseId, kind, refOf(request.params), request.params.label, 'removed'),
      );
      for (const decision of ['accept', 'dismiss'] as const) {
        api.post<{ Params: Record<string, string> & { caseId: string; suggestionId: string } }>(
          `${path.replace('/labels', '/suggestions')}/:suggestionId/${decision}`,
          { schema: { tags, summary: decision === 'accept' ? 'Accept a suggested label: it is set, its entry naming the suggestion' : 'Dismiss a suggested label (logged); it is not suggested again', params: suggestionParams(key) }, config: access('annotations:write') },
          async (request) => decideSuggestion(deps, requestActor(request), request.params.caseId, kind, refOf(request.params), request.params.suggestionId, decision === 'accept' ? 'accepted' : 'dismissed'),
        );
      }
    }

    api.post<{ Params: { caseId: string; ref: string } }>(
      '/cases/:caseId/evidence/:ref/reveal',
      { schema: { tags, summary: 'Click through the blur of an item: recorded (an audit event, counted for the daily reminder); its pictures and video are then sent plain to this reader for 12 hours', params: subjectParams('ref') }, config: access('evidence:read') },
      async (request) => {
        const { caseId, ref } = request.params;
        const subject = await resolveSubject(deps, caseId, 'evidence', ref);
        const { labels } = await blurDecision(db, request.principal!.userId, subject.id, [caseId]);
        const exposure = await recordReveal(db, reader(request), caseId, subject, labels.includes('graphic_violence'));
        return { evidenceId: subject.id, labels, exposure };
      },
    );

    api.get('/auth/care', { schema: { tags, summary: 'My care settings (blur, daily reminder) and today’s count of graphic items opened' }, config: { access: { permission: 'signed-in' } } }, async (request) => ({
      settings: await careSettingsOf(db, request.principal!.userId),
      exposure: await exposureOf(db, request.principal!.userId),
    }));
    api.put<{ Body: Partial<CareSettings> }>('/auth/care', { schema: { tags, summary: 'Change my care settings; a field left out stays as it was', body: careBody }, config: { access: { permission: 'signed-in' } } }, async (request) => ({
      settings: await setCareSettings(db, request.principal!.userId, request.body),
      exposure: await exposureOf(db, request.principal!.userId),
    }));
    api.post('/auth/care/reminder/dismiss', { schema: { tags, summary: 'Dismiss today’s reminder to take a break: not shown again today' }, config: { access: { permission: 'signed-in' } } }, async (request) => ({
      exposure: await dismissReminder(db, request.principal!.userId),
    }));
  };
}
