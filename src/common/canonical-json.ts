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
