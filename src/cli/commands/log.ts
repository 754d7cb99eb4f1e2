import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { DossierError } from '../../common/errors.js';
import { auditRecords } from '../../evidence/records-audit.js';
import { auditRevisions } from '../../records/revisions-audit.js';
import { auditLedger, checkAgainstSavedCheckpoint } from '../../ledger/audit.js';
import type { LedgerEntry } from '../../ledger/entry.js';
import { parseIndex, print, wantsJson, withDossier } from '../context.js';

export function registerLog(program: Command): void {
  const log = program.command('log').description('the custody ledger: entries, proofs, checkpoints');
  log
    .command('list', { isDefault: true })
    .description('print ledger entries (the default)')
    .option('--from <seq>', 'first entry', '0')
    .option('--limit <n>', 'how many', '100')
    .option('--case <id>', 'only entries about this case')
    .option('--evidence <sha256>', 'only entries about these bytes')
    .action(async (options: { from: string; limit: string; case?: string; evidence?: string }, command: Command) => {
      const entries = await withDossier(command, (d) =>
        d.ledger.entries({
          from: parseIndex('from', options.from),
          limit: parseIndex('limit', options.limit),
          ...(options.case && { caseId: options.case }),
          ...(options.evidence && { evidenceSha256: options.evidence }),
        }),
      );
      print(command, entries, () => (entries.length === 0 ? 'No entries.' : entries.map(describeEntry).join('\n')));
    });

  log
    .command('verify')
    .description('re-derive the tree from the entries, check every stored node and signed checkpoint, and the records against the entries')
    .option('--checkpoint <file>', 'also prove the log consistent with a checkpoint saved earlier')
    .action(async (options: { checkpoint?: string }, command: Command) => {
      const saved = options.checkpoint === undefined ? undefined : await readNote(options.checkpoint);
      const report = await withDossier(command, async (d) => {
        const key = { origin: d.dataDir.manifest.origin, verifierKey: d.dataDir.verifierKey };
        const audit = await auditLedger(d.database.db, key);
        const evidenceRecords = await auditRecords(d.database.db);
        const revisions = await auditRevisions(d.database.db);
        const records = {
          ok: evidenceRecords.ok && revisions.ok,
          checked: evidenceRecords.checked + revisions.checked,
          problems: [...evidenceRecords.problems, ...revisions.problems],
        };
        const consistency = saved === undefined ? undefined : await checkAgainstSavedCheckpoint(d.ledger, saved, key);
        return { ...audit, ok: audit.ok && records.ok && (consistency?.ok ?? true), records, ...(consistency && { consistency }) };
      });
      print(command, report, () => {
        const lines = report.problem === undefined
          ? [`Ledger OK: ${report.entries} entries, ${report.checkpoints} signed checkpoints, root ${report.rootHash ?? '(empty)'}`]
          : [`LEDGER VERIFICATION FAILED${report.firstBadIndex === undefined ? '' : ` at index ${report.firstBadIndex}`}: ${report.problem}`];
        lines.push(
          report.records.ok
            ? `Records OK: ${report.records.checked} records (cases, intakes, items, documentation revisions) agree with the ledger`
            : `RECORDS DISAGREE WITH THE LEDGER:`,
          ...report.records.problems.map((p) => `  ${p.record}: ${p.problem}`),
        );
        if (report.consistency) {
          lines.push(
            report.consistency.ok
              ? `Consistent with the saved checkpoint (size ${report.consistency.savedSize} → ${report.consistency.currentSize})`
              : `NOT CONSISTENT with the saved checkpoint: ${report.consistency.problem}`,
          );
        }
        return lines.join('\n');
      });
      if (!report.ok) process.exitCode = 9;
    });

  const proof = log.command('proof').description('inclusion and consistency proofs (RFC 9162)');
  proof
    .command('inclusion')
    .argument('<index>', 'the entry index (its seq)')
    .option('--size <n>', 'tree size to prove against (default: the latest signed checkpoint)')
    .action(async (index: string, options: { size?: string }, command: Command) => {
      const result = await withDossier(command, (d) =>
        d.ledger.inclusionProof(parseIndex('index', index), options.size === undefined ? undefined : parseIndex('size', options.size)),
      );
      print(command, result, () =>
        [`leaf ${result.leafIndex} of ${result.treeSize}`, `leaf hash ${result.leafHash}`, `root      ${result.rootHash}`, ...result.proof.map((h, i) => `  ${i}: ${h}`)].join('\n'),
      );
    });
  proof
    .command('consistency')
    .argument('<old>', 'the older tree size')
    .argument('<new>', 'the newer tree size')
    .action(async (oldSize: string, newSize: string, _options: unknown, command: Command) => {
      const result = await withDossier(command, (d) => d.ledger.consistencyProof(parseIndex('old', oldSize), parseIndex('new', newSize)));
      print(command, result, () =>
        [`${result.size1} → ${result.size2}`, `old root ${result.rootHash1}`, `new root ${result.rootHash2}`, ...result.proof.map((h, i) => `  ${i}: ${h}`)].join('\n'),
      );
    });

  log
    .command('checkpoint')
    .description('print the latest signed tree head, as a C2SP signed note')
    .action(async (_options: unknown, command: Command) => {
      const note = await withDossier(command, (d) => d.ledger.latestCheckpoint());
      if (note === undefined) throw new DossierError('NOT_FOUND', 'the ledger has no checkpoint yet');
      // The note is already text meant for machines and people alike; --json wraps it.
      if (wantsJson(command)) print(command, { checkpoint: note }, () => '');
      else process.stdout.write(note);
    });
  log
    .command('key')
    .description('print the checkpoint verifier key (signed-note vkey form)')
    .action(async (_options: unknown, command: Command) => {
      const key = await withDossier(command, async (d) => ({ origin: d.dataDir.manifest.origin, verifierKey: d.dataDir.verifierKey }));
      print(command, key, () => key.verifierKey);
    });
}

function describeEntry(entry: LedgerEntry): string {
  const subject = [entry.subject.case && `case ${entry.subject.case}`, entry.subject.evidence && `evidence ${entry.subject.evidence.slice(0, 16)}`]
    .filter(Boolean)
    .join(', ');
  return `#${entry.seq}  ${entry.time}  ${entry.actor}  ${entry.action}${subject ? `  ${subject}` : ''}`;
}

async function readNote(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    throw new DossierError('FILE_UNREADABLE', `cannot read the checkpoint file ${file}`, { path: file });
  }
}
