import type { Command } from 'commander';
import { auditVault } from '../../evidence/custody.js';
import { print, withDossier } from '../context.js';

export function registerVault(program: Command): void {
  const vault = program.command('vault').description('the evidence vault');
  vault
    .command('verify')
    .description('re-hash every blob, name each one that fails, and log the check')
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
        if (report.unreferenced.length > 0) lines.push(`  note: ${report.unreferenced.length} blob(s) belong to no item (an intake interrupted before it was recorded)`);
        lines.push(`Logged as ledger entry #${report.ledgerSeq}`);
        return lines.join('\n');
      });
      if (!report.ok) process.exitCode = 8;
    });
}
