import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Dossier } from '../../app/open.js';
import { casePermissions } from '../../access/principal.js';
import { getCase } from '../../cases/cases.js';
import { commentRevisions, commentThread, searchComments, subjectOfComment } from '../../comments/comment-views.js';
import { postComment, reviseComment, type NewComment } from '../../comments/comments.js';
import { CommentRevisionSchema, CommentSearchHitSchema, CommentThreadSchema, CommentViewSchema, NewCommentSchema, RevisedCommentSchema } from '../../comments/schema.js';
import { requestActor } from '../access.js';
import { problemResponses, routeSchema } from '../route-schema.js';

const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: { type: 'string', maxLength: 64 } } } as const;
const commentParams = {
  type: 'object',
  required: ['caseId', 'commentId'],
  properties: { caseId: { type: 'string', maxLength: 64 }, commentId: { type: 'string', maxLength: 64 } },
} as const;
const ThreadQuery = Type.Object({ subject: Type.String({ minLength: 1, maxLength: 64, description: 'The record (incident, claim…) or evidence item (ev_…) of the case' }) }, { additionalProperties: false });
const SearchQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 500 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'At most this many (default 20)' })) },
  { additionalProperties: false },
);

const tags = ['comments'];
// Reading a thread needs reading its subject: records:read here, and evidence:read too for an item's thread
// (checked by the domain once the subject is known). External counsel reads neither.
const readAccess = { access: { permission: 'records:read', case: { param: 'caseId' } } } as const;
const writeAccess = { access: { permission: 'annotations:write', case: { param: 'caseId' } } } as const;

/**
 * The team's discussion of a case's records and items: threads, replies, mentions, links, revisions. Every
 * comment and every revision is a ledger entry committing to its words.
 */
export function commentRoutes(dossier: Dossier): FastifyPluginAsync {
  return async (api) => {
    const deps = { database: dossier.database, ledger: dossier.ledger };
    const reader = (request: FastifyRequest, caseId: string) => ({ username: request.principal!.username, permissions: casePermissions(request.principal!, caseId) });
    const author = (request: FastifyRequest, caseId: string) => ({ actor: requestActor(request), ...reader(request, caseId) });
    const thread = (request: FastifyRequest, caseId: string, subject: string) => commentThread(dossier.database.db, caseId, subject, reader(request, caseId));

    api.get<{ Params: { caseId: string }; Querystring: { subject: string } }>(
      '/cases/:caseId/comments',
      { schema: { tags, summary: "A record's or an item's discussion, oldest first; each comment's latest words, marked edited if revised", params: caseParams, querystring: routeSchema(ThreadQuery), response: { 200: routeSchema(CommentThreadSchema), ...problemResponses } }, config: readAccess },
      async (request) => {
        await getCase(dossier, request.params.caseId);
        return thread(request, request.params.caseId, request.query.subject);
      },
    );

    api.post<{ Params: { caseId: string }; Body: NewComment }>(
      '/cases/:caseId/comments',
      {
        schema: {
          tags,
          summary:
            'Post a comment on a record or an item of the case, or a reply (replyTo, a comment of the same thread). @name mentions a member who may read the subject (else 422, field body, nothing kept, nobody told); #id links a record or item of the case.',
          params: caseParams,
          body: routeSchema(NewCommentSchema),
          response: { 201: routeSchema(CommentViewSchema), ...problemResponses },
        },
        config: writeAccess,
      },
      async (request, reply) => {
        const { caseId } = request.params;
        await getCase(dossier, caseId);
        const id = await postComment(deps, author(request, caseId), caseId, request.body);
        const posted = (await thread(request, caseId, request.body.subject)).comments.find((comment) => comment.id === id)!;
        return reply.code(201).send(posted);
      },
    );

    api.put<{ Params: { caseId: string; commentId: string }; Body: { body: string } }>(
      '/cases/:caseId/comments/:commentId',
      {
        schema: {
          tags,
          summary: "Revise one's own comment: a new revision, the earlier ones kept and readable; only the author revises",
          params: commentParams,
          body: routeSchema(RevisedCommentSchema),
          response: { 200: routeSchema(CommentViewSchema), ...problemResponses },
        },
        config: writeAccess,
      },
      async (request) => {
        const { caseId, commentId } = request.params;
        await reviseComment(deps, author(request, caseId), caseId, commentId, request.body.body);
        const subjectId = await subjectOfComment(dossier.database.db, commentId);
        return (await thread(request, caseId, subjectId)).comments.find((comment) => comment.id === commentId)!;
      },
    );

    api.get<{ Params: { caseId: string; commentId: string } }>(
      '/cases/:caseId/comments/:commentId/revisions',
      { schema: { tags, summary: "Every wording of a comment, first to latest, each with its ledger entry and commitment", params: commentParams, response: { 200: { type: 'object', properties: { items: { type: 'array', items: routeSchema(CommentRevisionSchema) } } }, ...problemResponses } }, config: readAccess },
      async (request) => ({ items: await commentRevisions(dossier.database.db, request.params.caseId, request.params.commentId, reader(request, request.params.caseId)) }),
    );

    api.get<{ Params: { caseId: string }; Querystring: { q: string; limit?: number } }>(
      '/cases/:caseId/comments/search',
      { schema: { tags, summary: "The case's comments whose words match, newest first, each with its subject; only subjects the reader may read", params: caseParams, querystring: routeSchema(SearchQuery), response: { 200: { type: 'object', properties: { hits: { type: 'array', items: routeSchema(CommentSearchHitSchema) } } }, ...problemResponses } }, config: readAccess },
      async (request) => {
        const { caseId } = request.params;
        await getCase(dossier, caseId);
        return { hits: await searchComments(dossier.database, caseId, request.query.q, reader(request, caseId), request.query.limit ?? 20) };
      },
    );
  };
}
