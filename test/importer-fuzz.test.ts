import { afterAll, describe, expect, it } from 'vitest';
import { fuzzAcledImport, fuzzApiBodies, fuzzBagArchives, fuzzWebArchives } from './fuzz/importer-fuzz.js';
import { enginesUnderTest } from './support/engines.js';

const engines = await enginesUnderTest();

/**
 * Every importer fuzzed with hostile input for a few seconds each (bench/fuzz-importers.ts runs them for
 * longer): no crash, no internal error, nothing left behind. A failure prints the seed and the shrunk input.
 */
describe('importers under fuzzing', () => {
  it('bag archives (.zip and .tar) built from hostile entries and damaged bytes', async () => {
    expect((await fuzzBagArchives({ runs: 150, seconds: 15 })).runs).toBeGreaterThan(10);
  });

  it('WARC and WACZ files damaged byte by byte', async () => {
    expect((await fuzzWebArchives({ runs: 200, seconds: 10 })).runs).toBeGreaterThan(10);
  });
});

describe.each(engines)('importers into $name under fuzzing', (engine) => {
  afterAll(() => engine.dropAll());

  it('ACLED files with awkward text and damaged bytes', async () => {
    expect((await fuzzAcledImport({ runs: 60, seconds: 12 }, await engine.createDatabase())).runs).toBeGreaterThan(5);
  });

  it('API request bodies: JSON with every kind of string, raw bytes, broken multipart', async () => {
    expect((await fuzzApiBodies({ runs: 250, seconds: 12 }, await engine.createDatabase())).runs).toBeGreaterThan(10);
  });
});
