/**
 * Pinning an analysis to a case: its result is kept exactly as returned (canonical JSON) and an `analyse`
 * ledger entry commits to the result's SHA-256, the method's version and the tree size it was computed at.
 * The entry holds no free text (an actor's name given as a parameter may name a person): the hash covers the
 * parameters, which are in the result.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';
import { DossierError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { PinnedAnalysesTable } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import { analysisJson } from './analysis-json.js';
import type { AnalysisEnvelope, AnalysisName, PinnedAnalysis } from './analysis-result.js';

export interface PinDeps {
  database: Database;
  ledger: CustodyLedger;
}

export async function pinAnalysis(deps: PinDeps, actor: string, result: AnalysisEnvelope, title: string): Promise<PinnedAnalysis> {
  const trimmed = title.trim();
  if (trimmed === '' || trimmed.length > 300) throw new DossierError('VALIDATION_FAILED', 'title: give a title of 1 to 300 characters for the pinned analysis', { field: 'title' });
  const text = analysisJson(result);
  const resultSha256 = createHash('sha256').update(text).digest('hex');
  const id = newId('anl');
  return deps.database.writeTransaction(async (trx) => {
    const [entry] = await deps.ledger.append(trx, [
      {
        actor,
        action: 'analyse',
        subject: { case: result.caseId },
        details: { pin: id, analysis: result.analysis, method: `${result.method.name}/${result.method.version}`, treeSize: result.ledger.size, root: result.ledger.root, resultSha256 },
      },
    ]);
    const row: PinnedAnalysesTable = {
      id,
      case_id: result.caseId,
      analysis: result.analysis,
      title: trimmed,
      parameters: canonicalJson(result.parameters),
      result: text,
      result_sha256: resultSha256,
      tree_size: result.ledger.size,
      pinned_at: entry!.time,
      pinned_by: actor,
      ledger_seq: entry!.seq,
    };
    await trx.insertInto('pinned_analyses').values(row).execute();
    return fromRow(row);
  });
}

export async function listPinnedAnalyses(database: Database, caseId: string): Promise<PinnedAnalysis[]> {
  const rows = await database.db.selectFrom('pinned_analyses').selectAll().where('case_id', '=', caseId).orderBy('pinned_at', 'desc').orderBy('id').execute();
  return rows.map(fromRow);
}

/** A pinned analysis with its result text, checked against the hash the ledger holds. */
export async function getPinnedAnalysis(database: Database, caseId: string, id: string): Promise<PinnedAnalysis & { result: string }> {
  const row = await database.db.selectFrom('pinned_analyses').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `no pinned analysis ${id} in case ${caseId}`, { field: 'id', value: id });
  if (createHash('sha256').update(row.result).digest('hex') !== row.result_sha256) {
    throw new DossierError('LEDGER_INCONSISTENT', `pinned analysis ${id} no longer matches the hash its ledger entry ${row.ledger_seq} holds`, { id, ledgerSeq: Number(row.ledger_seq) });
  }
  return { ...fromRow(row), result: row.result };
}

function fromRow(row: PinnedAnalysesTable): PinnedAnalysis {
  return {
    id: row.id,
    caseId: row.case_id,
    // Written only by pinAnalysis, from a result's own name.
    analysis: row.analysis as AnalysisName,
    title: row.title,
    parameters: JSON.parse(row.parameters) as Record<string, unknown>,
    resultSha256: row.result_sha256,
    treeSize: Number(row.tree_size),
    pinnedAt: row.pinned_at,
    pinnedBy: row.pinned_by,
    ledgerSeq: Number(row.ledger_seq),
  };
}
