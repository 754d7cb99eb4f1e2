import { Type, type Static } from 'typebox';
import { patchOf, RecordStamps, Reference, Text } from '../records/fields.js';
import { placeIndex, resolvePlace } from '../records/place-index.js';
import type { RecordKind } from '../records/record-kind.js';
import { PlaceSchema } from '../values/place.js';
import { resolveDate, UncertainDateInputSchema, UncertainDateSchema } from '../values/uncertain-date.js';
import { CONTEXT_EVENT_KINDS } from '../vocab/vocabularies.js';

const fields = {
  eventKind: Type.Enum(CONTEXT_EVENT_KINDS, { description: 'Vocabulary context_event_kinds' }),
  title: Text(500, 'e.g. "Security Council draft on helicopter sales vetoed"'),
  date: UncertainDateInputSchema,
  place: Type.Optional(PlaceSchema),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  sourceIds: Type.Optional(Type.Array(Reference('src', 'A source reporting the event'), { uniqueItems: true, maxItems: 50 })),
};

export const ContextEventCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'ContextEventCreate' });
export type ContextEventDoc = Static<typeof ContextEventCreateSchema>;
export const ContextEventSchema = Type.Object({ ...RecordStamps, ...fields, date: UncertainDateSchema }, { $id: 'ContextEvent' });

/** Political and military events (talks, votes, ceasefires, sieges) that attacks are read against. */
export const contextEventKind: RecordKind<ContextEventDoc> = {
  name: 'context_event',
  idPrefix: 'ctx',
  plural: 'context-events',
  label: 'context event',
  createSchema: ContextEventCreateSchema,
  patchSchema: patchOf(ContextEventCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: ContextEventSchema,
  async prepare(ctx, input) {
    resolveDate('date', input.date);
    for (const [i, id] of (input.sourceIds ?? []).entries()) await ctx.requireRecord(`sourceIds[${i}]`, 'source', id);
    return input.place ? { ...input, place: resolvePlace('place', input.place, ctx.gazetteer) } : input;
  },
  index(doc) {
    const date = resolveDate('date', doc.date);
    return {
      title: doc.title,
      status: doc.eventKind,
      date: { earliest: date.earliest, latest: date.latest },
      place: placeIndex(doc.place),
      search: { title: doc.title, body: doc.description ?? '' },
    };
  },
  present(doc) {
    return { date: resolveDate('date', doc.date) };
  },
};
