import { Type, type Static } from 'typebox';
import { patchOf, RecordStamps, Text } from '../records/fields.js';
import { placeIndex, placeSearchText, resolvePlace } from '../records/place-index.js';
import type { RecordKind } from '../records/record-kind.js';
import { PlaceSchema } from '../values/place.js';
import { TARGET_OBJECTS } from '../vocab/vocabularies.js';

const fields = {
  name: Text(500, 'e.g. "Al-Quds hospital, Sukkari"'),
  siteType: Type.Optional(Type.Enum(TARGET_OBJECTS, { description: 'What the site is (vocabulary target_objects)' })),
  place: PlaceSchema,
  protectedSite: Type.Optional(Type.Boolean({ description: 'Its exact location must not leave the case (e.g. a field hospital in use)' })),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
};

/** Where a protected site really is, kept apart from its public (coarse) `place`. */
export const SiteRestrictedSchema = Type.Object(
  {
    exactLocation: Type.Optional(
      Type.Object({ lat: Type.Number({ minimum: -90, maximum: 90 }), lon: Type.Number({ minimum: -180, maximum: 180 }) }, { additionalProperties: false }),
    ),
    notes: Type.Optional(Type.String({ maxLength: 20_000, description: 'Access, who runs it, what must not be said' })),
  },
  { additionalProperties: false, $id: 'SiteRestricted' },
);

export const SiteCreateSchema = Type.Object({ ...fields, restricted: Type.Optional(SiteRestrictedSchema) }, { additionalProperties: false, $id: 'SiteCreate' });
export type SiteDoc = Static<typeof SiteCreateSchema>;
export const SiteSchema = Type.Object({ ...RecordStamps, ...fields }, { $id: 'Site' });

/** A documented place (a hospital, a school, a bakery) that incidents and acts can refer to. */
export const siteKind: RecordKind<SiteDoc> = {
  name: 'site',
  idPrefix: 'site',
  plural: 'sites',
  label: 'site',
  createSchema: SiteCreateSchema,
  patchSchema: patchOf(SiteCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: SiteSchema,
  restrictedSchema: SiteRestrictedSchema,
  async prepare(ctx, input) {
    return { ...input, name: input.name.trim(), place: resolvePlace('place', input.place, ctx.gazetteer) };
  },
  index(doc) {
    return {
      title: doc.name,
      status: doc.siteType ?? null,
      place: placeIndex(doc.place),
      search: { title: doc.name, body: [doc.description, placeSearchText(doc.place)].filter(Boolean).join('\n') },
    };
  },
};
