import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBag, type BagReport } from '../src/bag/verify-bag.js';

/**
 * The Library of Congress BagIt conformance suite (test/fixtures/bagit-conformance/, see ORIGIN.md).
 * The category folder is the verdict (../shared/testdata/README.md): valid → valid; invalid → invalid;
 * warning → valid with a warning; linux-only and windows-only → invalid on every OS (issue 6).
 */
const SUITE = join(import.meta.dirname, 'fixtures', 'bagit-conformance');

interface SuiteCase {
  version: string;
  category: string;
  name: string;
  dir: string;
}

function suiteCases(): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const dirsIn = (dir: string): string[] =>
    readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
  for (const version of dirsIn(SUITE).filter((name) => /^v\d+\.\d+$/.test(name))) {
    for (const category of dirsIn(join(SUITE, version))) {
      for (const name of dirsIn(join(SUITE, version, category))) {
        cases.push({ version, category, name, dir: join(SUITE, version, category, name) });
      }
    }
  }
  return cases;
}

/** Why each invalid bag is invalid, as the suite's README describes it. */
const EXPECTED_ERROR: Record<string, string> = {
  'v1.0/invalid/bagit-with-invalid-whitespace': 'BAGIT_TXT_MALFORMED',
  'v1.0/invalid/notAllManifestsListAllFiles': 'UNLISTED_FILE',
  'v1.0/invalid/same-filename-listed-twice-with-different-hashes': 'DUPLICATE_ENTRY_CONFLICT',
  'v1.0/invalid/same-filename-listed-twice-with-the-same-hash': 'DUPLICATE_ENTRY',
  'v0.97/invalid/baginfo-missing-encoding': 'BAGIT_TXT_MALFORMED',
  'v0.97/invalid/bom-in-bagit.txt': 'BOM_IN_BAGIT_TXT',
  'v0.97/invalid/corrupt-data-file': 'CHECKSUM_MISMATCH',
  'v0.97/invalid/corrupt-tag-file': 'CHECKSUM_MISMATCH',
  'v0.97/invalid/extra-file-in-bag': 'UNLISTED_FILE',
  'v0.97/invalid/invalid-version-number': 'INVALID_VERSION',
  'v0.97/invalid/missing-baginfo': 'MISSING_FILE',
  'v0.97/invalid/missing-bagit.txt': 'MISSING_BAGIT_TXT',
  'v0.97/invalid/same-filename-listed-twice-with-different-hashes': 'DUPLICATE_ENTRY_CONFLICT',
};

/** What each warning bag must be warned about. */
const EXPECTED_WARNING: Record<string, string> = {
  'v0.97/warning/duplicate-file-with-different-case': 'PATH_ALIAS',
  'v0.97/warning/made-with-md5sum-tools': 'CHECKSUM_TOOL_BINARY_MARKER',
  'v0.97/warning/relative-path': 'LEADING_DOT_SLASH',
  'v0.97/warning/same-filename-listed-twice-with-different-normalization': 'PATH_ALIAS',
  'v0.97/warning/same-filename-listed-twice-with-the-same-hash': 'DUPLICATE_ENTRY',
  'v0.97/warning/special-system-files': 'SPECIAL_SYSTEM_FILE',
};

/** Upstream git lost data/.DS_Store (empty, as its manifest line says); the test restores it in a copy. */
async function withRestoredSystemFile(dir: string, check: (copy: string) => Promise<void>): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-bag-'));
  try {
    const copy = join(scratch, 'bag');
    await cp(dir, copy, { recursive: true });
    await writeFile(join(copy, 'data', '.DS_Store'), '');
    await check(copy);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function describeFindings(report: BagReport): string {
  return JSON.stringify({ errors: report.errors, warnings: report.warnings }, null, 1);
}

const cases = suiteCases();

describe('BagIt conformance suite', () => {
  it('finds every case the suite README lists', () => {
    expect(cases.length).toBe(60);
    expect(new Set(cases.map((c) => c.category))).toEqual(
      new Set(['valid', 'invalid', 'warning', 'linux-only', 'windows-only']),
    );
  });

  for (const suiteCase of cases) {
    const id = `${suiteCase.version}/${suiteCase.category}/${suiteCase.name}`;
    if (suiteCase.category === 'valid') {
      it(`accepts ${id}`, async () => {
        const report = await verifyBag(suiteCase.dir);
        expect(report.errors, describeFindings(report)).toEqual([]);
        expect(report.valid).toBe(true);
        expect(report.checked.digestsVerified).toBeGreaterThan(0);
      });
    } else if (suiteCase.category === 'warning') {
      const assertWarned = async (dir: string): Promise<void> => {
        const report = await verifyBag(dir);
        expect(report.errors, describeFindings(report)).toEqual([]);
        expect(report.valid).toBe(true);
        expect(report.warnings.map((w) => w.code)).toContain(EXPECTED_WARNING[id]);
      };
      if (suiteCase.name === 'special-system-files') {
        it(`accepts ${id} with a warning once its lost data/.DS_Store is restored`, async () => {
          await withRestoredSystemFile(suiteCase.dir, assertWarned);
        });
        it(`reports the data/.DS_Store that ${id} lacks as shipped`, async () => {
          const report = await verifyBag(suiteCase.dir);
          expect(report.valid).toBe(false);
          expect(report.errors).toContainEqual(expect.objectContaining({ code: 'MISSING_FILE', path: 'data/.DS_Store' }));
        });
      } else {
        it(`accepts ${id} with a warning`, () => assertWarned(suiteCase.dir));
      }
    } else {
      it(`rejects ${id}`, async () => {
        const report = await verifyBag(suiteCase.dir);
        expect(report.valid, describeFindings(report)).toBe(false);
        for (const error of report.errors) expect(error.message.length).toBeGreaterThan(10);
        // Every out-of-scope case (dot notation, absolute, "~", drive letter, UNC) must be refused as unsafe.
        const expected = id.includes('/out-of-scope-file-paths-') ? 'UNSAFE_PATH' : EXPECTED_ERROR[id];
        expect(expected, `no expected error recorded for ${id}`).toBeDefined();
        expect(report.errors.map((e) => e.code)).toContain(expected);
      });
    }
  }
});
