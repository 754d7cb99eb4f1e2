/**
 * The background work a process takes from the shared queue: an uploaded item's examinations, by one examiner (it
 * owns ExifTool). A web server runs this for its own uploads unless workers do; `dossier worker` runs only this
 * (and web captures). Closing stops taking jobs, puts the one in hand down between two steps (queued again for
 * any runner), then ends the examiner's tools.
 */
import { EXAMINE_JOB, examinationHandler } from '../evidence/examination-jobs.js';
import { EvidenceExaminer } from '../evidence/examinations.js';
import type { Job } from '../jobs/job-queue.js';
import { JobRunner } from '../jobs/job-runner.js';
import type { Dossier } from './open.js';

export interface BackgroundWork {
  examiner: EvidenceExaminer;
  /** Absent when this process leaves the jobs to workers. */
  runner: JobRunner | undefined;
  close(): Promise<void>;
}

export function startBackgroundWork(dossier: Dossier, runJobs: boolean, onError: (job: Job, error: Error) => void, options: { pollMs?: number; leaseMs?: number } = {}): BackgroundWork {
  const examiner = new EvidenceExaminer({ database: dossier.database, vault: dossier.vault, tmpDir: dossier.tmpDir, ledger: dossier.ledger });
  const runner = runJobs ? new JobRunner(dossier.database, { [EXAMINE_JOB]: examinationHandler(dossier, examiner) }, { ...options, onError }).start() : undefined;
  return {
    examiner,
    runner,
    async close() {
      await runner?.close();
      await examiner.close();
    },
  };
}
