/**
 * The log's side of witnessing (c2sp.org/tlog-witness): the witnesses this instance sends its checkpoints
 * to, and the sending. Each witness is sent the latest signed checkpoint with a consistency proof from the
 * size it last cosigned; the cosignature it returns is checked against its key and kept beside that
 * checkpoint, so `log checkpoint`, the API and case files carry it. A witness that is down changes nothing
 * but its own state: the checkpoint stands, and the next push sends it (or a later one) again.
 */
import { DossierError, invalidField } from '../common/errors.js';
import { fromHex } from '../ledger/proofs/byte-encoding.js';
import { verifiedCosignatures, witnessVerifier, type Cosignature } from '../ledger/proofs/cosignature.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { Database } from '../db/database.js';
import { addCheckpointBody } from './add-checkpoint.js';

export interface WitnessView {
  name: string;
  url: string;
  verifierKey: string;
  addedAt: string;
  addedBy: string;
  cosignedSize: number | null;
  lastError: string | null;
}

export interface WitnessPolicy {
  witnesses: WitnessView[];
  /** How many witnesses must have cosigned a head for `log verify` to call it witnessed (0: no policy). */
  quorum: number;
}

export interface PushResult {
  witness: string;
  /** cosigned: a new cosignature kept; current: it had cosigned this size already; failed: see problem. */
  outcome: 'cosigned' | 'current' | 'failed';
  treeSize: number;
  problem?: string;
  /** The witness holds a checkpoint this log never showed at that size, or a larger one: evidence of a fork. */
  alarm?: boolean;
}

export interface WitnessDeps {
  database: Database;
  ledger: CustodyLedger;
  /** For tests and proxies; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** How long one witness may take to answer before the push goes on without it. */
const WITNESS_TIMEOUT_MS = 10_000;

export async function addWitness(database: Database, actor: string, input: { url: string; verifierKey: string }): Promise<WitnessView> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw invalidField('url', 'is not a URL', input.url);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalidField('url', 'must be an http or https URL (the submission prefix)', input.url);
  let name: string;
  try {
    name = witnessVerifier(input.verifierKey).name;
  } catch (error) {
    throw invalidField('verifierKey', `is not a witness key (name+keyid+base64 of 0x04 and an Ed25519 key): ${(error as Error).message}`, input.verifierKey);
  }
  const row = {
    name,
    url: url.toString().replace(/\/$/, ''),
    verifier_key: input.verifierKey,
    added_at: new Date().toISOString(),
    added_by: actor,
    cosigned_size: null,
    last_error: null,
  };
  await database.writeTransaction(async (trx) => {
    const existing = await trx.selectFrom('witnesses').select('name').where('name', '=', name).executeTakeFirst();
    if (existing) throw new DossierError('CONFLICT', `a witness named "${name}" is already configured; remove it first to change its URL or key`, { name });
    await trx.insertInto('witnesses').values(row).execute();
  });
  return viewOf(row);
}

export async function removeWitness(database: Database, name: string): Promise<void> {
  await database.writeTransaction(async (trx) => {
    const removed = await trx.deleteFrom('witnesses').where('name', '=', name).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw new DossierError('NOT_FOUND', `no witness is named "${name}"`, { name });
    const policy = await trx.selectFrom('witness_policy').select('quorum').where('id', '=', 1).executeTakeFirst();
    const left = await trx.selectFrom('witnesses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (policy && policy.quorum > Number(left.n)) await trx.updateTable('witness_policy').set({ quorum: Number(left.n) }).where('id', '=', 1).execute();
  });
}

export async function witnessPolicy(database: Database): Promise<WitnessPolicy> {
  const rows = await database.db.selectFrom('witnesses').selectAll().orderBy('name').execute();
  const policy = await database.db.selectFrom('witness_policy').select('quorum').where('id', '=', 1).executeTakeFirst();
  return { witnesses: rows.map(viewOf), quorum: policy?.quorum ?? 0 };
}

/** Sets how many of the configured witnesses must cosign a head (k of n). */
export async function setQuorum(database: Database, quorum: number): Promise<WitnessPolicy> {
  await database.writeTransaction(async (trx) => {
    const count = Number((await trx.selectFrom('witnesses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    if (!Number.isSafeInteger(quorum) || quorum < 0 || quorum > count) throw invalidField('quorum', `must be a whole number from 0 to the ${count} witnesses configured`, quorum);
    const updated = await trx.updateTable('witness_policy').set({ quorum }).where('id', '=', 1).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('witness_policy').values({ id: 1, quorum }).execute();
  });
  return witnessPolicy(database);
}

/** Sends the latest signed checkpoint to every witness (in parallel) and keeps what they cosign. */
export async function pushToWitnesses(deps: WitnessDeps): Promise<PushResult[]> {
  const { witnesses } = await witnessPolicy(deps.database);
  const latest = await deps.database.db.selectFrom('checkpoints').select(['tree_size', 'note']).orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
  if (!latest || witnesses.length === 0) return [];
  const head = { size: Number(latest.tree_size), note: latest.note };
  return Promise.all(witnesses.map((witness) => pushTo(deps, witness, head)));
}

async function pushTo(deps: WitnessDeps, witness: WitnessView, head: { size: number; note: string }): Promise<PushResult> {
  const base = { witness: witness.name, treeSize: head.size };
  const kept = await deps.database.db
    .selectFrom('checkpoint_cosignatures')
    .select('witness')
    .where('tree_size', '=', head.size)
    .where('witness', '=', witness.name)
    .executeTakeFirst();
  if (kept && witness.cosignedSize === head.size) return { ...base, outcome: 'current' };
  if (witness.cosignedSize !== null && witness.cosignedSize > head.size) {
    // A larger size this log did sign is another process's newer push, not a rollback.
    if ((await deps.ledger.checkpointAt(witness.cosignedSize)) !== undefined) return { ...base, outcome: 'current' };
    return failed(deps, witness, base, `cosigned size ${witness.cosignedSize} of this log, larger than its ${head.size}: the log was rolled back (restored from an older copy?)`, true);
  }
  let oldSize = witness.cosignedSize ?? 0;
  // At most two rounds: the witness may tell us (409) the size it really holds, and we send the proof from it.
  for (let round = 0; round < 2; round++) {
    let answer: { status: number; body: string; contentType: string };
    try {
      answer = await send(deps, witness, await requestBody(deps, oldSize, head));
    } catch (error) {
      return failed(deps, witness, base, `unreachable: ${(error as Error).message}`);
    }
    if (answer.status === 200) return keep(deps, witness, head, answer.body, base);
    if (answer.status === 409 && answer.contentType.startsWith('text/x.tlog.size')) {
      const held = Number(answer.body.trim());
      if (!Number.isSafeInteger(held) || held < 0) return failed(deps, witness, base, `answered 409 with an unreadable size "${answer.body.trim().slice(0, 40)}"`);
      if (held > head.size) {
        if ((await deps.ledger.checkpointAt(held)) !== undefined) return { ...base, outcome: 'current' };
        return failed(deps, witness, base, `holds a checkpoint of size ${held}, larger than this log's ${head.size}: the log was rolled back or another copy of it is signing`, true);
      }
      oldSize = held;
      continue;
    }
    const alarm = answer.status === 409 || answer.status === 422;
    return failed(deps, witness, base, `refused (HTTP ${answer.status}): ${answer.body.trim().slice(0, 300)}`, alarm);
  }
  return failed(deps, witness, base, 'kept answering with another size');
}

async function requestBody(deps: WitnessDeps, oldSize: number, head: { size: number; note: string }): Promise<string> {
  if (oldSize === 0 || oldSize === head.size) return addCheckpointBody(oldSize, [], head.note);
  const { proof } = await deps.ledger.consistencyProof(oldSize, head.size);
  return addCheckpointBody(oldSize, proof.map((h) => fromHex(h)!), head.note);
}

/** One request, tried again once after a network failure (a kept-alive connection the witness closed on restart). */
async function send(deps: WitnessDeps, witness: WitnessView, body: string): Promise<{ status: number; body: string; contentType: string }> {
  try {
    return await sendOnce(deps, witness, body);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 250));
    return sendOnce(deps, witness, body);
  }
}

async function sendOnce(deps: WitnessDeps, witness: WitnessView, body: string): Promise<{ status: number; body: string; contentType: string }> {
  const response = await (deps.fetch ?? fetch)(`${witness.url}/add-checkpoint`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body,
    signal: AbortSignal.timeout(WITNESS_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type') ?? '' };
}

/** Checks the returned lines against the witness's key and keeps its cosignature of this checkpoint. */
async function keep(deps: WitnessDeps, witness: WitnessView, head: { size: number; note: string }, body: string, base: Omit<PushResult, 'outcome'>): Promise<PushResult> {
  const lines = body.split('\n').filter(Boolean).map((line) => `${line}\n`);
  let cosignatures: Cosignature[];
  let line: string | undefined;
  try {
    const verifier = witnessVerifier(witness.verifierKey);
    line = lines.find((l) => verifiedCosignatures(head.note + l, [verifier]).length > 0);
    cosignatures = line ? verifiedCosignatures(head.note + line, [verifier]) : [];
  } catch (error) {
    return failed(deps, witness, base, `answered with a cosignature that does not verify: ${(error as Error).message}`, true);
  }
  if (!line || cosignatures.length === 0) return failed(deps, witness, base, 'answered 200 without a cosignature by its key');
  const cosignedAt = cosignatures[0]!.timestamp;
  await deps.database.writeTransaction(async (trx) => {
    await trx.deleteFrom('checkpoint_cosignatures').where('tree_size', '=', head.size).where('witness', '=', witness.name).execute();
    await trx.insertInto('checkpoint_cosignatures').values({ tree_size: head.size, witness: witness.name, cosigned_at: cosignedAt, line }).execute();
    await trx.updateTable('witnesses').set({ cosigned_size: head.size, last_error: null }).where('name', '=', witness.name).execute();
  });
  return { ...base, outcome: 'cosigned' };
}

async function failed(deps: WitnessDeps, witness: WitnessView, base: Omit<PushResult, 'outcome'>, problem: string, alarm = false): Promise<PushResult> {
  await deps.database.writeTransaction((trx) => trx.updateTable('witnesses').set({ last_error: problem }).where('name', '=', witness.name).execute());
  return { ...base, outcome: 'failed', problem, ...(alarm && { alarm }) };
}

/** A signed checkpoint with every cosignature kept for it: what `log checkpoint` prints and case files carry. */
export async function cosignedCheckpoint(database: Database, treeSize?: number): Promise<{ treeSize: number; note: string; witnesses: string[]; createdAt: string } | undefined> {
  let query = database.db.selectFrom('checkpoints').select(['tree_size', 'note', 'created_at']);
  query = treeSize === undefined ? query.orderBy('tree_size', 'desc').limit(1) : query.where('tree_size', '=', treeSize);
  const checkpoint = await query.executeTakeFirst();
  if (!checkpoint) return undefined;
  const size = Number(checkpoint.tree_size);
  const rows = await database.db.selectFrom('checkpoint_cosignatures').select(['witness', 'line']).where('tree_size', '=', size).orderBy('witness').execute();
  return { treeSize: size, note: checkpoint.note + rows.map((row) => row.line).join(''), witnesses: rows.map((row) => row.witness), createdAt: checkpoint.created_at };
}

function viewOf(row: { name: string; url: string; verifier_key: string; added_at: string; added_by: string; cosigned_size: number | string | null; last_error: string | null }): WitnessView {
  return {
    name: row.name,
    url: row.url,
    verifierKey: row.verifier_key,
    addedAt: row.added_at,
    addedBy: row.added_by,
    cosignedSize: row.cosigned_size === null ? null : Number(row.cosigned_size),
    lastError: row.last_error,
  };
}

export interface CosignatureAudit {
  ok: boolean;
  /** Cosignatures kept in the database and checked against their witness's key. */
  checked: number;
  problems: string[];
  quorum: number;
  /** The latest checkpoint and the witnesses whose cosignature of it is kept. */
  latest?: { treeSize: number; witnesses: string[]; belowQuorum: boolean };
}

/**
 * Checks every kept cosignature against its witness's key and the checkpoint it is kept with (a changed
 * line or checkpoint is named), and says whether the latest head has as many as the policy asks. A head
 * below the quorum is reported, not failed: a witness that is down does not make the ledger untrue.
 */
export async function auditCosignatures(database: Database): Promise<CosignatureAudit> {
  const { witnesses, quorum } = await witnessPolicy(database);
  const keys = new Map(witnesses.map((w) => [w.name, w.verifierKey]));
  const rows = await database.db
    .selectFrom('checkpoint_cosignatures')
    .innerJoin('checkpoints', 'checkpoints.tree_size', 'checkpoint_cosignatures.tree_size')
    .select(['checkpoint_cosignatures.tree_size', 'witness', 'line', 'note'])
    .orderBy('checkpoint_cosignatures.tree_size')
    .execute();
  const problems: string[] = [];
  let checked = 0;
  for (const row of rows) {
    const key = keys.get(row.witness);
    if (!key) continue; // a witness removed since: its key is no longer configured here
    checked += 1;
    try {
      if (verifiedCosignatures(row.note + row.line, [witnessVerifier(key)]).length === 0) problems.push(`size ${row.tree_size}: the cosignature kept for ${row.witness} is not by its key`);
    } catch (error) {
      problems.push(`size ${row.tree_size}: the cosignature kept for ${row.witness} does not verify (${(error as Error).message})`);
    }
  }
  const head = await cosignedCheckpoint(database);
  const latest = head && { treeSize: head.treeSize, witnesses: head.witnesses, belowQuorum: head.witnesses.length < quorum };
  return { ok: problems.length === 0, checked, problems, quorum, ...(latest && { latest }) };
}
