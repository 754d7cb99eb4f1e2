import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { casesWith } from '../../access/principal.js';
import { caseActivity } from '../../activity/case-activity.js';
import { DossierError } from '../../common/errors.js';
import { follow, isFollowing, unfollow } from '../../notifications/follows.js';
import { listNotices, markAllRead, markNotice, unreadCount, type Reader } from '../../notifications/inbox.js';
import { NOTIFICATION_KINDS } from '../../notifications/kinds.js';
import { changeSettings, EMAIL_MODES, readSettings, type SettingsChange } from '../../notifications/settings.js';
import { recordKindIn } from '../../records/record-store.js';
import { problemResponses } from '../route-schema.js';

const tags = ['notifications'];
const signedIn = { access: { permission: 'signed-in' } } as const;
const readRecords = { access: { permission: 'records:read', case: { param: 'caseId' } } } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const incidentParams = { type: 'object', required: ['caseId', 'id'], properties: { caseId: { type: 'string', maxLength: 64 }, id: { type: 'string', maxLength: 64 } } } as const;
const pageQuery = (extra: Record<string, unknown> = {}) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: { limit: { type: 'integer', minimum: 1, maximum: 200, description: 'Page size (default 50)' }, cursor: { type: 'string', maxLength: 100, description: 'nextCursor of the previous page' }, ...extra },
  }) as const;
const settingsBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    inAppKinds: { type: 'array', maxItems: NOTIFICATION_KINDS.length * 2, items: { type: 'string', maxLength: 40 }, description: `Kinds of notice kept for me: ${NOTIFICATION_KINDS.join(', ')}` },
    email: { type: 'string', maxLength: 20, description: `E-mail: ${EMAIL_MODES.join(', ')}` },
    emailAddress: { type: ['string', 'null'], maxLength: 300 },
  },
} as const;

/** The signed-in account's own notices (only about what it may still read), its settings, and what it follows. */
function readerOf(request: FastifyRequest): Reader {
  const principal = request.principal;
  if (!principal) throw new DossierError('UNAUTHENTICATED', 'this action needs a signed-in account');
  return { username: principal.username, evidenceCases: casesWith(principal, 'evidence:read'), recordCases: casesWith(principal, 'records:read') };
}

/**
 * Notifications: each account sees and marks only its own. Following an incident (its status changes notify),
 * and a case's activity feed worded from the custody ledger.
 */
export function notificationRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const { database } = dossier;

    api.get<{ Querystring: { unread?: boolean; limit?: number; cursor?: string } }>(
      '/notifications',
      { schema: { tags, summary: 'My notifications, newest first (unread=true: only those not read yet)', querystring: pageQuery({ unread: { type: 'boolean' } }), response: problemResponses }, config: signedIn },
      async (request) => listNotices(database.db, readerOf(request), request.query),
    );
    api.get('/notifications/unread-count', { schema: { tags, summary: 'How many of my notifications are unread', response: problemResponses }, config: signedIn }, async (request) => ({
      unread: await unreadCount(database.db, readerOf(request)),
    }));
    api.put<{ Params: { id: string }; Body: { read: boolean } }>(
      '/notifications/:id/read',
      {
        schema: { tags, summary: 'Mark one of my notifications read (read: true) or unread (read: false)', params: idParams, body: { type: 'object', required: ['read'], additionalProperties: false, properties: { read: { type: 'boolean' } } }, response: problemResponses },
        config: signedIn,
      },
      async (request) => markNotice(database, readerOf(request), request.params.id, request.body.read),
    );
    api.post('/notifications/read-all', { schema: { tags, summary: 'Mark all my notifications read', response: problemResponses }, config: signedIn }, async (request) => ({
      marked: await markAllRead(database, readerOf(request)),
    }));
    api.get('/notifications/settings', { schema: { tags, summary: 'What I am told, and whether and how by e-mail', response: problemResponses }, config: signedIn }, async (request) => ({
      ...(await readSettings(database.db, readerOf(request).username)),
      emailAvailable: dossier.config.smtp !== undefined,
    }));
    api.put<{ Body: SettingsChange }>(
      '/notifications/settings',
      { schema: { tags, summary: 'Change what I am told and how; e-mail on needs a valid address', body: settingsBody, response: problemResponses }, config: signedIn },
      async (request) => ({ ...(await changeSettings(database, readerOf(request).username, request.body)), emailAvailable: dossier.config.smtp !== undefined }),
    );

    const followed = async (request: FastifyRequest<{ Params: { caseId: string; id: string } }>) => {
      const { caseId, id } = request.params;
      if ((await recordKindIn(database.db, caseId, id)) !== 'incident') throw new DossierError('NOT_FOUND', `incident ${id} does not exist in case ${caseId}`, { field: 'id', value: id });
      return { caseId, subject: { kind: 'incident', id }, username: readerOf(request).username };
    };
    api.get<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/incidents/:id/follow',
      { schema: { tags, summary: 'Whether I follow this incident (its status changes notify me)', params: incidentParams, response: problemResponses }, config: readRecords },
      async (request) => {
        const { subject, username } = await followed(request);
        return { following: await isFollowing(database.db, subject.id, username) };
      },
    );
    api.put<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/incidents/:id/follow',
      { schema: { tags, summary: 'Follow this incident', params: incidentParams, response: problemResponses }, config: readRecords },
      async (request) => {
        const { caseId, subject, username } = await followed(request);
        await database.writeTransaction((trx) => follow(trx, caseId, subject, username));
        return { following: true };
      },
    );
    api.delete<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/incidents/:id/follow',
      { schema: { tags, summary: 'Stop following this incident', params: incidentParams, response: problemResponses }, config: readRecords },
      async (request) => {
        const { subject, username } = await followed(request);
        await database.writeTransaction((trx) => unfollow(trx, subject, username));
        return { following: false };
      },
    );

    api.get<{ Params: { caseId: string }; Querystring: { limit?: number; cursor?: string } }>(
      '/cases/:caseId/activity',
      { schema: { tags, summary: 'What happened in the case, newest first, from the custody ledger: who, what, which record (never an entry’s other details)', params: caseParams, querystring: pageQuery(), response: problemResponses }, config: readRecords },
      async (request) => caseActivity(database.db, request.params.caseId, request.query),
    );
  };
}
