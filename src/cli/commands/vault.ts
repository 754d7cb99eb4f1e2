import type { Command } from 'commander';
import { auditVault } from '../../evidence/custody.js';
import { sweepVault, type UnreferencedBlob } from '../../evidence/vault-sweep.js';
import { invalidField } from '../../common/errors.js';
import { print, withDossier } from '../context.js';

export function registerVault(program: Command): void {
  const vault = program.command('vault').description('the evidence vault');
  vault
    .command('verify')
    .description('re-hash every blob, name each one that fails, list blobs no item refers to, and log the check')
    .action(async (_options: unknown, command: Command) => {
      const report = await withDossier(command, (d) => auditVault(d, d.config.actor));
      print(command, report, () => {
        const lines = [
          report.ok ? `Vault OK: ${report.checked} blobs re-hashed` : `VAULT VERIFICATION FAILED: ${report.checked} blobs checked`,
          ...report.failures.map((f) =>
            f.problem === 'corrupt'
              ? `  CORRUPT ${f.sha256}  ${f.path ?? ''}  (now hashes to ${f.actualSha256 ?? '?'})`
              : `  ${(f.problem ?? 'bad').toUpperCase()} ${f.sha256}  ${f.path ?? ''}`,
          ),
          ...report.missing.map((m) => `  MISSING ${m.sha256}  (evidence ${m.evidenceId})`),
        ];
        if (report.unreferenced.length > 0) {
          lines.push(
            `  ${report.unreferenced.length} blob(s) belong to no item (left by intakes interrupted before they were recorded; "dossier vault sweep" removes old ones):`,
            ...report.unreferenced.map(describeBlob),
          );
        }
        if (report.ledgerSeq !== null) lines.push(`Logged as ledger entry #${report.ledgerSeq}`);
        return lines.join('\n');
      });
      if (!report.ok) process.exitCode = 8;
    });
  vault
    .command('sweep')
    .description('remove blobs no item refers to that are older than a safety age (an intake may still commit younger ones); the removals are logged')
    .option('--older-than <hours>', 'safety age in hours (at least 1)', '24')
    .option('--dry-run', 'list what would be removed, remove nothing')
    .action(async (options: { olderThan: string; dryRun?: boolean }, command: Command) => {
      const olderThanHours = Number(options.olderThan);
      if (!/^\d+(\.\d+)?$/.test(options.olderThan)) throw invalidField('older-than', 'must be a number of hours', options.olderThan);
      const report = await withDossier(command, (d) => sweepVault(d, d.config.actor, { olderThanHours, dryRun: options.dryRun === true }));
      print(command, report, () =>
        [
          `${report.dryRun ? 'Would remove' : 'Removed'} ${report.removedCount} unreferenced blob(s) older than ${report.olderThanHours} h (${report.removedBytes} bytes)`,
          ...report.removed.map(describeBlob),
          ...(report.removedCount > report.removed.length ? [`    … and ${report.removedCount - report.removed.length} more`] : []),
          ...(report.sparedCount > 0 ? [`Kept ${report.sparedCount} younger or just touched: an intake may still record them`, ...report.spared.map(describeBlob)] : []),
          ...(report.ledgerSeqs.length > 0 ? [`Logged as ledger ${report.ledgerSeqs.length === 1 ? 'entry' : 'entries'} #${report.ledgerSeqs.join(', #')}`] : []),
        ].join('\n'),
      );
    });
}

function describeBlob(blob: UnreferencedBlob): string {
  return `    ${blob.sha256}  ${blob.size} bytes  last written ${blob.modifiedAt}`;
}
