import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference, Terms } from '../records/fields.js';
import { placeIndex, resolvePlace } from '../records/place-index.js';
import type { RecordKind } from '../records/record-kind.js';
import { PlaceSchema } from '../values/place.js';
import { resolveDate, UncertainDateInputSchema, UncertainDateSchema } from '../values/uncertain-date.js';
import { INCIDENT_TYPES, MEANS, TARGET_OBJECTS, TOXIC_AGENTS } from '../vocab/vocabularies.js';

const fields = {
  incidentId: Reference('inc', 'The incident this act is part of'),
  type: Type.Enum(INCIDENT_TYPES, { description: 'What was done (vocabulary incident_types)' }),
  means: Type.Optional(Terms(MEANS, 'Weapons or methods (vocabulary means)')),
  toxicAgent: Type.Optional(Type.Enum(TOXIC_AGENTS, { description: 'For toxic_chemical means: the agent' })),
  targets: Type.Optional(Terms(TARGET_OBJECTS, 'Objects or people struck (vocabulary target_objects)')),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  consequences: Type.Optional(Type.String({ maxLength: 20_000, description: 'Damage and effects, in prose' })),
  date: Type.Optional(UncertainDateInputSchema),
  place: Type.Optional(PlaceSchema),
  siteId: Type.Optional(Reference('site', 'The documented site struck')),
};

export const ActCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'ActCreate' });
export type ActDoc = Static<typeof ActCreateSchema>;
export const ActSchema = Type.Object({ ...RecordStamps, ...fields, date: Type.Optional(UncertainDateSchema) }, { $id: 'Act' });

/** One act within an incident: a strike, an execution, a blockade of a road, with its own means and targets. */
export const actKind: RecordKind<ActDoc> = {
  name: 'act',
  idPrefix: 'act',
  plural: 'acts',
  label: 'act',
  createSchema: ActCreateSchema,
  patchSchema: patchOf(ActCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: ActSchema,
  async prepare(ctx, input) {
    await ctx.requireRecord('incidentId', 'incident', input.incidentId);
    if (input.siteId) await ctx.requireRecord('siteId', 'site', input.siteId);
    if (input.toxicAgent && !input.means?.includes('toxic_chemical')) {
      throw invalidField('toxicAgent', 'applies only when means includes toxic_chemical');
    }
    if (input.date) resolveDate('date', input.date);
    return input.place ? { ...input, place: resolvePlace('place', input.place, ctx.gazetteer) } : input;
  },
  index(doc) {
    const date = doc.date ? resolveDate('date', doc.date) : null;
    return {
      title: doc.type,
      parentId: doc.incidentId,
      incidentId: doc.incidentId,
      date: date && { earliest: date.earliest, latest: date.latest },
      place: placeIndex(doc.place),
      terms: [
        { vocab: 'incident_type', term: doc.type },
        ...(doc.means ?? []).map((term) => ({ vocab: 'means', term })),
        ...(doc.targets ?? []).map((term) => ({ vocab: 'target', term })),
      ],
      search: doc.description || doc.consequences ? { title: doc.type.replaceAll('_', ' '), body: [doc.description, doc.consequences].filter(Boolean).join('\n') } : null,
    };
  },
  present(doc) {
    return doc.date ? { date: resolveDate('date', doc.date) } : {};
  },
};
