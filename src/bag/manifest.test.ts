import { describe, expect, it } from 'vitest';
import { Findings } from './findings.js';
import { parseManifest } from './manifest.js';

const SHA256_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('manifests', () => {
  it('keeps spaces inside paths and decodes percent-encoded line breaks', () => {
    const findings = new Findings();
    const manifest = parseManifest(`${SHA256_EMPTY}  data/test 1.txt\n${SHA256_EMPTY} data/two%0Alines\n`, 'manifest-sha256.txt', { duplicatesAreErrors: true }, findings);
    expect(manifest.entries.map((e) => e.path)).toEqual(['data/test 1.txt', 'data/two\nlines']);
    expect(findings.errors).toEqual([]);
  });

  it('refuses paths outside the payload and never keeps them', () => {
    const findings = new Findings();
    const manifest = parseManifest(`${SHA256_EMPTY}  ../../etc/passwd\n${SHA256_EMPTY}  bagit.txt\n`, 'manifest-sha256.txt', { duplicatesAreErrors: true }, findings);
    expect(manifest.entries).toEqual([]);
    expect(findings.errors.map((e) => e.code)).toEqual(['UNSAFE_PATH', 'PATH_OUTSIDE_PAYLOAD']);
  });

  it('treats a repeated path as an error in 1.0 and a warning before', () => {
    const text = `${SHA256_EMPTY}  data/a\n${SHA256_EMPTY}  data/a\n`;
    const v1 = new Findings();
    parseManifest(text, 'manifest-sha256.txt', { duplicatesAreErrors: true }, v1);
    expect(v1.errors.map((e) => e.code)).toEqual(['DUPLICATE_ENTRY']);
    const v097 = new Findings();
    parseManifest(text, 'manifest-sha256.txt', { duplicatesAreErrors: false }, v097);
    expect(v097.errors).toEqual([]);
    expect(v097.warnings.map((w) => w.code)).toEqual(['DUPLICATE_ENTRY']);
  });

  it('rejects a repeated path with a different checksum in any version', () => {
    const findings = new Findings();
    parseManifest(`${SHA256_EMPTY}  data/a\n${'0'.repeat(64)}  data/a\n`, 'manifest-sha256.txt', { duplicatesAreErrors: false }, findings);
    expect(findings.errors.map((e) => e.code)).toEqual(['DUPLICATE_ENTRY_CONFLICT']);
  });

  it('rejects a checksum of the wrong length for its algorithm', () => {
    const findings = new Findings();
    parseManifest(`abc123  data/a\n`, 'manifest-sha256.txt', { duplicatesAreErrors: true }, findings);
    expect(findings.errors.map((e) => e.code)).toEqual(['MALFORMED_MANIFEST_LINE']);
  });
});
