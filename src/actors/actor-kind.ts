import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference, Text } from '../records/fields.js';
import type { PrepareContext, RecordKind } from '../records/record-kind.js';
import { resolveDate } from '../values/uncertain-date.js';
import { ACTOR_TYPES } from '../vocab/vocabularies.js';

const Edtf = Type.String({ minLength: 4, maxLength: 60, description: 'EDTF date, e.g. 2016-07 or 2015~' });

/** A unit's place in a chain of command holds for a time: "under the 4th Division from 2013 to 2016". */
const ParentUnit = Type.Object(
  { actorId: Reference('actr', 'The superior unit or organisation'), from: Type.Optional(Edtf), to: Type.Optional(Edtf), note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
const Posting = Type.Object(
  {
    unitId: Reference('actr', 'The unit the person served in'),
    rank: Type.Optional(Type.String({ maxLength: 200 })),
    role: Type.Optional(Type.String({ maxLength: 200, description: 'e.g. commander, pilot' })),
    from: Type.Optional(Edtf),
    to: Type.Optional(Edtf),
  },
  { additionalProperties: false },
);

const fields = {
  name: Text(300, 'The name used in this case'),
  names: Type.Optional(
    Type.Object(
      { en: Type.Optional(Type.String({ maxLength: 300 })), ar: Type.Optional(Type.String({ maxLength: 300 })), other: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 30 })) },
      { additionalProperties: false },
    ),
  ),
  actorKind: Type.Enum(['person', 'unit', 'organisation'] as const),
  actorType: Type.Enum(ACTOR_TYPES, { description: 'Vocabulary actor_types' }),
  countryCode: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'State the actor belongs to (ISO 3166-1 alpha-2)' })),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  parentUnits: Type.Optional(Type.Array(ParentUnit, { maxItems: 50 })),
  postings: Type.Optional(Type.Array(Posting, { maxItems: 100 })),
};

export const ActorCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'ActorCreate' });
export type ActorDoc = Static<typeof ActorCreateSchema>;
export const ActorSchema = Type.Object({ ...RecordStamps, ...fields }, { $id: 'Actor' });

/** A person, unit or organisation, with a dated chain of command and, for people, dated postings. */
export const actorKind: RecordKind<ActorDoc> = {
  name: 'actor',
  idPrefix: 'actr',
  plural: 'actors',
  label: 'actor',
  createSchema: ActorCreateSchema,
  patchSchema: patchOf(ActorCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: ActorSchema,
  async prepare(ctx, input) {
    for (const [i, parent] of (input.parentUnits ?? []).entries()) {
      await requireOtherActor(ctx, `parentUnits[${i}].actorId`, parent.actorId);
      checkSpan(`parentUnits[${i}]`, parent.from, parent.to);
    }
    if (input.postings?.length && input.actorKind !== 'person') throw invalidField('postings', 'only a person has postings');
    for (const [i, posting] of (input.postings ?? []).entries()) {
      await requireOtherActor(ctx, `postings[${i}].unitId`, posting.unitId);
      checkSpan(`postings[${i}]`, posting.from, posting.to);
    }
    return { ...input, name: input.name.trim() };
  },
  index(doc) {
    return {
      title: doc.name,
      status: doc.actorType,
      search: { title: [doc.name, doc.names?.en, doc.names?.ar, ...(doc.names?.other ?? [])].filter(Boolean).join(' '), body: doc.description ?? '' },
    };
  },
};

async function requireOtherActor(ctx: PrepareContext, field: string, id: string): Promise<void> {
  if (id === ctx.recordId) throw invalidField(field, 'an actor cannot be its own superior or unit', id);
  await ctx.requireRecord(field, 'actor', id);
}

function checkSpan(field: string, from: string | undefined, to: string | undefined): void {
  const start = from === undefined ? undefined : resolveDate(`${field}.from`, { edtf: from });
  const end = to === undefined ? undefined : resolveDate(`${field}.to`, { edtf: to });
  if (start && end && start.earliest > end.latest) throw invalidField(`${field}.to`, `ends (${to}) before it starts (${from})`, to);
}
