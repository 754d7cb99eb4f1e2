/**
 * A handover: one session of material handed over to the case (a medic's USB stick, a partner's drive). Opening
 * one logs a `transfer` entry that commits to the medium and note (salted, like an intake's words) and to the
 * sealed name of who handed it over; every intake of the session then names the handover and keeps the file's
 * path and times as handed over (evidence.ts). Who handed it over is sealed with the case's key: a witness or a
 * medic may be at risk, and the name is read only by those who may read restricted data, each read logged.
 */
import { invalidField, DossierError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db, HandoversTable } from '../db/schema.js';
import { commitFields } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import type { CustodyLedger } from '../ledger/log.js';
import { sealedDigest, type Keyring } from '../sealing/keyring.js';
import { getCase } from '../cases/cases.js';
import type { Handover, HandoverFile } from './handover-types.js';
import { createHash } from 'node:crypto';
import type { NoteSigner } from '../ledger/proofs/signed-note.js';
import { receiptTotalBytes, signReceipt, type HandoverReceipt } from './handover-receipt.js';

export type { Handover, HandoverFile } from './handover-types.js';

export interface HandoverInput {
  caseId: string;
  /** Who handed the material over, in words (a name, an organisation, how to reach them): sealed. */
  handedOverBy?: string | undefined;
  /** What it came on: "USB stick", "external drive", "upload link". */
  medium?: string | undefined;
  note?: string | undefined;
  /** The folders handed over (absolute paths as text): the same folders given again resume an interrupted intake. */
  roots?: string[] | undefined;
}

export interface HandoverDeps {
  database: Database;
  ledger: CustodyLedger;
  keyring?: Keyring | undefined;
}

const MAX_WORDS = 2000;

export async function openHandover(deps: HandoverDeps, actor: string, input: HandoverInput): Promise<Handover> {
  const words = (field: string, value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed.length > MAX_WORDS) throw invalidField(field, `at most ${MAX_WORDS} characters`);
    return trimmed ? trimmed : null;
  };
  const medium = words('medium', input.medium);
  const note = words('note', input.note);
  const handedOverBy = words('handedOverBy', input.handedOverBy);
  await getCase(deps, input.caseId);
  if (handedOverBy && !deps.keyring) throw new DossierError('KEY_INVALID', 'who handed the material over is sealed with the case key, which needs the master key this process was not given');
  const id = newId('hnd');
  const salt = newSalt();
  return deps.database.writeTransaction(async (trx) => {
    const sealed = handedOverBy ? await deps.keyring!.seal(trx, input.caseId, id, { handedOverBy }) : null;
    const [entry] = await deps.ledger.append(trx, [
      {
        actor,
        action: 'transfer',
        subject: { case: input.caseId },
        details: { handover: id, committed: commitFields(salt, { medium, note }), ...(sealed ? { sealed: sealedDigest(sealed) } : {}) },
      },
    ]);
    const row: HandoversTable = {
      id,
      case_id: input.caseId,
      received_at: entry!.time,
      received_by: actor,
      medium,
      note,
      handed_over_by: sealed,
      roots: input.roots?.length ? JSON.stringify(input.roots) : null,
      receipt_seq: null,
      salt,
      ledger_seq: entry!.seq,
    };
    await trx.insertInto('handovers').values(row).execute();
    return fromRow(row);
  });
}

/** The latest handover of these folders into the case whose intake did not finish (no receipt issued), if any. */
export async function unfinishedHandover(database: Database, caseId: string, roots: string[]): Promise<Handover | undefined> {
  const row = await database.db
    .selectFrom('handovers')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('roots', '=', JSON.stringify(roots))
    .where('receipt_seq', 'is', null)
    .orderBy('received_at', 'desc')
    .executeTakeFirst();
  return row && fromRow(row);
}

/** The files already taken under a handover, by their path as handed over, with the size and time they had. */
export async function takenUnder(database: Database, handoverId: string): Promise<Map<string, { size: number; modifiedAt: string }>> {
  const rows = await database.db
    .selectFrom('evidence_intakes as i')
    .innerJoin('evidence_items as e', 'e.id', 'i.evidence_id')
    .select(['i.file_path', 'i.file_modified_at', 'e.size'])
    .where('i.handover_id', '=', handoverId)
    .execute();
  return new Map(rows.filter((row) => row.file_path !== null).map((row) => [row.file_path!, { size: Number(row.size), modifiedAt: row.file_modified_at! }]));
}

export async function getHandover(database: Database, caseId: string, id: string): Promise<Handover> {
  const row = await database.db.selectFrom('handovers').selectAll().where('id', '=', id).where('case_id', '=', caseId).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `no handover ${id} in case ${caseId}`, { field: 'handoverId', value: id });
  return fromRow(row);
}

/** A case's handovers, oldest first. */
export async function listHandovers(database: Database, caseId: string): Promise<Handover[]> {
  await getCase({ database }, caseId);
  const rows = await database.db.selectFrom('handovers').selectAll().where('case_id', '=', caseId).orderBy('received_at').orderBy('ledger_seq').execute();
  return rows.map(fromRow);
}

/**
 * Who handed the material over, unsealed for a caller who may read restricted data; every read is logged (a
 * `view` entry naming the sealed value's digest), as reading a witness's identity is.
 */
export async function readHandedOverBy(deps: HandoverDeps, actor: string, caseId: string, id: string): Promise<{ handoverId: string; handedOverBy: string | null }> {
  await getHandover(deps.database, caseId, id);
  const row = await deps.database.db.selectFrom('handovers').select('handed_over_by').where('id', '=', id).executeTakeFirstOrThrow();
  if (row.handed_over_by === null) return { handoverId: id, handedOverBy: null };
  if (!deps.keyring) throw new DossierError('KEY_INVALID', 'who handed the material over is sealed with the case key, which needs the master key this process was not given');
  const opened = (await deps.keyring.unseal(caseId, id, row.handed_over_by)) as { handedOverBy: string };
  await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [{ actor, action: 'view', subject: { case: caseId }, details: { handover: id, part: 'handedOverBy', sealed: sealedDigest(row.handed_over_by!) } }]),
  );
  return { handoverId: id, handedOverBy: opened.handedOverBy };
}

/** The intakes of a handover, by the path each file had: what a receipt lists. */
export async function handoverFiles(db: Db, id: string): Promise<HandoverFile[]> {
  const rows = await db
    .selectFrom('evidence_intakes as i')
    .innerJoin('evidence_items as e', 'e.id', 'i.evidence_id')
    .select(['i.file_path', 'i.original_name', 'e.size', 'e.sha256', 'i.ledger_seq', 'e.id'])
    .where('i.handover_id', '=', id)
    .orderBy('i.file_path')
    .orderBy('i.ledger_seq')
    .execute();
  return rows.map((row) => ({ path: row.file_path ?? row.original_name, size: Number(row.size), sha256: row.sha256, ledgerSeq: Number(row.ledger_seq), evidenceId: row.id }));
}

/**
 * The receipt of a handover as it stands: every file taken under it, signed with the instance's ledger key, and
 * logged (a `transfer` entry committing to the receipt's SHA-256 and its counts), so the receipt a person keeps
 * can be matched to the log years later. Issued again after more files are taken, it lists them all.
 */
export async function issueReceipt(deps: HandoverDeps & { signer: NoteSigner; origin: string; verifierKey: string }, actor: string, handover: Handover): Promise<{ note: string; sha256: string; ledgerSeq: number }> {
  // Read in the transaction that logs the receipt: a file recorded meanwhile is in it or comes after it, never lost between.
  return deps.database.writeTransaction(async (trx) => {
    const files = await handoverFiles(trx, handover.id);
    const receipt: HandoverReceipt = {
      origin: deps.origin,
      verifierKey: deps.verifierKey,
      handoverId: handover.id,
      caseId: handover.caseId,
      receivedAt: handover.receivedAt,
      receivedBy: handover.receivedBy,
      medium: handover.medium,
      files: files.map(({ path, size, sha256, ledgerSeq }) => ({ path, size, sha256, ledgerSeq })),
    };
    const note = signReceipt(receipt, deps.signer);
    const sha256 = createHash('sha256').update(note, 'utf8').digest('hex');
    const [logged] = await deps.ledger.append(trx, [{ actor, action: 'transfer', subject: { case: handover.caseId }, details: { handover: handover.id, receipt: sha256, files: files.length, bytes: receiptTotalBytes(receipt) } }]);
    await trx.updateTable('handovers').set({ receipt_seq: logged!.seq }).where('id', '=', handover.id).execute();
    return { note, sha256, ledgerSeq: logged!.seq };
  });
}

function fromRow(row: HandoversTable): Handover {
  return {
    id: row.id,
    caseId: row.case_id,
    receivedAt: row.received_at,
    receivedBy: row.received_by,
    medium: row.medium,
    note: row.note,
    hasHandedOverBy: row.handed_over_by !== null,
    ledgerSeq: Number(row.ledger_seq),
    receiptSeq: row.receipt_seq === null ? null : Number(row.receipt_seq),
  };
}
