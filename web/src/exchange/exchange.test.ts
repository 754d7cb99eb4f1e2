import { describe, expect, it } from 'vitest';
import { PROFILE_DESCRIPTIONS } from '../../../src/case-file/profile-names.js';
import { createdInWords } from '../../../src/exchange/created-words.js';
import { translate } from '../i18n/active-locale.js';
import { CASE_FILE_PROFILES, caseFileHref, exportFileName, exportHref } from './exchange-formats.js';
import { createdMessages } from './exchange.messages.js';
import { importSummary, rejectedRows, type ImportReport } from './import-report.js';

describe('export links', () => {
  it('asks for coarsening only from the formats that take it', () => {
    expect(exportHref('aleppo-2016', 'acled', true)).toBe('/api/v1/cases/aleppo-2016/export/acled?coarsen=true');
    expect(exportHref('aleppo-2016', 'geojson', false)).toBe('/api/v1/cases/aleppo-2016/export/geojson');
    expect(exportHref('aleppo-2016', 'json', true)).toBe('/api/v1/cases/aleppo-2016/export/json');
  });

  it('asks for the record of deliberation only in a court case file, and only when chosen', () => {
    expect(caseFileHref('aleppo-2016', 'court')).toBe('/api/v1/cases/aleppo-2016/export/bag?profile=court');
    expect(caseFileHref('aleppo-2016', 'court', true)).toBe('/api/v1/cases/aleppo-2016/export/bag?profile=court&includeDeliberation=true');
    expect(caseFileHref('aleppo-2016', 'partner', true)).toBe('/api/v1/cases/aleppo-2016/export/bag?profile=partner');
  });

  it('names the saved file after the case, the format and the coarsening', () => {
    expect(exportFileName('c', 'acled', false)).toBe('c-acled.csv');
    expect(exportFileName('c', 'geojson', true)).toBe('c-coarsened.geojson');
    expect(exportFileName('c', 'json', true)).toBe('c.json');
  });
});

const report: ImportReport = {
  rows: 3,
  imported: 1,
  rejected: [
    { row: 3, field: 'latitude', problem: 'is required' },
    { row: 2, eventId: 'SYR1', field: 'event_date', problem: '"soon" is not a calendar date' },
    { row: 2, eventId: 'SYR1', field: 'fatalities', problem: 'is required' },
  ],
  created: { incidents: 1, acts: 0, victimGroups: 1, actors: 2, involvements: 0, sources: 1, claims: 0 },
  notes: [],
  noteWordings: [],
};

describe('import reports', () => {
  it('gathers the problems of each rejected row, in file order', () => {
    expect(rejectedRows(report)).toEqual([
      { row: 2, eventId: 'SYR1', problems: [{ field: 'event_date', problem: '"soon" is not a calendar date' }, { field: 'fatalities', problem: 'is required' }] },
      { row: 3, eventId: undefined, problems: [{ field: 'latitude', problem: 'is required' }] },
    ]);
  });

  it('counts rejected rows, not problems, and names only what was created', () => {
    expect(importSummary(report)).toBe('3 rows read, 1 imported, 2 rejected. Created 1 incident, 1 victim group, 2 actors, 1 source.');
  });

  it('says an empty file read nothing', () => {
    expect(importSummary({ rows: 0, imported: 0, rejected: [], created: { incidents: 0, acts: 0, victimGroups: 0, actors: 0, involvements: 0, sources: 0, claims: 0 }, notes: [], noteWordings: [] })).toBe('0 rows read, 0 imported, 0 rejected.');
  });
});

describe('the case file profiles', () => {
  it('describe each profile in English as the server does', () => {
    expect(Object.fromEntries(CASE_FILE_PROFILES.map((p) => [p.name, p.about.en]))).toEqual(PROFILE_DESCRIPTIONS);
  });
});

describe('what an import created', () => {
  it('has words for every kind the import counts, in English the same as the server’s', () => {
    // The keys of `created` in src/exchange/acled-import-report.ts's ImportReport.
    const kinds = ['incidents', 'acts', 'victimGroups', 'actors', 'involvements', 'sources', 'claims'] as const;
    for (const kind of kinds) {
      for (const count of [1, 2, 1200]) expect(translate(createdMessages[kind], { count })).toBe(createdInWords({ [kind]: count })[0]);
    }
    for (const kind of Object.keys(createdMessages)) expect(createdInWords({ [kind]: 3 })[0]).toBe(translate(createdMessages[kind as keyof typeof createdMessages], { count: 3 }));
  });
});
