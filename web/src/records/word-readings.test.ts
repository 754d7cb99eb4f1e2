import { describe, expect, it } from 'vitest';
import { routeSchema } from '../../../src/server/route-schema.js';
import { initialState } from './form-values.js';
import { formFields, type JsonSchema } from './schema-fields.js';
import { planReadings, valuesFromReading, wordFields, type WordField } from './word-readings.js';
import { createSchemaOfKind } from './server-kinds.js';

// The real TypeBox schemas of the server's kinds (see server-kinds.ts).
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

describe('planReadings', () => {
  const word = (path: string, control: WordField['control'], text: string): WordField => ({ path, label: path, control, text });

  it('reads a date, a place and five counts in one request', () => {
    const words = [word('date', 'date', 'July 2016'), word('place', 'place', 'Aleppo'), ...['a', 'b', 'c', 'd', 'e'].map((p) => word(p, 'count', '3'))];
    const batches = planReadings(words);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.body).toEqual({ title: 'reading', types: ['reading'], date: 'July 2016', place: 'Aleppo', figures: { killed: '3', injured: '3', missing: '3', detained: '3', displaced: '3' } });
  });

  it('needs a second request for a second date or a sixth count', () => {
    const batches = planReadings([word('from', 'edtf', '2013'), word('to', 'edtf', '2016'), ...['a', 'b', 'c', 'd', 'e', 'f'].map((p) => word(p, 'count', '1'))]);
    expect(batches).toHaveLength(2);
    expect(batches[1]!.slots.map((s) => [s.path, s.slot])).toEqual([['to', 'date'], ['f', 'killed']]);
  });
});

describe('valuesFromReading', () => {
  it('gives each field its value and its reading under the field’s own name', () => {
    const [batch] = planReadings([
      { path: 'publishedOn', label: 'Published on', control: 'edtf', text: 'about March 2017' },
      { path: 'injured', label: 'Injured', control: 'count', text: 'dozens' },
    ]);
    const dozens = { qualifier: 'vague', vague: 'dozens', min: 24, asReported: 'dozens' };
    const read = valuesFromReading(batch!, {
      readings: [
        { field: 'date', typed: 'about March 2017', readAs: '2017-03~' },
        { field: 'killed', typed: 'dozens', readAs: 'dozens (at least 24)' },
      ],
      incident: { date: { edtf: '2017-03~' } },
      figures: { killed: dozens },
    });
    expect(Object.fromEntries(read.values)).toEqual({ publishedOn: '2017-03~', injured: dozens });
    expect(read.readings.map((r) => r.field)).toEqual(['Published on', 'Injured']);
  });
});
