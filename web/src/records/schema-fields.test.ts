import { describe, expect, it } from 'vitest';
import { routeSchema } from '../../../src/server/route-schema.js';
import { allFields, formFields, labelOf, type FieldDescriptor, type JsonSchema } from './schema-fields.js';
import { createSchemaOfKind } from './server-kinds.test-support.js';

// The real TypeBox schemas of the server's kinds (see server-kinds.test-support.ts).
const ActorCreateSchema = await createSchemaOfKind('actor');
const InvolvementCreateSchema = await createSchemaOfKind('involvement');
const ActCreateSchema = await createSchemaOfKind('act');
const ContextEventCreateSchema = await createSchemaOfKind('context_event');
const VictimGroupCreateSchema = await createSchemaOfKind('victim_group');
const AssessmentCreateSchema = await createSchemaOfKind('assessment');
const QualificationCreateSchema = await createSchemaOfKind('qualification');
const SiteCreateSchema = await createSchemaOfKind('site');
const ClaimCreateSchema = await createSchemaOfKind('claim');
const SourceCreateSchema = await createSchemaOfKind('source');

const fieldsOf = (schema: unknown) => formFields(schema as JsonSchema);
/** As the OpenAPI document serves it: nested `$id`s stripped. */
const servedFieldsOf = (schema: unknown) => formFields(routeSchema(schema as Record<string, unknown>) as JsonSchema);
const byPath = (fields: FieldDescriptor[], path: string) => allFields(fields).find((f) => f.path === path);
const controls = (fields: FieldDescriptor[]) => Object.fromEntries(fields.map((f) => [f.name, f.control]));

describe('formFields', () => {
  it('gives a source labelled selects for its enums, a textarea for long prose and a protected group', () => {
    const fields = fieldsOf(SourceCreateSchema);
    expect(controls(fields)).toMatchObject({
      name: 'text',
      sourceType: 'select',
      reliability: 'select',
      partyToConflict: 'select',
      description: 'textarea',
      url: 'url',
      publishedOn: 'edtf',
      evidenceIds: 'references',
      restricted: 'group',
    });
    expect(byPath(fields, 'sourceType')).toMatchObject({ required: true, vocabulary: 'source_types' });
    expect(byPath(fields, 'evidenceIds')).toMatchObject({ prefix: 'ev', label: 'Evidence items', required: false });
    const restricted = byPath(fields, 'restricted')!;
    expect(restricted.protected).toBe(true);
    expect(controls(restricted.children!)).toEqual({ fullName: 'text', otherNames: 'lines', contact: 'textarea', whereabouts: 'textarea', protectionNotes: 'textarea' });
    expect(byPath(fields, 'restricted.fullName')?.label).toBe('Full name');
  });

  it('reads Counts as counts whether or not the schema still carries its $id', () => {
    for (const fields of [fieldsOf(VictimGroupCreateSchema), servedFieldsOf(VictimGroupCreateSchema)]) {
      expect(controls(fields)).toMatchObject({ incidentId: 'reference', actId: 'reference', countingUnit: 'select', protectedStatuses: 'checkboxes', killed: 'count', displaced: 'count' });
      expect(byPath(fields, 'incidentId')).toMatchObject({ prefix: 'inc', label: 'Incident', required: true });
    }
  });

  it('reads dates and places as words in acts and context events, served or not', () => {
    for (const fields of [fieldsOf(ActCreateSchema), servedFieldsOf(ActCreateSchema)]) {
      expect(controls(fields)).toMatchObject({ type: 'select', means: 'checkboxes', targets: 'checkboxes', date: 'date', place: 'place', siteId: 'reference' });
    }
    const event = servedFieldsOf(ContextEventCreateSchema);
    expect(controls(event)).toEqual({ eventKind: 'select', title: 'text', date: 'date', place: 'place', description: 'textarea', sourceIds: 'references' });
    expect(byPath(event, 'date')?.required).toBe(true);
    expect(byPath(event, 'sourceIds')).toMatchObject({ prefix: 'src', label: 'Sources' });
  });

  it('gives a claim a sub-form for its subject, picking the record among those of the chosen kind', () => {
    const fields = servedFieldsOf(ClaimCreateSchema);
    const subject = byPath(fields, 'subject')!;
    expect(subject).toMatchObject({ control: 'group', required: true });
    expect(controls(subject.children!)).toEqual({ kind: 'select', id: 'record-id', field: 'text' });
    expect(byPath(fields, 'subject.id')).toMatchObject({ kindFrom: 'subject.kind', required: true });
    expect(byPath(fields, 'value')?.control).toBe('json');
    expect(byPath(fields, 'locator')?.control).toBe('group');
    expect(controls(byPath(fields, 'locator.region')!.children!)).toEqual({ x: 'number', y: 'number', width: 'number', height: 'number' });
    expect(byPath(fields, 'locator.page')).toMatchObject({ control: 'integer', minimum: 1 });
    expect(byPath(fields, 'madeOn')?.control).toBe('edtf');
    expect(byPath(fields, 'credibility')?.options).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('leaves lists of nested objects (qualification elements, postings) to JSON', () => {
    const qualification = servedFieldsOf(QualificationCreateSchema);
    expect(controls(qualification)).toEqual({ incidentId: 'reference', provision: 'text', conflictType: 'select', elements: 'json', assertedBy: 'group', note: 'textarea' });
    expect(byPath(qualification, 'assertedBy.sourceId')).toMatchObject({ control: 'reference', prefix: 'src' });
    const actor = servedFieldsOf(ActorCreateSchema);
    expect(controls(actor)).toMatchObject({ names: 'group', actorKind: 'select', parentUnits: 'json', postings: 'json', countryCode: 'text' });
    expect(byPath(actor, 'names.other')?.control).toBe('lines');
  });

  it('gives an assessment a day picker and a pointer to the object judged', () => {
    const fields = servedFieldsOf(AssessmentCreateSchema);
    expect(controls(fields)).toMatchObject({ object: 'group', assessmentType: 'select', assessor: 'text', assessedOn: 'day', rationale: 'textarea', grade: 'select', standard: 'select' });
    expect(byPath(fields, 'object.id')).toMatchObject({ control: 'record-id', kindFrom: 'object.kind' });
    expect(byPath(fields, 'grade')?.required).toBe(false);
  });

  it('gives an involvement multi-selects of actors and claims and a checkbox for either-or', () => {
    const fields = servedFieldsOf(InvolvementCreateSchema);
    expect(controls(fields)).toMatchObject({ actId: 'reference', actorIds: 'references', eitherOr: 'checkbox', factualRole: 'select', claimIds: 'references' });
    expect(byPath(fields, 'actorIds')).toMatchObject({ prefix: 'actr', required: true, label: 'Actors' });
    expect(byPath(fields, 'modeOfLiability')?.vocabulary).toBe('modes_of_liability');
  });

  it('gives a site a protected group with an exact location sub-form', () => {
    const fields = servedFieldsOf(SiteCreateSchema);
    expect(byPath(fields, 'place')).toMatchObject({ control: 'place', required: true });
    expect(byPath(fields, 'protectedSite')?.control).toBe('checkbox');
    expect(byPath(fields, 'restricted.exactLocation.lat')).toMatchObject({ control: 'number', minimum: -90, maximum: 90 });
  });
});

describe('labelOf', () => {
  it('words field names as people read them', () => {
    expect(labelOf('publishedOn')).toBe('Published on');
    expect(labelOf('actorIds')).toBe('Actors');
    expect(labelOf('sourceId')).toBe('Source');
    expect(labelOf('url')).toBe('URL');
  });
});
