import type { Command } from 'commander';
import { openDossier, refuseUnfitForService } from '../../app/open.js';
import { startBackgroundWork } from '../../app/background-work.js';
import { jobCounts } from '../../jobs/job-queue.js';
import { openCaptureQueue } from '../../app/open-capture-queue.js';
import { invalidField } from '../../common/errors.js';
import { configFrom, parseIndex } from '../context.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run background work apart from the web servers (an upload\'s examinations: metadata, text, OCR, derivatives, look-alikes; web captures), taken from the shared queue with a lease, so a dead worker\'s job is taken over; run as many as wanted, until stopped (SIGTERM, Ctrl-C)')
    .option('--capture-workers <n>', 'web captures run at once here (a headless chromium each); 0 runs none', '1')
    .option('--lease-seconds <n>', 'how long a job claimed here stays this worker\'s without renewal: a dead worker\'s job waits this long before another takes it', '60')
    .action(async (options: { captureWorkers: string; leaseSeconds: string }, command: Command) => {
      const config = configFrom(command);
      const captureWorkers = parseIndex('capture-workers', options.captureWorkers);
      const leaseSeconds = parseIndex('lease-seconds', options.leaseSeconds);
      if (leaseSeconds < 1) throw invalidField('lease-seconds', 'must be at least 1', options.leaseSeconds);
      const dossier = await openDossier(config);
      await refuseUnfitForService(dossier, 'a worker');
      const say = (line: string) => process.stderr.write(`worker: ${line}\n`);
      const background = startBackgroundWork(dossier, true, (job, error) => say(`job ${job.id} (${job.kind}) failed: ${error.message}`), {
        leaseMs: leaseSeconds * 1000,
        onWitnessProblem: (result) => say(`witness ${result.witness}: ${result.alarm ? 'ALARM: ' : ''}${result.problem}`),
        onStampProblem: (result) => say(`checkpoint time-stamp by ${result.tsa}: ${result.problem}`),
      });
      const captures = captureWorkers > 0 ? await openCaptureQueue(dossier, {}, { concurrency: captureWorkers, onError: (error) => say(`capture queue: ${error.message}`) }) : undefined;
      const resumed = await captures?.start();
      const counts = await jobCounts(dossier.database);
      say(`started as ${background.runner!.owner}: ${counts.queued} job(s) waiting${resumed ? `, ${resumed} web capture(s) resumed` : ''}`);
      const stop = async () => {
        say('stopping: the job in hand is put down between two steps, queued again for any runner');
        await Promise.all([background.close(), Promise.race([captures?.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])]);
        await dossier.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // Runs until stopped: the runner and the capture queue keep the process alive.
      await new Promise(() => undefined);
    });
}
