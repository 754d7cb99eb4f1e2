import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { parseDateText } from './date-text.js';
import edtf from 'edtf';
import { datesOverlap, parsePlainCalendarDate, resolveDate, type ParsedEdtf } from './uncertain-date.js';

function problemOf(work: () => unknown): { field: string; message: string } | undefined {
  try {
    work();
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED')) return { field: String(error.details.field), message: error.message };
    throw error;
  }
  return undefined;
}

describe('EDTF dates and their bounds', () => {
  it('derives the bounds of a day, a month and a year', () => {
    expect(resolveDate('date', { edtf: '2016-09-19' })).toMatchObject({ earliest: '2016-09-19T00:00:00.000Z', latest: '2016-09-19T23:59:59.999Z', precision: 'day' });
    expect(resolveDate('date', { edtf: '2016-07' })).toMatchObject({ earliest: '2016-07-01T00:00:00.000Z', latest: '2016-07-31T23:59:59.999Z', precision: 'month' });
    expect(resolveDate('date', { edtf: '2017' })).toMatchObject({ earliest: '2017-01-01T00:00:00.000Z', latest: '2017-12-31T23:59:59.999Z', precision: 'year' });
  });

  it('widens an approximate date by one unit each side, and flags it', () => {
    const approx = resolveDate('date', { edtf: '2016-07~' });
    expect(approx).toMatchObject({ approximate: true, uncertain: false, precision: 'month' });
    expect(approx.earliest < '2016-07-01').toBe(true);
    expect(approx.latest > '2016-07-31T23:59:59.999Z').toBe(true);
  });

  it('keeps an uncertain date’s bounds and flags it', () => {
    expect(resolveDate('date', { edtf: '2016-12?' })).toMatchObject({ uncertain: true, approximate: false, earliest: '2016-12-01T00:00:00.000Z' });
  });

  it('spans an interval, and leaves an open end open', () => {
    expect(resolveDate('date', { edtf: '2016-07-15/2016-12-22' })).toMatchObject({ earliest: '2016-07-15T00:00:00.000Z', latest: '2016-12-22T23:59:59.999Z', precision: 'range' });
    expect(resolveDate('date', { edtf: '2016-07-15/..' }).latest).toBe('9999-12-31T23:59:59.999Z');
  });

  it('reads seasons as northern-hemisphere seasons', () => {
    expect(resolveDate('date', { edtf: '2016-22' })).toMatchObject({ earliest: '2016-06-01T00:00:00.000Z', latest: '2016-08-31T23:59:59.999Z', precision: 'season' });
  });

  it('rejects what is not EDTF, naming the field and the text', () => {
    const problem = problemOf(() => resolveDate('incident.date', { edtf: '2016-13-01' }));
    expect(problem?.field).toBe('incident.date.edtf');
    expect(problem?.message).toContain('2016-13-01');
    expect(problemOf(() => resolveDate('d', { edtf: 'mid-July' }))?.field).toBe('d.edtf');
  });

  it('rejects an interval that ends before it starts', () => {
    expect(problemOf(() => resolveDate('d', { edtf: '2016-12-22/2016-07-15' }))?.field).toBe('d.edtf');
  });

  it('tells when two dates could be the same moment', () => {
    const july = resolveDate('a', { edtf: '2016-07' });
    expect(datesOverlap(july, resolveDate('b', { edtf: '2016-07-15/2016-12-22' }))).toBe(true);
    expect(datesOverlap(july, resolveDate('b', { edtf: '2016-09' }))).toBe(false);
  });
});

describe('dates typed as words', () => {
  it.each([
    ['mid-July 2016', '2016-07-11/2016-07-20'],
    ['early March 2017', '2017-03-01/2017-03-10'],
    ['late February 2016', '2016-02-21/2016-02-29'],
    ['15 July 2016', '2016-07-15'],
    ['September 19th, 2016', '2016-09-19'],
    ['July 2016', '2016-07'],
    ['about July 2016', '2016-07~'],
    ['late 2016', '2016-09/2016-12'],
    ['summer 2016', '2016-22'],
    ['between 15 July and 22 December 2016', '2016-07-15/2016-12-22'],
    ['2016-07-15/2016-12-22', '2016-07-15/2016-12-22'],
  ])('reads "%s" as %s and keeps the words', (text, edtf) => {
    const date = parseDateText('date', text);
    expect(date.edtf).toBe(edtf);
    if (text !== edtf) expect(date.asReported).toBe(text);
  });

  it('anchors a relative phrase to a given date', () => {
    const date = parseDateText('date', 'in the last month', '2016-09-30');
    expect(date).toMatchObject({ edtf: '2016-08-30/2016-09-30', relative: { text: 'in the last month', anchor: '2016-09-30' } });
  });

  it.each([
    ['last December', '2017-03-15', '2016-12'],
    ['last March', '2017-03-15', '2016-03'],
    ['late March', '2017-03-15', '2017-03-21/2017-03-31'],
    ['late March', '2017-02-01', '2016-03-21/2016-03-31'],
    ['mid-July', '2016-09-30', '2016-07-11/2016-07-20'],
    ['15 July', '2016-09-30', '2016-07-15'],
    ['July 15', '2016-09-30', '2016-07-15'],
    ['in October', '2016-09-30', '2015-10'],
    ['last week', '2016-09-30', '2016-09-23/2016-09-30'],
  ])('reads "%s" against %s as %s: the latest such month not after the anchor', (text, anchor, edtf) => {
    expect(parseDateText('date', text, anchor)).toMatchObject({ edtf, relative: { text, anchor } });
  });

  it.each([
    ['١٥ تموز ٢٠١٦', undefined, '2016-07-15'],
    ['15 تموز/يوليه 2016', undefined, '2016-07-15'],
    ['في ١٩ أيلول/سبتمبر ٢٠١٦', undefined, '2016-09-19'],
    ['منتصف تموز ٢٠١٦', undefined, '2016-07-11/2016-07-20'],
    ['أوائل آذار ٢٠١٧', undefined, '2017-03-01/2017-03-10'],
    ['أواخر عام ٢٠١٦', undefined, '2016-09/2016-12'],
    ['كانون الأول ٢٠١٦', undefined, '2016-12'],
    ['بين ١٥ تموز و٢٢ كانون الأول ٢٠١٦', undefined, '2016-07-15/2016-12-22'],
    ['كانون الأول الماضي', '2017-03-15', '2016-12'],
    ['خلال الشهر الماضي', '2016-09-30', '2016-08-30/2016-09-30'],
    ['الأسبوع الماضي', '2016-09-30', '2016-09-23/2016-09-30'],
  ])('reads the Arabic "%s" (anchor %s) as %s', (text, anchor, edtf) => {
    const date = parseDateText('date', text, anchor);
    expect(date.edtf).toBe(edtf);
    expect(date.asReported).toBe(text);
  });

  it.each([
    ['mi-juillet 2016', undefined, '2016-07-11/2016-07-20', '2016-07-11T00:00:00.000Z', '2016-07-20T23:59:59.999Z'],
    ['à la mi-juillet 2016', undefined, '2016-07-11/2016-07-20', '2016-07-11T00:00:00.000Z', '2016-07-20T23:59:59.999Z'],
    ['vers juillet 2016', undefined, '2016-07~', '2016-05-31T00:00:00.000Z', '2016-08-31T23:59:59.999Z'],
    ['environ juillet 2016', undefined, '2016-07~', '2016-05-31T00:00:00.000Z', '2016-08-31T23:59:59.999Z'],
    ['vers le 15 juillet 2016', undefined, '2016-07-15~', '2016-07-14T00:00:00.000Z', '2016-07-16T23:59:59.999Z'],
    ['fin 2016', undefined, '2016-09/2016-12', '2016-09-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z'],
    ["fin de l'année 2016", undefined, '2016-09/2016-12', '2016-09-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z'],
    ['mi-2016', undefined, '2016-05/2016-08', '2016-05-01T00:00:00.000Z', '2016-08-31T23:59:59.999Z'],
    ['début mars 2017', undefined, '2017-03-01/2017-03-10', '2017-03-01T00:00:00.000Z', '2017-03-10T23:59:59.999Z'],
    ['au début du mois de mars 2017', undefined, '2017-03-01/2017-03-10', '2017-03-01T00:00:00.000Z', '2017-03-10T23:59:59.999Z'],
    ['fin fevrier 2016', undefined, '2016-02-21/2016-02-29', '2016-02-21T00:00:00.000Z', '2016-02-29T23:59:59.999Z'],
    ['février 2016', undefined, '2016-02', '2016-02-01T00:00:00.000Z', '2016-02-29T23:59:59.999Z'],
    ['déc. 2016', undefined, '2016-12', '2016-12-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z'],
    ['le 15 juillet 2016', undefined, '2016-07-15', '2016-07-15T00:00:00.000Z', '2016-07-15T23:59:59.999Z'],
    ['lundi 15 juillet 2016', undefined, '2016-07-15', '2016-07-15T00:00:00.000Z', '2016-07-15T23:59:59.999Z'],
    ['1er août 2016', undefined, '2016-08-01', '2016-08-01T00:00:00.000Z', '2016-08-01T23:59:59.999Z'],
    ['1er aout 2016', undefined, '2016-08-01', '2016-08-01T00:00:00.000Z', '2016-08-01T23:59:59.999Z'],
    ['printemps 2016', undefined, '2016-21', '2016-03-01T00:00:00.000Z', '2016-05-31T23:59:59.999Z'],
    ['l’été 2016', undefined, '2016-22', '2016-06-01T00:00:00.000Z', '2016-08-31T23:59:59.999Z'],
    ['en 2016', undefined, '2016', '2016-01-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z'],
    ['entre le 15 juillet et le 22 décembre 2016', undefined, '2016-07-15/2016-12-22', '2016-07-15T00:00:00.000Z', '2016-12-22T23:59:59.999Z'],
    ['du 15 juillet au 22 decembre 2016', undefined, '2016-07-15/2016-12-22', '2016-07-15T00:00:00.000Z', '2016-12-22T23:59:59.999Z'],
    ['de mars à mai 2016', undefined, '2016-03/2016-05', '2016-03-01T00:00:00.000Z', '2016-05-31T23:59:59.999Z'],
    ['le mois dernier', '2016-09-30', '2016-08-30/2016-09-30', '2016-08-30T00:00:00.000Z', '2016-09-30T23:59:59.999Z'],
    ['la semaine dernière', '2016-09-30', '2016-09-23/2016-09-30', '2016-09-23T00:00:00.000Z', '2016-09-30T23:59:59.999Z'],
    ["l'année dernière", '2016-09-30', '2015-09-30/2016-09-30', '2015-09-30T00:00:00.000Z', '2016-09-30T23:59:59.999Z'],
    ['les deux dernières semaines', '2016-09-30', '2016-09-16/2016-09-30', '2016-09-16T00:00:00.000Z', '2016-09-30T23:59:59.999Z'],
    ['décembre dernier', '2017-03-15', '2016-12', '2016-12-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z'],
    ['mi-juillet', '2016-09-30', '2016-07-11/2016-07-20', '2016-07-11T00:00:00.000Z', '2016-07-20T23:59:59.999Z'],
    ['en octobre', '2016-09-30', '2015-10', '2015-10-01T00:00:00.000Z', '2015-10-31T23:59:59.999Z'],
  ])('reads the French "%s" (anchor %s) as %s, from %s to %s', (text, anchor, edtf, earliest, latest) => {
    const date = parseDateText('date', text, anchor);
    expect(date).toMatchObject({ edtf, earliest, latest, asReported: text });
    if (anchor !== undefined) expect(date.relative).toEqual({ text, anchor });
  });

  it('asks for an anchor when a French phrase is relative', () => {
    expect(problemOf(() => parseDateText('date', 'le mois dernier'))?.field).toBe('date.relative.anchor');
  });

  it('refuses French it cannot read, naming the field', () => {
    expect(problemOf(() => parseDateText('incident.date', 'mi-foo 2016'))?.field).toBe('incident.date');
    expect(problemOf(() => parseDateText('incident.date', 'après les pluies de 2016'))?.field).toBe('incident.date');
    // The English reader has no "yesterday": "hier" is not stretched to a meaning the reader lacks.
    expect(problemOf(() => parseDateText('incident.date', 'hier', '2016-09-30'))?.field).toBe('incident.date');
  });

  it('asks for an anchor when a phrase is relative', () => {
    expect(problemOf(() => parseDateText('date', 'last December'))?.field).toBe('date.relative.anchor');
    expect(problemOf(() => parseDateText('date', 'in the last month'))?.field).toBe('date.relative.anchor');
  });

  it('refuses what it cannot read, naming the field', () => {
    expect(problemOf(() => parseDateText('incident.date', 'sometime after the rains'))?.field).toBe('incident.date');
    expect(problemOf(() => parseDateText('incident.date', '2016-02-30'))?.field).toBe('incident.date.edtf');
  });
});

describe('the fast reading of plain calendar dates', () => {
  it('agrees with the EDTF library on every shape it reads, and leaves the rest to it', () => {
    const samples = ['2016', '2016-07', '2016-07-15', '1999-12-31', '2000-02-29', '2100-02-29', '2016-02-30', '2016-13', '2016-00', '2016-07-00', '2016-07-32'];
    for (let year = 1000; year <= 9999; year += 997) samples.push(`${year}`, `${year}-02`, `${year}-02-28`);
    const singles = [...samples];
    for (const a of singles) for (const b of ['2016-07-15', '2016-07', '2016', '2015-01-01', '2020-12']) samples.push(`${a}/${b}`);
    samples.push('2016-07-15/2016-07-15', '2016-07-01/2016-07', '2016/2016-07', '2016/2016', '0999', '2016-7-15', '2016-07-15T10:00', '2016-07~', '2016-07-15/', '/2016-07-15');
    let read = 0;
    for (const text of samples) {
      let expected: ParsedEdtf | undefined;
      try {
        const parsed = edtf(text);
        expected = { type: parsed.type, precision: parsed.precision, min: parsed.min, max: parsed.max };
      } catch {
        expected = undefined;
      }
      const fast = parsePlainCalendarDate(text);
      if (fast === undefined) continue;
      read += 1;
      expect({ text, ...fast, precision: fast.type === 'Interval' ? 0 : fast.precision }).toEqual({ text, ...expected, precision: expected?.type === 'Interval' ? 0 : expected?.precision });
    }
    expect(read).toBeGreaterThan(60);
  });
});
