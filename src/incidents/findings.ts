import { canonicalJson } from '../common/canonical-json.js';
import { lowerBound, upperBound, type Count } from '../values/count.js';

/** The parts of a claim that findings need. */
export interface ClaimForFinding {
  id: string;
  subject: { kind: string; id: string; field: string };
  value?: unknown;
  stance: string;
  status?: string | undefined;
  sourceId?: string | undefined;
}

/**
 * What the record shows for one field, and why: `unsourced` (no accepted claim: the value as entered),
 * `agreed` (accepted claims say the same), `conflicting` (accepted claims disagree: all are shown, and a
 * count's envelope spans them), `disputed` (accepted claims both assert and deny), `denied`.
 */
export interface Finding {
  subject: { kind: string; id: string; field: string };
  status: 'unsourced' | 'agreed' | 'conflicting' | 'disputed' | 'denied';
  /** The value shown: the agreed value, a conflicting count's envelope, or the recorded value. */
  value?: unknown;
  recorded?: unknown;
  values: { claimId: string; sourceId?: string | undefined; value?: unknown }[];
  denials: string[];
  /** Accepted claims that neither support nor deny ("unable to assess"), listed so they are not mistaken for either. */
  neutral: string[];
}

const SUPPORTING = new Set(['asserts', 'qualifies', 'attributes', 'characterises_legally', 'reports_third_party']);
const NEUTRAL = new Set(['unable_to_assess', 'speculates']);

export function findingFor(subject: Finding['subject'], recorded: unknown, claims: readonly ClaimForFinding[]): Finding {
  const accepted = claims.filter(
    (c) => c.status === 'accepted' && c.subject.kind === subject.kind && c.subject.id === subject.id && c.subject.field === subject.field,
  );
  const supporting = accepted.filter((c) => SUPPORTING.has(c.stance));
  const denials = accepted.filter((c) => c.stance === 'denies').map((c) => c.id);
  const neutral = accepted.filter((c) => NEUTRAL.has(c.stance)).map((c) => c.id);
  const values = supporting.map((c) => ({ claimId: c.id, sourceId: c.sourceId, value: c.value }));
  const base = { subject, recorded, values, denials, neutral };
  if (supporting.length === 0) {
    return denials.length > 0 ? { ...base, status: 'denied' } : { ...base, status: 'unsourced', value: recorded };
  }
  if (denials.length > 0) return { ...base, status: 'disputed', value: envelopeOrUndefined(values.map((v) => v.value)) };
  const distinct = new Map(values.map((v) => [comparable(v.value), v.value]));
  if (distinct.size === 1) return { ...base, status: 'agreed', value: values[0]!.value };
  return { ...base, status: 'conflicting', value: envelopeOrUndefined(values.map((v) => v.value)) };
}

/** Two claims agree when their values are the same apart from the words each source used. */
function comparable(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { asReported: _words, ...rest } = value as Record<string, unknown>;
    return canonicalJson(rest);
  }
  return canonicalJson(value ?? null);
}

function isCount(value: unknown): value is Count {
  return typeof value === 'object' && value !== null && 'qualifier' in value;
}

/**
 * The span of conflicting counts: from the lowest lower bound to the highest upper bound (open if any is).
 * "14 killed" against "20 killed" is shown as 14–20, conflicting, not as a made-up 17.
 */
export function countEnvelope(counts: readonly Count[]): Count {
  const known = counts.filter((c) => c.qualifier !== 'unknown');
  if (known.length === 0) return { qualifier: 'unknown' };
  const min = Math.min(...known.map(lowerBound));
  const uppers = counts.map(upperBound);
  const max = uppers.some((u) => u === null) ? null : Math.max(...(uppers as number[]));
  if (max === null) return { qualifier: 'at_least', min };
  return min === max ? { qualifier: 'exact', min, best: min, max } : { qualifier: 'range', min, max };
}

function envelopeOrUndefined(values: unknown[]): unknown {
  return values.length > 0 && values.every(isCount) ? countEnvelope(values) : undefined;
}

/**
 * What one victim figure adds to a total: the value shown, or an unknown when claims speak of the figure
 * without a usable value, or nothing when it is denied or nobody gave it.
 */
export function figureForTotal(finding: Finding): Count | undefined {
  if (finding.value !== undefined) return finding.value as Count;
  return finding.status !== 'denied' && finding.values.length > 0 ? { qualifier: 'unknown' } : undefined;
}
