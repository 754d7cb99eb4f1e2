import { describe, expect, it } from 'vitest';
import { decodeManifestPath, encodeManifestPath, unsafePathReason } from './bag-path.js';

describe('manifest paths', () => {
  it('decodes only %0A, %0D and %25, leaving %7E literal', () => {
    expect(decodeManifestPath('data/a%0Ab%0dc%25d%7Ee')).toBe('data/a\nb\rc%d%7Ee');
  });

  it('round-trips a name with a newline and a percent sign', () => {
    const name = 'data/100%\nsure\r.txt';
    expect(decodeManifestPath(encodeManifestPath(name))).toBe(name);
  });

  it.each([
    ['../../../README.md'],
    ['data/../../x'],
    ['/tmp/foo'],
    ['~/foo'],
    ['~root/foo'],
    ['C:\\Windows\\System32\\setx.exe'],
    ['%HomeDrive%\\Windows'],
    ['\\\\?\\UNC\\server\\x'],
    ['\\.\\./README.md'],
    ['data//x'],
    ['data/./x'],
  ])('refuses %s', (path) => {
    expect(unsafePathReason(path)).not.toBeNull();
  });

  it('accepts ordinary names with spaces, tildes and percent signs inside', () => {
    for (const path of ['data/test 1.txt', 'data/dir1/~test3.txt', 'data/%test2.txt', 'data/%7Etest1.txt']) {
      expect(unsafePathReason(path)).toBeNull();
    }
  });
});
