import canonicalize from 'canonicalize';
import { DossierError } from './errors.js';
import { findTextProblem, loneSurrogateProblem } from './text-checks.js';

/**
 * RFC 8785 (JSON Canonicalization Scheme): one byte sequence per value, so a ledger entry hashes the
 * same on every machine and in every language that implements the RFC.
 */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    throw textFault(value) ?? error;
  }
  if (text === undefined) throw new DossierError('INTERNAL', 'value has no canonical JSON form');
  return text;
}

/**
 * A string that is not well-formed Unicode has no canonical form (RFC 8785 §3.2.2.2). It comes from the
 * input, not from a fault of ours: name the field, as a validation error. Anything else stays a bug.
 */
function textFault(value: unknown): DossierError | undefined {
  const found = findTextProblem(value, loneSurrogateProblem);
  if (!found) return undefined;
  const field = found.path || 'value';
  const problem = `${found.problem}, as canonical JSON (RFC 8785) requires`;
  return new DossierError('VALIDATION_FAILED', `${field}: ${problem}`, { field, problem });
}

export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

/** True when `text` is exactly the canonical form of what it encodes (a hand-edited row usually is not). */
export function isCanonicalJson(text: string): boolean {
  try {
    return canonicalJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

/** A JSON.stringify output holds \uD800–\uDFFF escapes only for lone surrogates (pairs are written as they are). */
const LONE_SURROGATE_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;
/** Keys a JavaScript object keeps in numeric order, ahead of all others. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * The same bytes as canonicalJson, for values of many megabytes (analysis results listing every incident id):
 * JSON.stringify does the writing, natively, with each object's keys sorted by a replacer, as RFC 8785 sorts
 * them (by UTF-16 code units). A value canonical JSON refuses (NaN, Infinity, a lone surrogate) is handed to
 * canonicalJson, which refuses it the same way; so is one with a key like "0", which a JavaScript object always
 * lists before the others, whatever order it was built in.
 */
export function canonicalJsonOfLargeValue(value: unknown): string {
  let refused = false;
  const text = JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field === 'number' && !Number.isFinite(field)) refused = true;
    if (field === null || typeof field !== 'object' || Array.isArray(field)) return field;
    // No prototype: a key "__proto__" is then a key like any other, not the object's prototype.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(field).sort()) {
      if (ARRAY_INDEX.test(key)) refused = true;
      sorted[key] = (field as Record<string, unknown>)[key];
    }
    return sorted;
  }) as string | undefined;
  if (refused || text === undefined || LONE_SURROGATE_ESCAPE.test(text)) return canonicalJson(value);
  return text;
}
