import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference } from '../records/fields.js';
import type { RecordKind } from '../records/record-kind.js';
import { CONFLICT_TYPES } from '../vocab/vocabularies.js';
import { applicabilityWarnings, elementStatusSummary, ELEMENT_STATUSES, provision } from './catalogue.js';

const ElementFinding = Type.Object(
  {
    elementId: Type.String({ pattern: '^e\\d{1,2}$', description: 'Element id within the provision (e1, e2, …)' }),
    status: Type.Enum(ELEMENT_STATUSES),
    claimIds: Type.Optional(Type.Array(Reference('clm', 'A claim that bears on the element'), { uniqueItems: true, maxItems: 200 })),
    evidenceIds: Type.Optional(Type.Array(Reference('ev', 'An evidence item that bears on the element'), { uniqueItems: true, maxItems: 200 })),
    note: Type.Optional(Type.String({ maxLength: 20_000 })),
  },
  { additionalProperties: false },
);

const fields = {
  incidentId: Reference('inc', 'The incident qualified'),
  provision: Type.String({ minLength: 1, maxLength: 40, description: 'Provision id from the legal catalogue, e.g. rs-8-2-e-iv' }),
  conflictType: Type.Enum(CONFLICT_TYPES, { description: 'The armed conflict the qualification assumes' }),
  elements: Type.Array(ElementFinding, { maxItems: 30, description: 'One finding per element; an element left out counts as unknown' }),
  assertedBy: Type.Object(
    { sourceId: Type.Optional(Reference('src', 'A source that qualified it this way (e.g. a commission)')), analyst: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
    { additionalProperties: false, description: 'Who puts this qualification forward: a source, or an analyst of ours' },
  ),
  note: Type.Optional(Type.String({ maxLength: 20_000 })),
};

export const QualificationCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'QualificationCreate' });
export type QualificationDoc = Static<typeof QualificationCreateSchema>;
export const QualificationSchema = Type.Object(
  {
    ...RecordStamps,
    ...fields,
    citation: Type.String(),
    warnings: Type.Array(Type.String(), { description: 'Where the provision does not fit the conflict type, and what to consider instead' }),
    summary: Type.Unknown({ description: 'Element ids by status; allMet only when every element is met' }),
  },
  { $id: 'Qualification' },
);

/** An incident mapped to the elements of a crime, each element with its status and what supports it. */
export const qualificationKind: RecordKind<QualificationDoc> = {
  name: 'qualification',
  idPrefix: 'qual',
  plural: 'qualifications',
  label: 'legal qualification',
  createSchema: QualificationCreateSchema,
  patchSchema: patchOf(QualificationCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: QualificationSchema,
  async prepare(ctx, input) {
    await ctx.requireRecord('incidentId', 'incident', input.incidentId);
    provision(input.provision);
    elementStatusSummary(input.elements, input.provision);
    if (!input.assertedBy.sourceId && !input.assertedBy.analyst) throw invalidField('assertedBy', 'name a source or an analyst');
    if (input.assertedBy.sourceId) await ctx.requireRecord('assertedBy.sourceId', 'source', input.assertedBy.sourceId);
    for (const [i, element] of input.elements.entries()) {
      for (const [j, id] of (element.claimIds ?? []).entries()) await ctx.requireRecord(`elements[${i}].claimIds[${j}]`, 'claim', id);
      for (const [j, id] of (element.evidenceIds ?? []).entries()) await ctx.requireEvidence(`elements[${i}].evidenceIds[${j}]`, id);
    }
    return input;
  },
  index(doc) {
    return {
      title: provision(doc.provision).citation,
      parentId: doc.incidentId,
      incidentId: doc.incidentId,
      status: elementStatusSummary(doc.elements, doc.provision).allMet ? 'all_met' : 'open',
      terms: [{ vocab: 'provision', term: doc.provision }],
    };
  },
  present(doc) {
    return {
      citation: provision(doc.provision).citation,
      warnings: applicabilityWarnings(doc.provision, doc.conflictType),
      summary: elementStatusSummary(doc.elements, doc.provision),
    };
  },
};
