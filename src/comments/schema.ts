import { Type } from 'typebox';

/** The discussion's shapes, once: route validation, responses and OpenAPI derive from them. */
const Id = Type.String({ minLength: 1, maxLength: 64 });
// Longer than the domain's limit (MAX_COMMENT_LENGTH), so the domain refuses with its own words and field.
const Body = Type.String({ maxLength: 100_000, description: 'The words; @name mentions a member, #id links a record or an item of the case; at most 10,000 characters' });

export const NewCommentSchema = Type.Object(
  { subject: Id, body: Body, replyTo: Type.Optional(Id) },
  { additionalProperties: false, $id: 'NewComment' },
);

export const RevisedCommentSchema = Type.Object({ body: Body }, { additionalProperties: false, $id: 'RevisedComment' });

const Part = Type.Object(
  {
    text: Type.String(),
    mention: Type.Optional(Type.String({ description: 'An account name mentioned' })),
    name: Type.Optional(Type.String({ description: "The mentioned account's display name" })),
    link: Type.Optional(Type.String({ description: 'A record or item of the case the reader may read' })),
    kind: Type.Optional(Type.String({ description: "The linked subject's kind: a record kind or evidence" })),
  },
  { additionalProperties: false },
);

const SubjectRef = Type.Object({ kind: Type.String(), id: Type.String() });

export const CommentViewSchema = Type.Object(
  {
    id: Type.String(),
    subject: SubjectRef,
    replyTo: Type.Union([Type.String(), Type.Null()]),
    author: Type.String(),
    authorName: Type.Union([Type.String(), Type.Null()]),
    body: Type.String({ description: 'The latest words' }),
    parts: Type.Array(Part, { description: 'The words cut into text, mentions and links, in order' }),
    rev: Type.Integer({ description: 'How many wordings it has had' }),
    edited: Type.Boolean(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'CommentView' },
);

const Subject = Type.Object({ kind: Type.String(), id: Type.String(), title: Type.String() });

export const CommentThreadSchema = Type.Object({ subject: Subject, comments: Type.Array(CommentViewSchema) }, { $id: 'CommentThread' });

export const CommentRevisionSchema = Type.Object(
  {
    rev: Type.Integer(),
    author: Type.String(),
    at: Type.String(),
    body: Type.String(),
    ledgerSeq: Type.Integer({ description: 'The ledger entry that logged this wording' }),
    commitment: Type.String({ description: 'The entry’s commitment to the words: SHA-256 of the salt, "body", a zero byte and the words' }),
    salt: Type.String(),
  },
  { $id: 'CommentRevision' },
);

export const CommentSearchHitSchema = Type.Object({ comment: CommentViewSchema, subject: Subject }, { $id: 'CommentSearchHit' });
