import { describe, expect, it } from 'vitest';
import { routeSchema } from '../../../src/server/route-schema.js';
import { createSchemaOf, type OpenApiDocument } from './api-schemas.js';
import { KINDS, kindOfId, writePermission } from './kinds.js';
import { recordTitle, vocabularyFor } from './record-words.js';
import { formFields, type JsonSchema } from './schema-fields.js';
import { VOCABULARIES } from '../../../src/vocab/vocabularies.js';
import type { Vocabularies } from '../vocabularies.js';
import { serverKinds } from './server-kinds.test-support.js';

const RECORD_KIND_LIST = await serverKinds();

const vocabularies = VOCABULARIES as unknown as Vocabularies;

describe('KINDS', () => {
  it('names every kind of record as the server does: plural, id prefix, label and whether it is append-only', () => {
    expect(KINDS.map((k) => [k.name, k.plural, k.idPrefix, k.label, Boolean(k.appendOnly)])).toEqual(
      RECORD_KIND_LIST.map((k) => [k.name, k.plural, k.idPrefix, k.label, Boolean(k.appendOnly)]),
    );
  });

  it('names records by fields each kind has', () => {
    for (const kind of KINDS) {
      const server = RECORD_KIND_LIST.find((k) => k.name === kind.name)!;
      const fields = Object.keys(server.viewSchema.properties ?? {});
      for (const name of [...kind.titleFields, ...(kind.statusField ? [kind.statusField] : [])]) expect(fields, `${kind.name}.${name}`).toContain(name);
    }
  });

  it('knows a record’s kind from its id, and that assessments need their own permission', () => {
    expect(kindOfId('ctx_01hzx0000000000000000000aa')?.plural).toBe('context-events');
    expect(kindOfId('ev_01hzx0000000000000000000aa')).toBeUndefined();
    expect(writePermission(KINDS.find((k) => k.name === 'assessment')!)).toBe('assessments:write');
    expect(writePermission(KINDS.find((k) => k.name === 'claim')!)).toBe('records:write');
  });
});

describe('createSchemaOf', () => {
  it('finds a kind’s create schema under its collection’s POST, as the server documents it', () => {
    const source = RECORD_KIND_LIST.find((k) => k.name === 'source')!;
    const doc: OpenApiDocument = {
      paths: { '/api/v1/cases/{caseId}/sources': { post: { requestBody: { content: { 'application/json': { schema: routeSchema(source.createSchema as Record<string, unknown>) as JsonSchema } } } } } },
    };
    expect(Object.keys(createSchemaOf(doc, 'sources')?.properties ?? {})).toContain('restricted');
    expect(createSchemaOf(doc, 'claims')).toBeUndefined();
  });
});

describe('record words', () => {
  const fieldsOf = (name: string) => formFields(routeSchema(RECORD_KIND_LIST.find((k) => k.name === name)!.createSchema as Record<string, unknown>) as JsonSchema);
  const stamps = { id: 'x_1', kind: 'x', caseId: 'c', rev: 1, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '' };

  it('labels terms through the vocabulary named, or the one with the same terms', () => {
    const fields = fieldsOf('source');
    expect(vocabularyFor(fields.find((f) => f.name === 'sourceType')!, vocabularies)).toBe('source_types');
    expect(vocabularyFor(fields.find((f) => f.name === 'reliability')!, vocabularies)).toBe('source_reliability');
    expect(vocabularyFor(fields.find((f) => f.name === 'protectionLevel')!, vocabularies)).toBeUndefined();
    // yes/no/unknown are also the terms of crossed_border, which has nothing to do with being a party.
    expect(vocabularyFor(fields.find((f) => f.name === 'partyToConflict')!, vocabularies)).toBeUndefined();
    const assessment = fieldsOf('assessment');
    expect(vocabularyFor(assessment.find((f) => f.name === 'grade')!, vocabularies)).toBe('verification_grades');
    expect(vocabularyFor(assessment.find((f) => f.name === 'standard')!, vocabularies)).toBe('standards_of_proof');
    expect(vocabularyFor(fieldsOf('qualification').find((f) => f.name === 'conflictType')!, vocabularies)).toBe('conflict_types');
  });

  it('names a victim group by its description and figures, and a claim by its subject', () => {
    const group = KINDS.find((k) => k.name === 'victim_group')!;
    const title = recordTitle(group, { ...stamps, description: 'aid workers', killed: { qualifier: 'at_least', min: 14 }, countingUnit: 'persons' }, fieldsOf('victim_group'), vocabularies);
    expect(title).toMatch(/^aid workers · killed at least 14 · /);
    const claim = KINDS.find((k) => k.name === 'claim')!;
    expect(recordTitle(claim, { ...stamps, subject: { kind: 'incident', id: 'inc_1', field: 'occurred' } }, fieldsOf('claim'), vocabularies)).toBe('incident · occurred');
    expect(recordTitle(claim, { ...stamps }, fieldsOf('claim'), vocabularies)).toBe('x_1');
  });

  it('names an involvement by its actors when their names are at hand, "or" for an either-or', () => {
    const involvement = KINDS.find((k) => k.name === 'involvement')!;
    const record = { ...stamps, actorIds: ['actr_a', 'actr_b'], eitherOr: true, factualRole: 'carried_out' };
    const names = new Map([['actr_a', 'Syrian Air Force'], ['actr_b', 'Russian Aerospace Forces']]);
    expect(recordTitle(involvement, record, fieldsOf('involvement'), vocabularies, (id) => names.get(id))).toBe('Syrian Air Force or Russian Aerospace Forces · Carried out');
    expect(recordTitle(involvement, { ...record, eitherOr: false }, fieldsOf('involvement'), vocabularies)).toBe('actr_a, actr_b · Carried out');
  });
});
