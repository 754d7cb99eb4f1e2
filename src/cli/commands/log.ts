import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { DossierError, isDossierError } from '../../common/errors.js';
import { auditRecords } from '../../evidence/records-audit.js';
import { auditRevisions } from '../../records/revisions-audit.js';
import { auditWorkflows } from '../../workflow/workflow-audit.js';
import { auditComments } from '../../comments/comment-audit.js';
import { auditLabels } from '../../sensitivity/label-audit.js';
import { auditLedger, checkAgainstSavedCheckpoint } from '../../ledger/audit.js';
import type { LedgerEntry } from '../../ledger/entry.js';
import { checkTsaUrl } from '../../common/config.js';
import { witnessesOf } from '../../ledger/proofs/cosignature.js';
import { auditStamps, stampLatestCheckpoint } from '../../timestamping/checkpoint-stamps.js';
import { addWitness, auditCosignatures, cosignedCheckpoint, pushToWitnesses, removeWitness, setQuorum, witnessPolicy } from '../../witness/witnessing.js';
import { auditPublishedLog } from '../../transparency/audit-published.js';
import { publishLog } from '../../transparency/publish.js';
import { collect, parseIndex, print, table, wantsJson, withDossier } from '../context.js';
import { countProgress, type ByteProgress } from '../progress.js';

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
    .option('--witness <vkey>', "a witness's verifier key: say whether it cosigned the saved checkpoint (repeatable)", collect, [])
    .option('--witnesses <k>', 'how many of the --witness keys must have cosigned the saved checkpoint (default: all)')
    .option('--tsa-ca <file>', "the time-stamping authorities' CA certificate (PEM): also check the signatures of the checkpoints' RFC 3161 time-stamps")
    .action(async (options: { checkpoint?: string; witness: string[]; witnesses?: string; tsaCa?: string }, command: Command) => {
      const saved = options.checkpoint === undefined ? undefined : await readNote(options.checkpoint);
      if (options.witness.length > 0 && saved === undefined) throw new DossierError('VALIDATION_FAILED', '--witness needs --checkpoint: the witnesses are checked on a saved checkpoint', { field: 'witness' });
      const vouched = saved === undefined || options.witness.length === 0
        ? undefined
        : witnessesOf(saved, options.witness, options.witnesses === undefined ? options.witness.length : parseIndex('witnesses', options.witnesses));
      const report = await withDossier(command, async (d) => {
        const key = { origin: d.dataDir.manifest.origin, verifierKey: d.dataDir.verifierKey };
        const audit = await auditLedger(d.database.db, key);
        const evidenceRecords = await auditRecords(d.database.db);
        const revisions = await auditRevisions(d.database.db);
        const workflows = await auditWorkflows(d.database.db);
        const comments = await auditComments(d.database.db);
        const labels = await auditLabels(d.database.db);
        const records = {
          ok: evidenceRecords.ok && revisions.ok && workflows.ok && comments.ok && labels.ok,
          checked: evidenceRecords.checked + revisions.checked + workflows.checked + comments.checked + labels.checked,
          problems: [...evidenceRecords.problems, ...revisions.problems, ...workflows.problems, ...comments.problems, ...labels.problems],
        };
        const consistency = saved === undefined ? undefined : await checkAgainstSavedCheckpoint(d.ledger, saved, key);
        const cosignatures = await auditCosignatures(d.database);
        const timestamps = await auditStamps(d.database, options.tsaCa);
        const ok = audit.ok && records.ok && (consistency?.ok ?? true) && cosignatures.ok && timestamps.ok && (vouched?.ok ?? true);
        return { ...audit, ok, records, ...(consistency && { consistency }), cosignatures, timestamps, ...(vouched && { witnesses: vouched }) };
      });
      print(command, report, () => {
        const lines = report.problem === undefined
          ? [`Ledger OK: ${report.entries} entries, ${report.checkpoints} signed checkpoints, root ${report.rootHash ?? '(empty)'}`]
          : [`LEDGER VERIFICATION FAILED${report.firstBadIndex === undefined ? '' : ` at index ${report.firstBadIndex}`}: ${report.problem}`];
        lines.push(
          report.records.ok
            ? `Records OK: ${report.records.checked} records (cases, intakes, items, documentation revisions, incident workflows, comment revisions, sensitivity labels) agree with the ledger`
            : `RECORDS DISAGREE WITH THE LEDGER:`,
          ...report.records.problems.map((p) => `  ${p.record}: ${p.problem}`),
        );
        if (report.consistency) {
          lines.push(
            report.consistency.ok
              ? `Consistent with the saved checkpoint (size ${report.consistency.savedSize} → ${report.consistency.currentSize})`
              : `NOT CONSISTENT with the saved checkpoint: ${report.consistency.problem}`,
          );
          // Both signed notes, so whoever reads this holds the proof itself, not our word for it.
          const split = report.consistency.splitView;
          if (split) lines.push(`The saved checkpoint:\n${split.saved}The checkpoint this log signed for size ${split.size}:\n${split.ours}`);
        }
        const { cosignatures } = report;
        if (cosignatures.checked > 0 || cosignatures.quorum > 0) {
          lines.push(cosignatures.ok ? `Cosignatures OK: ${cosignatures.checked} kept, each by its witness's key` : 'COSIGNATURES DO NOT VERIFY:', ...cosignatures.problems.map((p) => `  ${p}`));
          if (cosignatures.latest?.belowQuorum) {
            lines.push(`Note: the latest checkpoint (size ${cosignatures.latest.treeSize}) has ${cosignatures.latest.witnesses.length} of the ${cosignatures.quorum} cosignatures the policy asks for (run "dossier log witness push")`);
          }
        }
        const { timestamps } = report;
        if (timestamps.unreadable) lines.push(`Note: the checkpoints' time-stamps were not checked: ${timestamps.unreadable}`);
        else if (timestamps.checked > 0) {
          lines.push(
            timestamps.ok
              ? `Time-stamps OK: ${timestamps.checked} RFC 3161 tokens match their checkpoints${options.tsaCa ? `, ${timestamps.verified} signed by the given authority` : ' (signatures unchecked: give --tsa-ca)'}; the latest, size ${timestamps.latest!.treeSize}, at ${timestamps.latest!.time}`
              : 'TIME-STAMPS DO NOT VERIFY:',
            ...timestamps.problems.map((p) => `  ${p}`),
          );
        }
        if (report.witnesses) {
          lines.push(
            report.witnesses.ok
              ? `Witnessed: the saved checkpoint is cosigned by ${report.witnesses.witnesses.join(', ') || 'none'} (${report.witnesses.required} required)`
              : `NOT WITNESSED ENOUGH: the saved checkpoint is cosigned by ${report.witnesses.witnesses.length} of the ${report.witnesses.required} witnesses required (${report.witnesses.witnesses.join(', ') || 'none'})`,
          );
        }
        return lines.join('\n');
      });
      if (!report.ok) process.exitCode = 9;
    });

  log
    .command('timestamp')
    .description('have the latest checkpoint time-stamped (RFC 3161) now by each authority; servers and workers do it on a schedule')
    .option('--tsa <url>', 'a time-stamping authority (repeatable; default: DOSSIER_CHECKPOINT_TSA_URLS, or DOSSIER_TSA_URL)', collect, [])
    .action(async (options: { tsa: string[] }, command: Command) => {
      for (const url of options.tsa) checkTsaUrl('tsa', url);
      const results = await withDossier(command, (d) => {
        const urls = options.tsa.length > 0 ? options.tsa : d.config.checkpointTsaUrls;
        if (urls.length === 0) throw new DossierError('VALIDATION_FAILED', 'no time-stamping authority: give --tsa URL or set DOSSIER_CHECKPOINT_TSA_URLS', { field: 'tsa' });
        return stampLatestCheckpoint(d.database, urls);
      });
      print(command, results, () => results.map((r) => `${r.tsa}: ${r.outcome === 'failed' ? `failed: ${r.problem}` : `${r.outcome} size ${r.treeSize}${r.time ? ` at ${r.time}` : ''}`}`).join('\n'));
      if (results.some((r) => r.outcome === 'failed')) process.exitCode = 11;
    });

  const witness = log.command('witness').description('independent witnesses that cosign this ledger\'s checkpoints (C2SP tlog-witness)');
  witness
    .command('add')
    .argument('<url>', "the witness's submission prefix (it answers <url>/add-checkpoint)")
    .argument('<vkey>', "the witness's verifier key, as `dossier witness init` printed it")
    .action(async (url: string, vkey: string, _options: unknown, command: Command) => {
      const added = await withDossier(command, (d) => addWitness(d.database, d.config.actor, { url, verifierKey: vkey }));
      print(command, added, () => `Witness ${added.name} added at ${added.url}; the next "dossier log witness push" sends it the latest checkpoint`);
    });
  witness
    .command('list', { isDefault: true })
    .description('the witnesses, what each last cosigned, and the policy')
    .action(async (_options: unknown, command: Command) => {
      const policy = await withDossier(command, (d) => witnessPolicy(d.database));
      print(command, policy, () =>
        policy.witnesses.length === 0
          ? 'No witnesses.'
          : `${table([
              ['name', 'url', 'cosigned size', 'last problem'],
              ...policy.witnesses.map((w) => [w.name, w.url, w.cosignedSize === null ? '-' : String(w.cosignedSize), w.lastError ?? '']),
            ])}\nPolicy: ${policy.quorum} of ${policy.witnesses.length} must cosign a checkpoint`,
      );
    });
  witness
    .command('remove')
    .argument('<name>', "the witness's name")
    .action(async (name: string, _options: unknown, command: Command) => {
      await withDossier(command, (d) => removeWitness(d.database, name));
      print(command, { removed: name }, () => `Witness ${name} removed (the cosignatures it gave are kept)`);
    });
  witness
    .command('quorum')
    .argument('<k>', 'how many witnesses must cosign a checkpoint for it to count as witnessed')
    .action(async (k: string, _options: unknown, command: Command) => {
      const policy = await withDossier(command, (d) => setQuorum(d.database, parseIndex('k', k)));
      print(command, policy, () => `Policy: ${policy.quorum} of ${policy.witnesses.length} witnesses`);
    });
  witness
    .command('push')
    .description('send the latest checkpoint to every witness now, with a consistency proof from what each holds')
    .action(async (_options: unknown, command: Command) => {
      const results = await withDossier(command, (d) => pushToWitnesses(d));
      print(command, results, () =>
        results.length === 0
          ? 'No witnesses, or no checkpoint yet.'
          : results.map((r) => `${r.witness}: ${r.outcome === 'failed' ? `${r.alarm ? 'ALARM: ' : 'failed: '}${r.problem}` : `${r.outcome} at size ${r.treeSize}`}`).join('\n'),
      );
      if (results.some((r) => r.alarm)) process.exitCode = 9;
      else if (results.some((r) => r.outcome === 'failed')) process.exitCode = 11;
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
      // With every witness cosignature kept for it: a verifier that knows only the log's key still reads it.
      const note = (await withDossier(command, (d) => cosignedCheckpoint(d.database)))?.note;
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

  log
    .command('publish')
    .description('write the ledger as C2SP tlog-tiles into a directory a static web server can serve: the checkpoint (with cosignatures) and the hash tiles; entry bundles only with --entries')
    .argument('<dir>', 'the directory to write (created if need be); a re-run writes only new or grown tiles and the new checkpoint')
    .option('--entries', 'also write the entry bundles (tile/entries/…): every entry in full, naming actors, cases and evidence hashes — only for a directory no more public than the ledger itself')
    .addHelpText(
      'after',
      "\nWithout --entries the directory proves the log (anyone can check every tile against the signed root and that the log only grows) without telling what was logged; its level-0 tiles are the entries' leaf hashes, which confirm an entry someone guesses whole.",
    )
    .action(async (dir: string, options: { entries?: boolean }, command: Command) => {
      const bar = entryProgress('publishing');
      const result = await withDossier(command, (d) => publishLog(d, dir, { entries: options.entries === true, onProgress: bar.update })).finally(bar.stop);
      print(command, result, () =>
        [
          `Published size ${result.treeSize}${result.previousSize > 0 ? ` (was ${result.previousSize})` : ''} to ${result.dir}: ${result.tilesWritten} tiles${options.entries ? `, ${result.bundlesWritten} entry bundles` : ''} written`,
          `Checkpoint cosigned by ${result.witnesses.join(', ') || 'no witness'}${options.entries ? '' : '; entry bundles not published (--entries)'}`,
        ].join('\n'),
      );
    });

  log
    .command('audit')
    .description('check a published log (a directory or URL of C2SP tlog-tiles) with its verifier key, no account and no data directory needed; incremental on later runs')
    .argument('<url-or-dir>', 'the log prefix: a directory, or an http(s) URL such as https://archive.example/api/v1/ledger/tlog')
    .requiredOption('--key <vkey>', "the log's verifier key (dossier log key)")
    .option('--witness <vkey>', "a witness's verifier key: the checkpoint must be cosigned by it (repeatable)", collect, [])
    .option('--witnesses <k>', 'how many of the --witness keys must have cosigned (default: all)')
    .option('--state <file>', 'where the audited size and root are kept between runs (default: under the user cache directory, one file per log key)')
    .option('--full', 'read every tile again, not only what is new since the last audit (consistency with it is still checked)')
    .addHelpText(
      'after',
      '\nWith entry bundles published, each entry is rehashed and checked against its leaf; without them, every hash tile is checked against the tile above it and the tiles against the signed root.\nA first run reads every tile; later runs prove the new checkpoint extends the one audited before and read only new or grown tiles.',
    )
    .action(async (source: string, options: { key: string; witness: string[]; witnesses?: string; state?: string; full?: boolean }, command: Command) => {
      const bar = entryProgress('auditing');
      let audit;
      try {
        audit = await auditPublishedLog({
          source,
          verifierKey: options.key,
          witnessKeys: options.witness,
          ...(options.witnesses !== undefined && { witnessesRequired: parseIndex('witnesses', options.witnesses) }),
          ...(options.state !== undefined && { stateFile: options.state }),
          ...(options.full && { full: true }),
          onProgress: bar.update,
        });
      } catch (error) {
        // Both signed notes, so whoever reads this holds the proof of the split view, not our word for it.
        const details = isDossierError(error) ? error.details : {};
        if (!wantsJson(command) && typeof details.audited === 'string' && typeof details.published === 'string') {
          process.stderr.write(`The checkpoint audited before:\n${details.audited}The checkpoint published now:\n${details.published}`);
        }
        throw error;
      } finally {
        bar.stop();
      }
      print(command, audit, () =>
        [
          `Log OK: ${audit.head.origin} size ${audit.head.treeSize}, root ${audit.head.rootHash}`,
          audit.previousSize > 0 ? `Consistent with the size ${audit.previousSize} audited before` : 'First audit of this log (state kept for the next run)',
          `${audit.tilesRead} tiles read, ${audit.bundlesRead > 0 ? `${audit.entriesChecked} entries rehashed from ${audit.bundlesRead} bundles` : 'no entry bundles (hash tiles checked)'}`,
          ...(audit.witnesses ? [`Cosigned by ${audit.witnesses.witnesses.join(', ')} (${audit.witnesses.required} required)`] : []),
          `State: ${audit.stateFile}`,
        ].join('\n'),
      );
    });
}

/** A bar over the log's entries, made once the first report says how many there are. */
function entryProgress(label: string): { update: (done: number, total: number) => void; stop: () => void } {
  let bar: ByteProgress | undefined;
  return {
    update: (done, total) => {
      bar ??= countProgress(label, total, 'entries');
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
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
