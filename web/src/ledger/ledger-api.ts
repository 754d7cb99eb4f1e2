/**
 * The ledger routes of /api/v1, as the verifier in src/ledger expects them. Everything here is transport:
 * what comes back is checked by signature and hash before anything is shown as verified.
 */
import { api } from '../api.js';
import type { LoggedEntry } from '../../../src/ledger/proofs/entry-leaf.js';
export { CUSTODY_ACTIONS } from '../../../src/ledger/proofs/custody-actions.js';
import type { WholeLogSource } from '../../../src/ledger/proofs/log-verification.js';
import type { InclusionProofMessage, LedgerSource } from '../../../src/ledger/proofs/signed-head.js';

/** A custody entry as the API lists it (src/ledger/entry.ts). */
export interface CustodyEntry extends LoggedEntry {
  time: string;
  actor: string;
  action: string;
  subject: { case?: string; evidence?: string };
  details: Record<string, unknown>;
}

export interface EntrySearch {
  q?: string;
  action?: string;
  actor?: string;
  evidence?: string;
  record?: string;
}

export interface SearchPage {
  items: CustodyEntry[];
  next: number | null;
  total: number;
}

const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '').map(([k, v]) => [k, String(v)])).toString();

export function searchLedger(search: EntrySearch & { case?: string; from?: number; limit?: number }): Promise<SearchPage> {
  return api<SearchPage>('GET', `/ledger/search?${query({ ...search })}`);
}

/** Every entry about one evidence item in one case, all pages. */
export async function custodyEntries(caseId: string, sha256: string): Promise<CustodyEntry[]> {
  const entries: CustodyEntry[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const page: { items: CustodyEntry[]; next: number | null } = await api('GET', `/ledger/entries?${query({ case: caseId, evidence: sha256, from, limit: 1000 })}`);
    entries.push(...page.items);
    from = page.next;
  }
  return entries;
}

/** The latest signed note with the witnesses' cosignatures, and when the server says it signed it (the note itself carries no time). */
export function latestSignedNote(): Promise<{ note: string; createdAt: string }> {
  return api('GET', '/ledger/checkpoint');
}

/** The witnesses the instance names and how many must cosign (their keys are checked against the note here, not trusted). */
export function publishedWitnesses(): Promise<{ quorum: number; witnesses: { name: string; verifierKey: string }[] }> {
  return api('GET', '/ledger/witnesses');
}

/** The source the verifier reads: the whole log's leaves, and the entries this reader may see (of one case, when given). */
export function ledgerSource(caseId?: string): LedgerSource & WholeLogSource {
  return {
    logKey: () => api('GET', '/ledger/key'),
    checkpointNote: () => api<{ note: string }>('GET', '/ledger/checkpoint').then((head) => head.note),
    leafHashes: (from, limit, size) => api<{ leaves: string[] }>('GET', `/ledger/leaves?${query({ from, limit, size })}`).then((page) => page.leaves),
    inclusionProof: (index, size) => api<InclusionProofMessage>('GET', `/ledger/proofs/inclusion?${query({ index, size })}`),
    visibleEntries: (from) => searchLedger({ case: caseId, from, limit: 1000 }),
  };
}
