/**
 * RFC 3161 time-stamps of the ledger's signed checkpoints. An authority other than the archive states that
 * the tree head (origin, size, root: the checkpoint's text, which the log signs) existed no later than its
 * time; every entry the head commits to is then proven to have existed by then, on that authority's word.
 * The tokens are kept per checkpoint and authority, checked by `log verify`, and carried by case files.
 */
import { checkTimestamp, requestTimestamp, withReplyFile, withTextFile, type TimestampVerdict } from '../common/timestamp.js';
import type { Database } from '../db/database.js';
import { splitSignedNote } from '../ledger/proofs/note-format.js';

export interface StampResult {
  tsa: string;
  outcome: 'stamped' | 'current' | 'failed';
  treeSize: number;
  time?: string;
  problem?: string;
}

export interface KeptStamp {
  treeSize: number;
  tsa: string;
  token: Buffer;
  stampedAt: string;
  tsaName: string | null;
  serial: string | null;
}

/** What a checkpoint's stamps are over: its text, without any signature line. */
export function stampedText(note: string): string {
  return splitSignedNote(note).text;
}

/** Stamps the latest checkpoint by every authority that has not stamped it yet (in parallel); keeps each token. */
export async function stampLatestCheckpoint(database: Database, tsaUrls: readonly string[]): Promise<StampResult[]> {
  const latest = await database.db.selectFrom('checkpoints').select(['tree_size', 'note']).orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
  if (!latest || tsaUrls.length === 0) return [];
  return stampCheckpoint(database, { treeSize: Number(latest.tree_size), note: latest.note }, tsaUrls);
}

/** Stamps one checkpoint by each authority (the case-file export stamps the head it ships this way). */
export async function stampCheckpoint(database: Database, checkpoint: { treeSize: number; note: string }, tsaUrls: readonly string[]): Promise<StampResult[]> {
  const kept = new Set((await database.db.selectFrom('checkpoint_timestamps').select('tsa_url').where('tree_size', '=', checkpoint.treeSize).execute()).map((row) => row.tsa_url));
  return withTextFile(stampedText(checkpoint.note), async (file, sha256) =>
    Promise.all(
      tsaUrls.map(async (tsa): Promise<StampResult> => {
        const base = { tsa, treeSize: checkpoint.treeSize };
        if (kept.has(tsa)) return { ...base, outcome: 'current' };
        let token: Buffer;
        try {
          token = await requestTimestamp(tsa, file);
        } catch (error) {
          return { ...base, outcome: 'failed', problem: `no time-stamp: ${(error as Error).message}` };
        }
        const verdict = await withReplyFile(token, (tokenFile) => checkTimestamp(tokenFile, file, sha256, undefined, "the checkpoint's"));
        if (verdict.status !== 'unchecked-signature' && verdict.status !== 'verified') return { ...base, outcome: 'failed', problem: verdict.reason };
        await database.writeTransaction(async (trx) => {
          await trx.deleteFrom('checkpoint_timestamps').where('tree_size', '=', checkpoint.treeSize).where('tsa_url', '=', tsa).execute();
          await trx
            .insertInto('checkpoint_timestamps')
            .values({ tree_size: checkpoint.treeSize, tsa_url: tsa, token, stamped_at: verdict.time, tsa_name: verdict.tsa, serial: verdict.serial })
            .execute();
        });
        return { ...base, outcome: 'stamped', time: verdict.time };
      }),
    ),
  );
}

export async function stampsOf(database: Database, treeSize: number): Promise<KeptStamp[]> {
  const rows = await database.db.selectFrom('checkpoint_timestamps').selectAll().where('tree_size', '=', treeSize).orderBy('tsa_url').execute();
  return rows.map((row) => ({ treeSize: Number(row.tree_size), tsa: row.tsa_url, token: Buffer.from(row.token), stampedAt: row.stamped_at, tsaName: row.tsa_name, serial: row.serial }));
}

export interface StampAudit {
  ok: boolean;
  checked: number;
  /** Tokens whose signature was checked against the given authority certificate. */
  verified: number;
  problems: string[];
  /** Why the tokens could not be read at all here (no openssl): reported, not a failure. */
  unreadable?: string;
  /** The largest checkpoint with a stamp, and the authorities' earliest time for it. */
  latest?: { treeSize: number; time: string };
}

/**
 * Checks every kept token against the checkpoint it stamps (its imprint is the SHA-256 of that text) and,
 * given the authorities' CA certificate, its signature. A token changed or moved to another checkpoint is named.
 */
export async function auditStamps(database: Database, tsaCaFile?: string): Promise<StampAudit> {
  const rows = await database.db
    .selectFrom('checkpoint_timestamps')
    .innerJoin('checkpoints', 'checkpoints.tree_size', 'checkpoint_timestamps.tree_size')
    .select(['checkpoint_timestamps.tree_size', 'tsa_url', 'token', 'stamped_at', 'note'])
    .orderBy('checkpoint_timestamps.tree_size')
    .execute();
  const problems: string[] = [];
  let verified = 0;
  let unreadable: string | undefined;
  let latest: StampAudit['latest'];
  for (const row of rows) {
    const verdict: TimestampVerdict = await withTextFile(stampedText(row.note), (file, sha256) =>
      withReplyFile(Buffer.from(row.token), (tokenFile) => checkTimestamp(tokenFile, file, sha256, tsaCaFile, "the checkpoint's")),
    );
    if (verdict.status === 'failed') problems.push(`size ${row.tree_size}, ${row.tsa_url}: ${verdict.reason}`);
    // No openssl here: the tokens are unread, not wrong; the ledger does not fail for it.
    else if (verdict.status === 'not-checkable') unreadable = verdict.reason;
    else {
      if (verdict.status === 'verified') verified += 1;
      latest = { treeSize: Number(row.tree_size), time: row.stamped_at };
    }
  }
  return { ok: problems.length === 0, checked: rows.length, verified, problems, ...(unreadable && { unreadable }), ...(latest && { latest }) };
}
