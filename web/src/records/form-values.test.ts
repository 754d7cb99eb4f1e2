import { describe, expect, it } from 'vitest';
import { routeSchema } from '../../../src/server/route-schema.js';
import { ApiError } from '../api.js';
import { changedFields, countWords, createBody, initialState, patchBody } from './form-values.js';
import { formFields, type JsonSchema } from './schema-fields.js';
import { createSchemaOfKind } from './server-kinds.test-support.js';

// The real TypeBox schemas of the server's kinds (see server-kinds.test-support.ts).
const ContextEventCreateSchema = await createSchemaOfKind('context_event');
const VictimGroupCreateSchema = await createSchemaOfKind('victim_group');
const ClaimCreateSchema = await createSchemaOfKind('claim');
const SourceCreateSchema = await createSchemaOfKind('source');

const fieldsOf = (schema: unknown) => formFields(routeSchema(schema as Record<string, unknown>) as JsonSchema);
const noReadings = new Map<string, unknown>();
const INCIDENT = 'inc_01hzx0000000000000000000aa';
const SOURCE = 'src_01hzx0000000000000000000bb';

describe('createBody', () => {
  it('sends a source with its protected part, leaving empty fields out', () => {
    const fields = fieldsOf(SourceCreateSchema);
    const state = {
      ...initialState(fields),
      name: '  Witness W-07 ',
      sourceType: 'witness',
      reliability: 'B',
      partyToConflict: 'no',
      protectionLevel: 'restricted',
      'restricted.fullName': 'Full Name',
      'restricted.otherNames': 'Abu X\n\n Umm Y ',
    };
    expect(createBody(fields, state, noReadings)).toEqual({
      name: 'Witness W-07',
      sourceType: 'witness',
      reliability: 'B',
      partyToConflict: 'no',
      protectionLevel: 'restricted',
      restricted: { fullName: 'Full Name', otherNames: ['Abu X', 'Umm Y'] },
    });
  });

  it('sends a claim with its subject as an object, a locator with a whole page, and the value as JSON', () => {
    const fields = fieldsOf(ClaimCreateSchema);
    const state = {
      ...initialState(fields),
      'subject.kind': 'incident',
      'subject.id': INCIDENT,
      'subject.field': 'occurred',
      stance: 'asserts',
      sourceId: SOURCE,
      'locator.page': '12',
    };
    expect(createBody(fields, state, noReadings)).toEqual({ subject: { kind: 'incident', id: INCIDENT, field: 'occurred' }, stance: 'asserts', sourceId: SOURCE, locator: { page: 12 } });
    expect(createBody(fields, { ...state, value: '{"qualifier":"at_least","min":14}' }, noReadings).value).toEqual({ qualifier: 'at_least', min: 14 });
  });

  it('refuses JSON it cannot parse and pages that are not whole numbers, naming the field', () => {
    const fields = fieldsOf(ClaimCreateSchema);
    const state = initialState(fields);
    expect(() => createBody(fields, { ...state, value: '{at least' }, noReadings)).toThrow(expect.objectContaining({ field: 'value', message: 'is not valid JSON' }));
    const thrown = (() => {
      try {
        createBody(fields, { ...state, 'locator.page': '1.5' }, noReadings);
      } catch (caught) {
        return caught;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ field: 'locator.page' });
  });

  it('sends counts and dates as the server read them from words', () => {
    const fields = fieldsOf(VictimGroupCreateSchema);
    const state = { ...initialState(fields), incidentId: INCIDENT, countingUnit: 'persons', killed: 'at least 14', protectedStatuses: ['humanitarian_personnel'] };
    const killed = { qualifier: 'at_least', min: 14, asReported: 'at least 14' };
    expect(createBody(fields, state, new Map([['killed', killed]]))).toEqual({ incidentId: INCIDENT, countingUnit: 'persons', killed, protectedStatuses: ['humanitarian_personnel'] });
    expect(() => createBody(fields, state, noReadings)).toThrow(expect.objectContaining({ field: 'killed' }));
  });
});

describe('initialState', () => {
  it('shows a record’s values in words and never its protected part', () => {
    const fields = fieldsOf(VictimGroupCreateSchema);
    const state = initialState(fields, { incidentId: INCIDENT, countingUnit: 'persons', killed: { qualifier: 'range', min: 14, max: 20 }, injured: { qualifier: 'at_least', min: 3, asReported: 'three or more' } });
    expect(state).toMatchObject({ incidentId: INCIDENT, killed: '14-20', injured: 'three or more', missing: '', protectedStatuses: [] });
    const source = initialState(fieldsOf(SourceCreateSchema), { name: 'W', restricted: { fullName: 'should not be here' } });
    expect(source['restricted.fullName']).toBe('');
  });

  it('words every kind of count so the reader reads it back the same', () => {
    expect(countWords({ qualifier: 'exact', min: 3, best: 3, max: 3 })).toBe('3');
    expect(countWords({ qualifier: 'at_most', max: 9 })).toBe('at most 9');
    expect(countWords({ qualifier: 'approx', best: 100 })).toBe('about 100');
    expect(countWords({ qualifier: 'vague', vague: 'dozens', min: 24 })).toBe('dozens');
    expect(countWords({ qualifier: 'unknown' })).toBe('unknown');
  });
});

describe('patchBody', () => {
  const fields = fieldsOf(ContextEventCreateSchema);
  const record = { eventKind: 'ceasefire', title: 'Ceasefire', date: { edtf: '2016-12-30', asReported: '30 December 2016' }, description: 'Announced in Ankara' };
  const initial = initialState(fields, record);

  it('sends only what changed', () => {
    const state = { ...initial, title: 'Nationwide ceasefire' };
    expect(changedFields(fields, initial, state).map((f) => f.name)).toEqual(['title']);
    expect(patchBody(fields, initial, state, noReadings)).toEqual({ title: 'Nationwide ceasefire' });
  });

  it('sends null for a field cleared, which removes it', () => {
    expect(patchBody(fields, initial, { ...initial, description: '  ' }, noReadings)).toEqual({ description: null });
  });

  it('sends a changed date as read, and leaves an unchanged one alone', () => {
    const date = { edtf: '2016-12-29', asReported: '29 December 2016' };
    expect(patchBody(fields, initial, { ...initial, date: '29 December 2016' }, new Map([['date', date]]))).toEqual({ date });
    expect(patchBody(fields, initial, { ...initial }, noReadings)).toEqual({});
  });

  it('replaces a protected part only when something was typed into it', () => {
    const sourceFields = fieldsOf(SourceCreateSchema);
    const start = initialState(sourceFields, { name: 'W', sourceType: 'witness' });
    expect(patchBody(sourceFields, start, start, noReadings)).toEqual({});
    expect(patchBody(sourceFields, start, { ...start, 'restricted.contact': '+000' }, noReadings)).toEqual({ restricted: { contact: '+000' } });
  });
});
