import type { Command } from 'commander';
import { auditVault } from '../../evidence/custody.js';
import { sweepVault, type UnreferencedBlob } from '../../evidence/vault-sweep.js';
import { setLegalHold } from '../../evidence/legal-hold.js';
import { moveVault } from '../../app/vault-move.js';
import { invalidField } from '../../common/errors.js';
import { print, withDossier } from '../context.js';
import { countProgress } from '../progress.js';

export function registerVault(program: Command): void {
  const vault = program.command('vault').description('the evidence vault');
  vault
    .command('verify')
    .description('re-hash every blob (several at once), name each one that fails, list blobs no item refers to and, in a vault with object lock, objects without retention or locked for less than their case requires; log the check')
    .action(async (_options: unknown, command: Command) => {
      const report = await withDossier(command, async (d) => {
        // Counted first, for the bar: a listing costs little beside reading every byte.
        let total = 0;
        if (process.stderr.isTTY) for await (const _ of d.vault.list()) total++;
        const progress = countProgress('Re-hashing the vault', total, 'blobs');
        return auditVault(d, d.config.actor, (done) => progress.update(done)).finally(() => progress.stop());
      });
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
        if (report.locks) {
          lines.push(`  Object lock: ${report.locks.locked} object(s) under retention or legal hold, ${report.locks.unlocked.length} without (their bytes could be deleted):`);
          lines.push(...report.locks.unlocked.map((sha256) => `    UNLOCKED ${sha256}`));
          if (report.locks.shortOfCase.length > 0) {
            lines.push(`  ${report.locks.shortOfCase.length} object(s) locked for less time than their case requires ("dossier case retention CASE --days N" again locks them):`);
            lines.push(...report.locks.shortOfCase.map((s) => `    SHORT ${s.sha256}  case ${s.caseId}: locked until ${s.retainUntil ?? 'never'}, required until ${s.required}`));
          }
        }
        if (report.ledgerSeq !== null) lines.push(`Logged as ledger entry #${report.ledgerSeq}`);
        return lines.join('\n');
      });
      if (!report.ok) process.exitCode = 8;
    });
  vault
    .command('migrate')
    .description('move the evidence to another vault: every blob copied and checked there, the move logged, then the data directory switched to it (the old vault is left whole); run again to finish an interrupted move')
    .requiredOption('--to <vault>', 's3://BUCKET/PREFIX (endpoint, region and keys from DOSSIER_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID…), or "local" for the data directory\'s own folder')
    .action(async (options: { to: string }, command: Command) => {
      const moved = await withDossier(command, async (d) => {
        let total = 0;
        if (process.stderr.isTTY) for await (const _ of d.vault.list()) total++;
        const progress = countProgress('Copying the vault', total, 'blobs');
        return moveVault(d, d.config.actor, options.to, (done) => progress.update(done)).finally(() => progress.stop());
      });
      print(
        command,
        moved,
        () =>
          `Moved the vault from ${moved.from} to ${moved.to}: ${moved.blobs} blobs (${moved.bytes} bytes) checked there, ${moved.copied} sent now; logged as ledger entry #${moved.ledgerSeq}. ` +
          `The data directory now uses ${moved.to}; the old vault is left as it was, for its owner to remove.`,
      );
    });
  vault
    .command('hold')
    .description('put a legal hold on an item\'s bytes in an S3 vault with object lock (the server then refuses to delete them, whatever their retention), or lift it; logged')
    .argument('<evidence>', 'the item: its id or SHA-256')
    .option('--release', 'lift the hold instead')
    .action(async (ref: string, options: { release?: boolean }, command: Command) => {
      const held = await withDossier(command, (d) => setLegalHold(d, d.config.actor, ref, options.release !== true));
      print(command, held, () => `Legal hold ${held.legalHold ? 'put on' : 'lifted from'} ${held.evidenceId} (${held.sha256}); logged as ledger entry #${held.ledgerSeq}`);
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
