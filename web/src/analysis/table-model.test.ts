import { describe, expect, it } from 'vitest';
import { cellOf, countCell, csvField, csvFileName, csvOf, NO_FIGURE, tableModel } from './table-model.js';

describe('an analysis table', () => {
  const model = tableModel(
    'Places in order',
    [
      { header: 'Place', value: (row: { name: string; n: number; ids: string[]; share: number | null }) => row.name },
      { header: 'Incidents', value: (row) => countCell(row.n, row.ids), numeric: true },
      { header: 'Share', value: (row) => row.share, numeric: true },
    ],
    [
      { name: 'Aleppo, east', n: 2, ids: ['inc_a', 'inc_b'], share: 0.5 },
      { name: 'Quote "here"', n: 0, ids: [], share: null },
    ],
  );

  it('holds the text of every cell, counts with their incidents, and a dash for no figure', () => {
    expect(model.headers).toEqual(['Place', 'Incidents', 'Share']);
    expect(model.numeric).toEqual([false, true, true]);
    expect(model.rows[0]).toEqual([{ text: 'Aleppo, east' }, { text: '2', incidentIds: ['inc_a', 'inc_b'] }, { text: '0.5' }]);
    expect(model.rows[1]![2]).toEqual({ text: NO_FIGURE });
    expect(cellOf(0)).toEqual({ text: '0' });
  });

  it('writes the same cells as CSV (RFC 4180: quoted where needed, CRLF)', () => {
    expect(csvOf(model)).toBe('Place,Incidents,Share\r\n"Aleppo, east",2,0.5\r\n"Quote ""here""",0,—\r\n');
  });

  it('keeps a spreadsheet from running text as a formula, but writes negative numbers as they are', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@home')).toBe("'@home");
    expect(csvField('+1 more')).toBe("'+1 more");
    expect(csvField('-1.5')).toBe('-1.5');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('names the file after the table', () => {
    expect(csvFileName('Incidents per week')).toBe('incidents-per-week.csv');
    expect(csvFileName('Rate ratios (before → after)')).toBe('rate-ratios-before-after.csv');
    expect(csvFileName('…')).toBe('table.csv');
  });
});
