import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, tempDir } from './support/dossier.js';

describe('documenting incidents from the CLI', () => {
  let work: string;
  let data: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:investigator' });
  const json = async (...args: string[]) => {
    const result = await cli('--json', ...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'ghouta', '--title', 'East Ghouta 2017')).code).toBe(0);
  });
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('adds an incident typed in words and shows how each value was read', async () => {
    const result = await cli('incident', 'add', '--case', 'ghouta', '--title', 'Chlorine attack on Erbin', '--type', 'chemical_attack', '--date', 'mid-July 2016', '--place', '‘Irbīn', '--killed', 'at least 14');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"mid-July 2016" read as 2016-07-11/2016-07-20');
    expect(result.stdout).toMatch(/"‘Irbīn" read as Arbin C2321, Rural Damascus/);
    expect(result.stdout).toContain('"at least 14" read as at least 14');
  });

  it('refuses bad input with exit 2, naming the field, and saves nothing', async () => {
    const before = await json('incident', 'list', '--case', 'ghouta');
    for (const [args, field] of [
      [['--type', 'air_raid'], 'types'],
      [['--type', 'air_strike', '--killed', '20-14'], 'killed.min'],
      [['--type', 'air_strike', '--date', '2016-13-01'], 'date.edtf'],
      [['--type', 'air_strike', '--lat', '95', '--lon', '36'], 'lat'],
      [['--type', 'air_strike', '--place', 'Xqzvtt Wkkpj'], 'place'],
    ] as const) {
      const result = await cli('incident', 'add', '--case', 'ghouta', '--title', 'bad', ...args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(field);
    }
    expect((await json('incident', 'list', '--case', 'ghouta')).items).toHaveLength(before.items.length);
  });

  it('lists with filters, shows an incident with its figures, and searches in Arabic', async () => {
    const added = await json('incident', 'add', '--case', 'ghouta', '--title', 'قصف على دوما', '--type', 'air_strike', '--date', '2017-02-05', '--place', 'Douma', '--killed', 'dozens');
    expect(added.incident.place.pcodes.community).toBe('C2338');
    const strikes = await json('incident', 'list', '--case', 'ghouta', '--type', 'air_strike');
    expect(strikes.items.map((i: { id: string }) => i.id)).toEqual([added.incident.id]);
    const inDuma = await json('incident', 'list', '--case', 'ghouta', '--pcode', 'C2338');
    expect(inDuma.items).toHaveLength(1);
    const shown = await cli('incident', 'show', added.incident.id, '--case', 'ghouta');
    expect(shown.stdout).toContain('killed: at least 24');
    // No injured figure was given: that is no figure, not a count of zero.
    expect(shown.stdout).toContain('injured: no figure');
    const file = await json('incident', 'show', added.incident.id, '--case', 'ghouta');
    expect(file.figures.injured).toMatchObject({ qualifier: 'none', parts: 0, max: null });
    const found = await json('search', 'دوما', '--case', 'ghouta');
    expect(found.hits.map((h: { id: string }) => h.id)).toEqual([added.incident.id]);
  });

  it('finds places in their spellings without a data directory', async () => {
    for (const name of ['Erbin', 'Arbin', 'عربين']) {
      const result = await runCli(['--json', 'place', 'search', name]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)[0]).toMatchObject({ pcode: 'C2321', admin1: { pcode: 'SY03' } });
    }
    const deraa = JSON.parse((await runCli(['--json', 'place', 'search', 'Deraa'])).stdout);
    expect(deraa[0]).toMatchObject({ pcode: 'C5993' });
  });

  it('exports ACLED CSV to a file and imports an ACLED file, reporting bad rows with exit 2', async () => {
    const out = path.join(work, 'ghouta.csv');
    const exported = await cli('export', 'acled', '--case', 'ghouta', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain('lossy:');
    const lines = (await fs.readFile(out, 'utf8')).trim().split('\n');
    expect(lines[0]!.split(',')).toHaveLength(31);
    expect((await cli('case', 'create', 'imported', '--title', 'Imported')).code).toBe(0);
    const again = await json('import', 'acled', out, '--case', 'imported');
    expect(again.imported).toBe(lines.length - 1);
    const fixture = path.join(PROJECT_ROOT, 'test/fixtures/acled/syria-sample.csv');
    const mixed = await cli('--json', 'import', 'acled', fixture, '--case', 'imported');
    expect(mixed.code).toBe(2);
    const report = JSON.parse(mixed.stdout);
    expect(report.imported).toBe(5);
    expect(report.rejected.length).toBeGreaterThan(0);
    expect((await cli('export', 'kml', '--case', 'ghouta')).code).toBe(2);
    const raw = await cli('export', 'geojson', '--case', 'ghouta', '--raw');
    expect([raw.code, raw.stderr]).toEqual([2, expect.stringContaining('raw: only an acled export')]);
    expect((await cli('export', 'acled', '--case', 'ghouta', '--raw', '--out', path.join(work, 'raw.csv'))).code).toBe(0);
  });
});
