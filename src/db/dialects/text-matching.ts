import { sql, type RawBuilder } from 'kysely';
import { DossierError } from '../../common/errors.js';
import type { Engine } from '../engine.js';

/**
 * Comparisons on text columns that the two engines would otherwise answer differently. SQLite's LIKE ignores
 * the case of A–Z and its lower() folds A–Z only; PostgreSQL's LIKE is case-sensitive and its lower() follows
 * the database's locale. Each comparison here gives the same answer on both.
 */
export interface TextMatching {
  /** `value` anywhere in the column, A–Z in any case, other letters as written; % and _ are literal. */
  containsFoldingAscii(column: string, value: string): RawBuilder<boolean>;
  /** The column's JSON holds exactly the string `value` (case and all) at `path`, a chain of object keys. */
  jsonStringAt(column: string, path: readonly string[], value: string): RawBuilder<boolean>;
  /** The column's JSON has an array at `path` with an object whose `key` is exactly the string `value`. */
  jsonArrayHasStringAt(column: string, path: readonly string[], key: string, value: string): RawBuilder<boolean>;
}

export function textMatching(engine: Engine): TextMatching {
  return engine === 'sqlite' ? sqliteMatching : postgresMatching;
}

const sqliteMatching: TextMatching = {
  containsFoldingAscii: (column, value) => sql<boolean>`lower(${sql.ref(column)}) like ${likePattern(value)} escape '\\'`,
  jsonStringAt(column, path, value) {
    const at = jsonPath(path);
    // json_extract also returns an object or array at the path, as JSON text: only a string may match.
    return sql<boolean>`(json_type(${sql.ref(column)}, ${at}) = 'text' and json_extract(${sql.ref(column)}, ${at}) = ${value})`;
  },
  jsonArrayHasStringAt(column, path, key, value) {
    const inner = jsonPath([key]);
    // json_each also walks an object's members (text keys) and yields non-objects, whose value is not JSON:
    // the CASE keeps json_type from ever reading those.
    return sql<boolean>`exists (select 1 from json_each(${sql.ref(column)}, ${jsonPath(path)}) as item
      where typeof(item.key) = 'integer'
        and case when item.type <> 'object' then null
                 when json_type(item.value, ${inner}) = 'text' then json_extract(item.value, ${inner}) end = ${value})`;
  },
};

const postgresMatching: TextMatching = {
  // The "C" collation folds A–Z only, whatever the database's locale, as SQLite does.
  containsFoldingAscii: (column, value) => sql<boolean>`lower(${sql.ref(column)} collate "C") like ${likePattern(value)} escape '\\'`,
  // jsonb containment compares strings exactly, and below the top level an array never contains a bare string.
  jsonStringAt: (column, path, value) => sql<boolean>`${sql.ref(column)}::jsonb @> ${JSON.stringify(nested(path, value))}::jsonb`,
  jsonArrayHasStringAt: (column, path, key, value) =>
    sql<boolean>`${sql.ref(column)}::jsonb @> ${JSON.stringify(nested(path, [{ [key]: value }]))}::jsonb`,
};

/** Lower-cases A–Z only, as both engines' comparisons above do. */
export function foldAscii(value: string): string {
  return value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

function likePattern(value: string): string {
  return `%${foldAscii(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Keys come from code, never from a reader: anything but a plain name is a programming error. */
function checkedKeys(path: readonly string[]): readonly string[] {
  const bad = path.find((key) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key));
  if (path.length === 0 || bad !== undefined) throw new DossierError('INTERNAL', `not a plain JSON key path: ${path.join('.')}`);
  return path;
}

function jsonPath(path: readonly string[]): string {
  return `$.${checkedKeys(path).join('.')}`;
}

function nested(path: readonly string[], leaf: unknown): unknown {
  return checkedKeys(path).reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf);
}
