import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference, Terms, Text } from '../records/fields.js';
import { placeIndex, placeSearchText, resolvePlace } from '../records/place-index.js';
import type { PrepareContext, RecordKind } from '../records/record-kind.js';
import { resolveDate, UncertainDateInputSchema, UncertainDateSchema } from '../values/uncertain-date.js';
import { PlaceSchema } from '../values/place.js';
import { CROSSED_BORDER, INCIDENT_TYPES, VERIFICATION_GRADES } from '../vocab/vocabularies.js';
import { IncidentWorkflowSchema } from '../workflow/schema.js';

const fields = {
  title: Text(500, 'Short title, e.g. "Air strike on the aid convoy at Urum al-Kubra"'),
  narrative: Type.Optional(Type.String({ maxLength: 50_000, description: 'What is known, in prose' })),
  types: Terms(INCIDENT_TYPES, 'Incident types (vocabulary incident_types)', { minItems: 1 }),
  date: Type.Optional(UncertainDateInputSchema),
  place: Type.Optional(PlaceSchema),
  siteId: Type.Optional(Reference('site', 'A documented site (hospital, school…) where it happened')),
  parentId: Type.Optional(Reference('inc', 'A larger incident this is part of (a siege, a campaign)')),
  previousId: Type.Optional(Reference('inc', 'The incident this one follows in a sequence (e.g. a double-tap strike)')),
  crossedBorder: Type.Optional(Type.Enum(CROSSED_BORDER, { description: 'For forced displacement: whether people were moved across a border' })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30, uniqueItems: true })),
};

export const IncidentCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'IncidentCreate' });
export type IncidentDoc = Static<typeof IncidentCreateSchema>;

export const IncidentSchema = Type.Object(
  {
    ...RecordStamps,
    ...fields,
    date: Type.Optional(UncertainDateSchema),
    grade: Type.Enum(VERIFICATION_GRADES, { description: 'Current verification grade: the latest verification assessment, or "reported"' }),
    workflow: Type.Optional({ ...IncidentWorkflowSchema, description: 'Its place in the team’s work (shown when one incident is read)' }),
    workflowStatus: Type.Optional({ ...IncidentWorkflowSchema.properties.status, description: 'Its workflow status (shown in lists)' }),
    workflowAssignees: Type.Optional(Type.Array(Type.String(), { description: 'Who it is assigned to (shown in lists)' })),
  },
  { $id: 'Incident' },
);

export const incidentKind: RecordKind<IncidentDoc> = {
  name: 'incident',
  idPrefix: 'inc',
  plural: 'incidents',
  label: 'incident',
  createSchema: IncidentCreateSchema,
  patchSchema: patchOf(IncidentCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: IncidentSchema,
  defaultStatus: 'reported',
  statusField: 'grade',
  async prepare(ctx: PrepareContext, input) {
    const doc: IncidentDoc = { ...input, title: input.title.trim() };
    if (doc.title === '') throw invalidField('title', 'is required');
    if (doc.date) resolveDate('date', doc.date);
    if (doc.place) doc.place = resolvePlace('place', doc.place, ctx.gazetteer);
    if (doc.siteId) await ctx.requireRecord('siteId', 'site', doc.siteId);
    for (const link of ['parentId', 'previousId'] as const) {
      const id = doc[link];
      if (id === undefined) continue;
      if (id === ctx.recordId) throw invalidField(link, 'an incident cannot link to itself', id);
      await ctx.requireRecord(link, 'incident', id);
    }
    if (doc.crossedBorder && !doc.types.includes('forced_displacement')) {
      throw invalidField('crossedBorder', 'applies only to incidents of type forced_displacement');
    }
    return doc;
  },
  index(doc) {
    const date = doc.date ? resolveDate('date', doc.date) : null;
    return {
      title: doc.title,
      incidentId: undefined,
      date: date && { earliest: date.earliest, latest: date.latest },
      place: placeIndex(doc.place),
      parentId: doc.parentId ?? null,
      terms: doc.types.map((term) => ({ vocab: 'incident_type', term })),
      search: { title: doc.title, body: [doc.narrative, placeSearchText(doc.place), ...(doc.tags ?? [])].filter(Boolean).join('\n') },
    };
  },
  present(doc) {
    return doc.date ? { date: resolveDate('date', doc.date) } : {};
  },
};
