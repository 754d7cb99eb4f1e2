import { Type, type Static } from 'typebox';
import { patchOf, RecordStamps, Reference, Text } from '../records/fields.js';
import type { RecordKind } from '../records/record-kind.js';
import { resolveDate } from '../values/uncertain-date.js';
import { SOURCE_RELIABILITY, SOURCE_TYPES } from '../vocab/vocabularies.js';

export const PROTECTION_LEVELS = ['public', 'confidential', 'restricted'] as const;

const fields = {
  name: Text(500, 'Who or what: "UN Commission of Inquiry on Syria", "Witness W-07", a channel name'),
  sourceType: Type.Enum(SOURCE_TYPES, { description: 'Vocabulary source_types' }),
  reliability: Type.Enum(SOURCE_RELIABILITY, { description: 'Admiralty reliability A (completely reliable) … F (cannot be judged)' }),
  partyToConflict: Type.Enum(['yes', 'no', 'unknown'] as const, { description: 'Whether the source is, or speaks for, a party to the conflict' }),
  protectionLevel: Type.Enum(PROTECTION_LEVELS, { description: 'How the source must be protected; restricted sources are never exported' }),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  url: Type.Optional(Type.String({ maxLength: 2000, format: 'uri' })),
  publishedOn: Type.Optional(Type.String({ minLength: 4, maxLength: 60, description: 'EDTF date of publication, e.g. 2017-03-10' })),
  evidenceIds: Type.Optional(Type.Array(Reference('ev', 'An evidence item holding the source (a report, a video)'), { uniqueItems: true, maxItems: 200 })),
};

/** Who the source is and how to reach them: for a witness or victim, the facts that can get them killed. */
export const SourceRestrictedSchema = Type.Object(
  {
    fullName: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'The person’s name (the public `name` is a pseudonym such as "Witness W-07")' })),
    otherNames: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 20 })),
    contact: Type.Optional(Type.String({ maxLength: 2000, description: 'Phone, address, messaging handle' })),
    whereabouts: Type.Optional(Type.String({ maxLength: 2000, description: 'Where the person lives or stays now' })),
    protectionNotes: Type.Optional(Type.String({ maxLength: 20_000, description: 'Risks, consent given, protective measures agreed' })),
  },
  { additionalProperties: false, $id: 'SourceRestricted' },
);

export const SourceCreateSchema = Type.Object(
  { ...fields, restricted: Type.Optional(SourceRestrictedSchema) },
  { additionalProperties: false, $id: 'SourceCreate' },
);
export type SourceDoc = Static<typeof SourceCreateSchema>;
export const SourceSchema = Type.Object({ ...RecordStamps, ...fields }, { $id: 'Source' });

/** Who or what said something, graded for reliability (Admiralty scale) separately from any one claim. */
export const sourceKind: RecordKind<SourceDoc> = {
  name: 'source',
  idPrefix: 'src',
  plural: 'sources',
  label: 'source',
  createSchema: SourceCreateSchema,
  patchSchema: patchOf(SourceCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: SourceSchema,
  restrictedSchema: SourceRestrictedSchema,
  async prepare(ctx, input) {
    if (input.publishedOn) resolveDate('publishedOn', { edtf: input.publishedOn });
    for (const [i, id] of (input.evidenceIds ?? []).entries()) await ctx.requireEvidence(`evidenceIds[${i}]`, id);
    return { ...input, name: input.name.trim() };
  },
  index(doc) {
    const published = doc.publishedOn ? resolveDate('publishedOn', { edtf: doc.publishedOn }) : null;
    return {
      title: doc.name,
      status: doc.reliability,
      date: published && { earliest: published.earliest, latest: published.latest },
      terms: [{ vocab: 'source_type', term: doc.sourceType }],
      search: { title: doc.name, body: doc.description ?? '' },
    };
  },
};
