/**
 * Extractions kept for review. Saving one logs an `extract` entry committing to the item, the SHA-256 of the
 * text read and of the result (canonical JSON, kept exactly as computed); each candidate incident starts open
 * with its proposal. Reading one checks the result against its hash, as a pinned analysis is checked.
 */
import { createHash } from 'node:crypto';
import { tellExtractionFinished } from './extraction-notices.js';
import { canonicalJson } from '../common/canonical-json.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db, ExtractionCandidatesTable, ExtractionsTable } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { ExtractionJson } from './extraction-parts.js';
import type { CandidateReview, CandidateStatus, ExtractionRunOptions, ExtractionSummary, Proposal } from './review-types.js';

export { type CandidateReview, type CandidateStatus, type ExtractionRunOptions, type ExtractionSummary } from './review-types.js';

export interface ExtractionDeps {
  database: Database;
  ledger: CustodyLedger;
}

export interface StoredExtraction extends ExtractionSummary {
  result: ExtractionJson;
  review: CandidateReview[];
}

export interface ExtractionToSave {
  id: string;
  caseId: string;
  item: { id: string; sha256: string };
  actor: string;
  options: ExtractionRunOptions;
  text: string;
  /** The result as canonical JSON, and each candidate's proposal, also canonical (reading.ts). */
  resultText: string;
  proposals: string[];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function saveExtraction(deps: ExtractionDeps, run: ExtractionToSave): Promise<StoredExtraction> {
  const result = run.resultText;
  const resultSha256 = sha256Hex(result);
  const textSha256 = sha256Hex(run.text);
  const options = canonicalJson(run.options);
  await deps.database.writeTransaction(async (trx) => {
    const [entry] = await deps.ledger.append(trx, [
      {
        actor: run.actor,
        action: 'extract',
        subject: { case: run.caseId, evidence: run.item.sha256 },
        details: { extraction: run.id, evidence: run.item.id, textSha256, resultSha256, candidates: run.proposals.length },
      },
    ]);
    const row: ExtractionsTable = {
      id: run.id,
      case_id: run.caseId,
      evidence_id: run.item.id,
      options,
      text_sha256: textSha256,
      result,
      result_sha256: resultSha256,
      created_at: entry!.time,
      created_by: run.actor,
      ledger_seq: entry!.seq,
    };
    await trx.insertInto('extractions').values(row).execute();
    const candidates: ExtractionCandidatesTable[] = run.proposals.map((proposal, number) => ({
      extraction_id: run.id,
      number,
      case_id: run.caseId,
      status: 'open',
      proposal,
      merged_into: null,
      reason: null,
      reason_salt: null,
      records: null,
      not_recorded: null,
      decided_at: null,
      decided_by: null,
      ledger_seq: null,
    }));
    await deps.database.insertMany(trx, 'extraction_candidates', candidates);
    await tellExtractionFinished(trx, { id: run.id, caseId: run.caseId, actor: run.actor }, 'done');
  });
  return getExtraction(deps.database.db, run.caseId, run.id);
}

const SUMMARY_COLUMNS = ['id', 'case_id', 'evidence_id', 'options', 'text_sha256', 'result_sha256', 'created_at', 'created_by', 'ledger_seq'] as const;

export async function listExtractions(db: Db, caseId: string, evidenceId?: string): Promise<ExtractionSummary[]> {
  let query = db.selectFrom('extractions').select(SUMMARY_COLUMNS).where('case_id', '=', caseId);
  if (evidenceId) query = query.where('evidence_id', '=', evidenceId);
  return summariesOf(db, await query.orderBy('created_at', 'desc').orderBy('id').execute());
}

/** An extraction's summary alone, without reading its result. */
export async function extractionSummary(db: Db, caseId: string, id: string): Promise<ExtractionSummary> {
  const row = await db.selectFrom('extractions').select(SUMMARY_COLUMNS).where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `no extraction ${id} in case ${caseId}`, { field: 'extractionId', value: id });
  return (await summariesOf(db, [row]))[0]!;
}

/** Summaries with how many candidates each extraction has, and how many are still open. */
async function summariesOf(db: Db, rows: Omit<ExtractionsTable, 'result'>[]): Promise<ExtractionSummary[]> {
  if (rows.length === 0) return [];
  const tallies = await db
    .selectFrom('extraction_candidates')
    .select(['extraction_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('extraction_id', 'in', rows.map((row) => row.id))
    .groupBy(['extraction_id', 'status'])
    .execute();
  return rows.map((row) => {
    const mine = tallies.filter((t) => t.extraction_id === row.id);
    return summaryOf(row, mine.reduce((sum, t) => sum + Number(t.n), 0), Number(mine.find((t) => t.status === 'open')?.n ?? 0));
  });
}

export async function getExtraction(db: Db, caseId: string, id: string): Promise<StoredExtraction> {
  const { resultText, ...rest } = await readExtraction(db, caseId, id);
  return { ...rest, result: JSON.parse(resultText) as ExtractionJson };
}

/**
 * The same as getExtraction, as the JSON text the API answers, the stored result written into it as it is: a
 * long report's result runs to tens of megabytes, not to be parsed and written again on the server's main thread.
 */
export async function extractionAnswerText(db: Db, caseId: string, id: string): Promise<string> {
  const { resultText, ...rest } = await readExtraction(db, caseId, id);
  return `{"result":${resultText},${JSON.stringify(rest).slice(1)}`;
}

async function readExtraction(db: Db, caseId: string, id: string): Promise<Omit<StoredExtraction, 'result'> & { resultText: string }> {
  const row = await db.selectFrom('extractions').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `no extraction ${id} in case ${caseId}`, { field: 'extractionId', value: id });
  if (sha256Hex(row.result) !== row.result_sha256) {
    throw new DossierError('LEDGER_INCONSISTENT', `extraction ${id} no longer matches the hash its ledger entry ${row.ledger_seq} holds`, { id, ledgerSeq: Number(row.ledger_seq) });
  }
  const rows = await db.selectFrom('extraction_candidates').selectAll().where('extraction_id', '=', id).orderBy('number').execute();
  const review = rows.map(reviewOf);
  return { ...summaryOf(row, review.length, review.filter((r) => r.status === 'open').length), review, resultText: row.result };
}

export function reviewOf(row: ExtractionCandidatesTable): CandidateReview {
  return {
    number: Number(row.number),
    status: row.status as CandidateStatus,
    proposal: JSON.parse(row.proposal) as Proposal,
    mergedInto: row.merged_into === null ? null : Number(row.merged_into),
    reason: row.reason,
    records: row.records ? (JSON.parse(row.records) as CandidateReview['records']) : [],
    notRecorded: row.not_recorded ? (JSON.parse(row.not_recorded) as string[]) : [],
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    ledgerSeq: row.ledger_seq === null ? null : Number(row.ledger_seq),
  };
}

function summaryOf(row: Omit<ExtractionsTable, 'result'>, candidates: number, open: number): ExtractionSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    evidenceId: row.evidence_id,
    options: JSON.parse(row.options) as ExtractionRunOptions,
    textSha256: row.text_sha256,
    resultSha256: row.result_sha256,
    createdAt: row.created_at,
    createdBy: row.created_by,
    ledgerSeq: Number(row.ledger_seq),
    candidates,
    open,
  };
}
