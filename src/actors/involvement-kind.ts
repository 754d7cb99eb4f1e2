import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference } from '../records/fields.js';
import type { RecordKind } from '../records/record-kind.js';
import { ATTRIBUTION_STATUSES, FACTUAL_ROLES, MODES_OF_LIABILITY, STANDARDS_OF_PROOF } from '../vocab/vocabularies.js';

const fields = {
  actId: Reference('act', 'The act the actor is involved in'),
  actorIds: Type.Array(Reference('actr', 'An actor'), { minItems: 1, maxItems: 10, uniqueItems: true }),
  eitherOr: Type.Optional(
    Type.Boolean({ description: 'True when the sources say one of these actors, not which ("Russian or Syrian aircraft"); false when all of them' }),
  ),
  factualRole: Type.Enum(FACTUAL_ROLES, { description: 'Vocabulary factual_roles' }),
  attributionStatus: Type.Enum(ATTRIBUTION_STATUSES, { description: 'Vocabulary attribution_statuses' }),
  modeOfLiability: Type.Optional(Type.Enum(MODES_OF_LIABILITY, { description: 'Vocabulary modes_of_liability' })),
  standardReached: Type.Optional(Type.Enum(STANDARDS_OF_PROOF, { description: 'Standard of proof the attribution reaches (vocabulary standards_of_proof)' })),
  claimIds: Type.Optional(Type.Array(Reference('clm', 'A claim supporting or disputing the attribution'), { uniqueItems: true, maxItems: 200 })),
  note: Type.Optional(Type.String({ maxLength: 20_000 })),
};

export const InvolvementCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'InvolvementCreate' });
export type InvolvementDoc = Static<typeof InvolvementCreateSchema>;
export const InvolvementSchema = Type.Object({ ...RecordStamps, ...fields, incidentId: Type.String() }, { $id: 'Involvement' });

/** Who took part in an act and how, with how far the attribution is established. */
export const involvementKind: RecordKind<InvolvementDoc> = {
  name: 'involvement',
  idPrefix: 'inv',
  plural: 'involvements',
  label: 'involvement',
  createSchema: InvolvementCreateSchema,
  patchSchema: patchOf(InvolvementCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: InvolvementSchema,
  derivedFields: ['incidentId'],
  async prepare(ctx, input) {
    const act = await ctx.requireRecord('actId', 'act', input.actId);
    for (const [i, id] of input.actorIds.entries()) await ctx.requireRecord(`actorIds[${i}]`, 'actor', id);
    if (input.eitherOr && input.actorIds.length < 2) throw invalidField('eitherOr', 'an either-or attribution names at least two actors');
    for (const [i, id] of (input.claimIds ?? []).entries()) await ctx.requireRecord(`claimIds[${i}]`, 'claim', id);
    return { ...input, incidentId: act.doc.incidentId as string } as InvolvementDoc;
  },
  index(doc) {
    const incidentId = (doc as InvolvementDoc & { incidentId: string }).incidentId;
    return {
      title: `${doc.factualRole}: ${doc.actorIds.join(doc.eitherOr ? ' or ' : ' and ')}`,
      parentId: doc.actId,
      incidentId,
      status: doc.attributionStatus,
      terms: doc.actorIds.map((term) => ({ vocab: 'actor', term })),
    };
  },
};
