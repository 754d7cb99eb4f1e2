import type { Command } from 'commander';
import { createCase, listCases } from '../../cases/cases.js';
import { checkRetentionDays, setCaseRetention } from '../../evidence/case-retention.js';
import { print, table, withDossier } from '../context.js';
import { countProgress, type ByteProgress } from '../progress.js';

export function registerCase(program: Command): void {
  const cases = program.command('case').description('create and list cases, and set how long their evidence stays locked');
  cases
    .command('create')
    .description('create a case')
    .argument('<id>', 'a short lowercase slug, e.g. aleppo-2016')
    .requiredOption('--title <text>', 'the case title')
    .option('--description <text>', 'what the case covers')
    .action(async (id: string, options: { title: string; description?: string }, command: Command) => {
      const created = await withDossier(command, (d) => createCase(d, d.config.actor, { id, ...options }));
      print(command, created, () => `Created case ${created.id}: ${created.title}`);
    });
  cases
    .command('list')
    .description('list cases')
    .action(async (_options: unknown, command: Command) => {
      const all = await withDossier(command, (d) => listCases(d));
      print(command, all, () =>
        all.length === 0
          ? 'No cases yet: dossier case create ID --title TEXT'
          : table([['ID', 'CREATED', 'RETENTION', 'TITLE'], ...all.map((c) => [c.id, c.createdAt, c.retentionDays === null ? '-' : `${c.retentionDays} days`, c.title])]),
      );
    });
  cases
    .command('retention')
    .description("keep a case's evidence locked (compliance mode, in an S3 vault with object lock) at least this many days from its intake, beyond the instance's period: its objects are locked now, later intakes as they come; only ever lengthened; logged")
    .argument('<id>', 'the case')
    .requiredOption('--days <n>', 'days from intake, 1 to 36500')
    .action(async (id: string, options: { days: string }, command: Command) => {
      const days = checkRetentionDays(/^\d+$/.test(options.days) ? Number(options.days) : options.days);
      const set = await withDossier(command, async (d) => {
        // Drawn once the case's objects are counted.
        let progress: ByteProgress | undefined;
        const onProgress = (done: number, total: number) => (progress ??= countProgress("Locking the case's objects", total, 'objects')).update(done);
        return setCaseRetention(d, d.config.actor, id, days, onProgress).finally(() => progress?.stop());
      });
      print(command, set, () => `Case ${set.caseId} keeps its evidence ${set.retentionDays} days from intake: ${set.objects} object(s) locked until at least ${set.retentionDays} days from now; logged as ledger entry #${set.ledgerSeq}`);
    });
}
