/**
 * Finding and rewriting the ids one record holds of others, for records that arrive from another Dossier
 * instance: every id there is the partner's and must become ours. Ids are random and prefixed (`inc_…`,
 * `ev_…`), so a string equal to a known id is that reference wherever it sits; walking the whole document
 * keeps this right for fields added later without a list to keep in step.
 */
import { InvariantError } from '../common/errors.js';

/** One id found in a document: where (`claimIds[2]`, `subject.id`) and whether an array holds it. */
export interface FoundReference {
  id: string;
  path: string;
  inArray: boolean;
}

/** Every string in `value` that `isKnown` accepts, with its path. */
export function findReferences(value: unknown, isKnown: (id: string) => boolean): FoundReference[] {
  const found: FoundReference[] = [];
  walk(value, '', false, (id, path, inArray) => {
    if (isKnown(id)) found.push({ id, path, inArray });
    return id;
  });
  return found;
}

/**
 * A copy of `value` with each string passed through `replace`: a string returned takes the old one's place,
 * `null` removes an array element. `null` for a string outside an array is refused by the caller's
 * `replace` throwing instead (the walk cannot drop a required field).
 */
export function replaceReferences(value: unknown, replace: (id: string, path: string, inArray: boolean) => string | null): unknown {
  return walk(value, '', false, replace);
}

const DROPPED = Symbol('dropped');

function walk(value: unknown, path: string, inArray: boolean, visit: (id: string, path: string, inArray: boolean) => string | null): unknown {
  if (typeof value === 'string') return visit(value, path, inArray) ?? DROPPED;
  if (Array.isArray(value)) {
    return value.map((element, i) => walk(element, `${path}[${i}]`, true, visit)).filter((element) => element !== DROPPED);
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const walked = walk(field, path === '' ? key : `${path}.${key}`, false, visit);
      if (walked === DROPPED) throw new InvariantError(`a required reference at ${path === '' ? key : `${path}.${key}`} cannot be dropped`);
      copy[key] = walked;
    }
    return copy;
  }
  return value;
}

/** The top-level field a path starts in: `elements[0].claimIds[1]` → `elements`. */
export function topLevelField(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}
