/**
 * The background work a process takes from the shared queue: an uploaded item's examinations, by one examiner (it
 * owns ExifTool). A web server runs this for its own uploads unless workers do; `dossier worker` runs only this
 * (and web captures). Closing stops taking jobs, puts the one in hand down between two steps (queued again for
 * any runner), then ends the examiner's tools.
 */
import { invalidField } from '../common/errors.js';
import { EXAMINE_JOB, examinationHandler } from '../evidence/examination-jobs.js';
import { EvidenceExaminer } from '../evidence/examinations.js';
import type { Job } from '../jobs/job-queue.js';
import { JobRunner } from '../jobs/job-runner.js';
import { every, type Periodic } from '../common/periodic.js';
import { smtpMailer } from '../notifications/email.js';
import { drainOutbox, type DrainResult } from '../notifications/outbox.js';
import { stampLatestCheckpoint, type StampResult } from '../timestamping/checkpoint-stamps.js';
import { startWitnessPusher, type WitnessPusher } from '../witness/witness-pusher.js';
import type { PushResult } from '../witness/witnessing.js';
import type { Dossier } from './open.js';

export interface BackgroundWork {
  examiner: EvidenceExaminer;
  /** Absent when this process leaves the jobs to workers. */
  runner: JobRunner | undefined;
  /** Sends new checkpoints to the ledger's witnesses; absent where the jobs are left to workers. */
  witnesses: WitnessPusher | undefined;
  /** Has the latest checkpoint time-stamped by the configured authorities; absent without them or without jobs. */
  stamps: Periodic<StampResult[]> | undefined;
  /** Sends the notices' mails from the outbox; absent without an SMTP server or without jobs. */
  mail: Periodic<DrainResult> | undefined;
  close(): Promise<void>;
}

/** How often new checkpoints are sent to the witnesses (DOSSIER_WITNESS_PUSH_SECONDS; 0 stops it). */
export function witnessPushMs(env: NodeJS.ProcessEnv = process.env): number {
  return intervalFromEnv(env, 'DOSSIER_WITNESS_PUSH_SECONDS', 60);
}

/** How often the latest checkpoint is time-stamped, when authorities are configured (DOSSIER_CHECKPOINT_STAMP_SECONDS). */
export function checkpointStampMs(env: NodeJS.ProcessEnv = process.env): number {
  return intervalFromEnv(env, 'DOSSIER_CHECKPOINT_STAMP_SECONDS', 3600);
}

/** How often the mail outbox is drained, when an SMTP server is configured (DOSSIER_MAIL_SECONDS). */
export function mailDrainMs(env: NodeJS.ProcessEnv = process.env): number {
  return intervalFromEnv(env, 'DOSSIER_MAIL_SECONDS', 30);
}

function intervalFromEnv(env: NodeJS.ProcessEnv, name: string, defaultSeconds: number): number {
  const text = env[name];
  if (text === undefined || text === '') return defaultSeconds * 1000;
  const seconds = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(seconds)) throw invalidField(name, 'must be a whole number of seconds (0: never)', text);
  return seconds * 1000;
}

export function startBackgroundWork(
  dossier: Dossier,
  runJobs: boolean,
  onError: (job: Job, error: Error) => void,
  options: { pollMs?: number; leaseMs?: number; witnessPushMs?: number; checkpointStampMs?: number; mailDrainMs?: number; onMailProblem?: (result: DrainResult) => void; onWitnessProblem?: (result: PushResult) => void; onStampProblem?: (result: StampResult) => void } = {},
): BackgroundWork {
  const examiner = new EvidenceExaminer({ database: dossier.database, vault: dossier.vault, tmpDir: dossier.tmpDir, ledger: dossier.ledger });
  const runner = runJobs ? new JobRunner(dossier.database, { [EXAMINE_JOB]: examinationHandler(dossier, examiner) }, { pollMs: options.pollMs, leaseMs: options.leaseMs, onError }).start() : undefined;
  const witnesses = runJobs ? startWitnessPusher(dossier, options.witnessPushMs ?? witnessPushMs(), options.onWitnessProblem ?? (() => undefined)) : undefined;
  const tsaUrls = dossier.config.checkpointTsaUrls;
  const stamps =
    runJobs && tsaUrls.length > 0
      ? every(options.checkpointStampMs ?? checkpointStampMs(), async () => {
          const results = await stampLatestCheckpoint(dossier.database, tsaUrls);
          for (const result of results) if (result.outcome === 'failed') options.onStampProblem?.(result);
          return results;
        }, [])
      : undefined;
  const smtp = dossier.config.smtp;
  const mailer = runJobs && smtp ? smtpMailer(smtp) : undefined;
  const mail =
    mailer && smtp
      ? every(options.mailDrainMs ?? mailDrainMs(), async () => {
          const result = await drainOutbox({ database: dossier.database, mailer, from: smtp.from });
          if (result.failed > 0) options.onMailProblem?.(result);
          return result;
        }, { sent: 0, failed: 0, dropped: 0 })
      : undefined;
  return {
    examiner,
    runner,
    witnesses,
    stamps,
    mail,
    async close() {
      await mail?.stop();
      mailer?.close?.();
      await stamps?.stop();
      await witnesses?.stop();
      await runner?.close();
      await examiner.close();
    },
  };
}
