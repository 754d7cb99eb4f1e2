import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The faces (routes and commands) parse, call the domain and format: no query of their own, and nothing of
 * src/db/ but its types. What a face needs of the database is a named function of a domain module.
 */
const FACES = ['src/server', 'src/cli'].map((dir) => path.join(import.meta.dirname, '..', dir));

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Each line of the faces' sources matching `pattern`, as "file:line: text". */
function linesMatching(pattern: RegExp): string[] {
  return FACES.flatMap(sourcesUnder).flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path.relative(process.cwd(), file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('thin faces', () => {
  it('makes no query in src/server or src/cli', () => {
    expect(linesMatching(/\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/)).toEqual([]);
  });

  it('imports nothing of src/db/ into src/server or src/cli but types', () => {
    expect(linesMatching(/from '[^']*\/db\//).filter((line) => !/\bimport type\b/.test(line))).toEqual([]);
  });
});
