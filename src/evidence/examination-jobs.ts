/**
 * An uploaded item's examinations (metadata, text, content credentials, derivatives, look-alikes) as one job of
 * the shared queue, so that whichever server or worker is free does them, and a runner that dies mid-way leaves
 * them to another. Each step replaces what an earlier try of it stored, so a job taken over is simply done again.
 */
import { enqueueJob } from '../jobs/job-queue.js';
import { JobInterrupted, type JobHandler } from '../jobs/job-runner.js';
import type { Database } from '../db/database.js';
import { getEvidence } from './evidence.js';
import type { EvidenceExaminer } from './examinations.js';

export const EXAMINE_JOB = 'examine';

export interface ExaminationOrder {
  evidenceId: string;
  caseId: string;
  /** Who took the item in: what the steps make or find is logged in their name. */
  actor: string;
}

export async function queueExaminations(database: Database, orders: readonly ExaminationOrder[]): Promise<void> {
  for (const order of orders) await enqueueJob(database, EXAMINE_JOB, order);
}

/** Runs every step that applies, one after another through the examiner; a step that fails is named, the others still run. */
export function examinationHandler(deps: { database: Database }, examiner: EvidenceExaminer): JobHandler {
  return async (job, stopping) => {
    const order = job.payload as ExaminationOrder;
    const item = await getEvidence(deps, order.evidenceId);
    const failures: string[] = [];
    for (const step of examiner.steps) {
      if (!step.applies(item.mediaType)) continue;
      if (stopping.aborted) throw new JobInterrupted();
      await examiner.oneAtATime(() => step.run(item, order.caseId, order.actor)).catch((error: Error) => failures.push(`${step.name}: ${error.message}`));
    }
    if (failures.length > 0) throw new ExaminationFailed(`${item.id}: ${failures.join('; ')}`);
  };
}

/**
 * Some of an item's examination steps failed; the message names the item and each step with its reason. Not a
 * DossierError: a step that failed for a lost connection is still heard by its words (isConnectionLoss), and
 * the job goes back in the queue.
 */
export class ExaminationFailed extends Error {
  override readonly name = 'ExaminationFailed';
}
