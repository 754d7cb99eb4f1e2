import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../common/canonical-json.js';
import { batchCommitment, loggedBatch, type LoggedVersion } from './batch-commitment.js';

const commitment = (n: number) => `sha256:${createHash('sha256').update(String(n)).digest('hex')}`;
const versions: LoggedVersion[] = [
  { kind: 'incident', id: 'inc_01b', rev: 1, after: commitment(1) },
  { kind: 'act', id: 'act_01a', rev: 1, after: commitment(2) },
  { kind: 'incident', id: 'inc_01b', rev: 2, after: commitment(3) },
  { kind: 'site', id: 'site_01c', rev: 1, after: commitment(4), sealed: commitment(5) },
];

describe('batch commitment', () => {
  it('is the SHA-256 of the canonical JSON of the versions ordered by id, then revision', () => {
    const ordered = [versions[1], versions[0], versions[2], versions[3]];
    const expected = createHash('sha256').update(canonicalJson(ordered)).digest('hex');
    expect(batchCommitment(versions)).toEqual({ count: 4, digest: `sha256:${expected}` });
  });

  it('is the same whatever order the versions are read in', () => {
    expect(batchCommitment([...versions].reverse())).toEqual(batchCommitment(versions));
  });

  it('changes when any part of any version changes, or a version is left out', () => {
    const digest = batchCommitment(versions).digest;
    const changed: LoggedVersion[][] = [
      versions.map((v, i) => (i === 0 ? { ...v, kind: 'act' } : v)),
      versions.map((v, i) => (i === 1 ? { ...v, id: 'act_01z' } : v)),
      versions.map((v, i) => (i === 2 ? { ...v, rev: 3 } : v)),
      versions.map((v, i) => (i === 0 ? { ...v, after: commitment(9) } : v)),
      versions.map((v, i) => (i === 3 ? { ...v, sealed: commitment(9) } : v)),
      versions.map(({ sealed: _sealed, ...v }) => v),
      versions.slice(1),
    ];
    for (const list of changed) expect(batchCommitment(list).digest).not.toBe(digest);
  });

  it('is read from entry details only when it has a count and a digest', () => {
    const batch = batchCommitment(versions);
    expect(loggedBatch({ batch, origin: { format: 'acled' } })).toEqual(batch);
    expect(loggedBatch({ records: versions })).toBeUndefined();
    expect(loggedBatch({ batch: { count: '4', digest: batch.digest } })).toBeUndefined();
    expect(loggedBatch({ batch: { count: 4 } })).toBeUndefined();
  });
});
