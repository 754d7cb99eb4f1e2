import { describe, expect, it } from 'vitest';
import { routeSchema } from '../../../src/server/route-schema.js';
import { initialState } from './form-values.js';
import { formFields, type JsonSchema } from './schema-fields.js';
import { readRequest, valuesFromRead, wordFields, type WordField } from './word-readings.js';
import { createSchemaOfKind } from './server-kinds.test-support.js';

// The real TypeBox schemas of the server's kinds (see server-kinds.test-support.ts).
const ActCreateSchema = await createSchemaOfKind('act');
const VictimGroupCreateSchema = await createSchemaOfKind('victim_group');
const SourceCreateSchema = await createSchemaOfKind('source');

const fieldsOf = (schema: unknown) => formFields(routeSchema(schema as Record<string, unknown>) as JsonSchema);

describe('wordFields', () => {
  it('finds the fields typed in words, and only those filled in', () => {
    const fields = fieldsOf(ActCreateSchema);
    const state = { ...initialState(fields), date: 'mid-July 2016', place: '', description: 'a strike' };
    expect(wordFields(fields, state)).toEqual([{ path: 'date', label: 'Date', control: 'date', text: 'mid-July 2016' }]);
  });

  it('reads a source’s publication date, an EDTF string, in words too', () => {
    const fields = fieldsOf(SourceCreateSchema);
    expect(wordFields(fields, { ...initialState(fields), publishedOn: '10 March 2017' })).toMatchObject([{ path: 'publishedOn', control: 'edtf' }]);
  });

  it('limits the fields to those changed when asked', () => {
    const fields = fieldsOf(VictimGroupCreateSchema);
    const state = { ...initialState(fields), killed: '14', injured: 'dozens' };
    expect(wordFields(fields, state, fields.filter((f) => f.name === 'injured')).map((w) => w.path)).toEqual(['injured']);
  });
});

describe('readRequest', () => {
  it('sends every word under its field’s path, an EDTF field read as a date', () => {
    const words: WordField[] = [
      { path: 'publishedOn', label: 'Published on', control: 'edtf', text: 'about March 2017' },
      { path: 'place', label: 'Place', control: 'place', text: 'Aleppo' },
      { path: 'injured', label: 'Injured', control: 'count', text: 'dozens' },
    ];
    expect(readRequest(words)).toEqual({
      values: [
        { field: 'publishedOn', kind: 'date', text: 'about March 2017' },
        { field: 'place', kind: 'place', text: 'Aleppo' },
        { field: 'injured', kind: 'count', text: 'dozens' },
      ],
    });
  });
});

describe('valuesFromRead', () => {
  it('gives each field its value and its reading under the field’s own name, keeping only an EDTF field’s EDTF', () => {
    const words: WordField[] = [
      { path: 'publishedOn', label: 'Published on', control: 'edtf', text: 'about March 2017' },
      { path: 'injured', label: 'Injured', control: 'count', text: 'dozens' },
    ];
    const dozens = { qualifier: 'vague', vague: 'dozens', min: 24, asReported: 'dozens' };
    const read = valuesFromRead(words, {
      values: [
        { field: 'publishedOn', value: { edtf: '2017-03~', asReported: 'about March 2017' }, reading: { field: 'publishedOn', typed: 'about March 2017', readAs: '2017-03~' } },
        { field: 'injured', value: dozens, reading: { field: 'injured', typed: 'dozens', readAs: 'dozens (at least 24)' } },
      ],
    });
    expect(Object.fromEntries(read.values)).toEqual({ publishedOn: '2017-03~', injured: dozens });
    expect(read.readings.map((r) => r.field)).toEqual(['Published on', 'Injured']);
  });
});
