import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { DossierError } from '../../common/errors.js';
import { initMirror } from '../../mirror/mirror-init.js';
import { pushMirror } from '../../mirror/push.js';
import { restoreMirror } from '../../mirror/restore.js';
import { newIdentity, readIdentityFile } from '../../mirror/sealed-files.js';
import { verifyMirror } from '../../mirror/verify.js';
import { collect, configFrom, print, withDossier } from '../context.js';
import { countProgress } from '../progress.js';

export function registerMirror(program: Command): void {
  const mirror = program.command('mirror').description('encrypted mirrors: copies of the vault and the instance in other places, which their holders can check but not read');
  mirror
    .command('keygen')
    .description('print a new age identity (keep it offline: it opens every mirror made for it) and its recipient')
    .action(async (_options: unknown, command: Command) => {
      const { identity, recipient } = await newIdentity();
      print(command, { identity, recipient }, () => `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}`);
      process.stderr.write(`dossier: recipient ${recipient}: give it to "dossier mirror init --recipient"; keep the identity offline\n`);
    });
  mirror
    .command('init')
    .description('make a mirror in an empty folder or S3 prefix for the given recipients, recording the log\'s origin and verifier key')
    .argument('<dest>', 'a new or empty folder, or s3://BUCKET/PREFIX holding nothing (reached with DOSSIER_S3_ENDPOINT, AWS_ACCESS_KEY_ID…)')
    .requiredOption('--recipient <age1…>', 'an age X25519 recipient (repeatable)', collect, [])
    .action(async (dest: string, options: { recipient: string[] }, command: Command) => {
      const record = await withDossier(command, (d) => initMirror(d, dest, options.recipient));
      print(command, record, () => `Mirror ${record.id} made in ${dest} for ${record.recipients.length} recipient(s), log ${record.origin}; now "dossier mirror push ${dest}"`);
    });
  mirror
    .command('push')
    .description('copy the vault\'s blobs, a snapshot of the database and the data directory\'s keys to the mirror, each encrypted, and sign its manifest; only blobs it lacks are sent; run again to finish a push that was cut off')
    .argument('<dest>', 'the mirror: its folder, or s3://BUCKET/PREFIX')
    .action(async (dest: string, _options: unknown, command: Command) => {
      const pushed = await withDossier(command, async (d) => {
        let total = 0;
        if (process.stderr.isTTY) for await (const _ of d.vault.list()) total++;
        const progress = countProgress('Pushing blobs', total, 'blobs');
        return pushMirror(d, d.config.actor, dest, (done) => progress.update(done)).finally(() => progress.stop());
      });
      print(command, pushed, () =>
        [
          `Pushed ${pushed.push} to mirror ${pushed.mirror}: ${pushed.blobs} blobs (${pushed.bytes} bytes), ${pushed.sent} sent now (${pushed.sentBytes} bytes), ${pushed.files} files signed in the manifest, tied to the checkpoint of size ${pushed.treeSize}; logged as ledger entry #${pushed.ledgerSeq}`,
          ...(pushed.pruneRefused > 0 ? [`Note: ${pushed.pruneRefused} object(s) only older pushes used could not be removed, and stay (${pushed.pruneProblem ?? 'refused'}); a bucket with object lock keeps them until their retention ends`] : []),
        ].join('\n'),
      );
    });
  mirror
    .command('verify')
    .description('check a mirror with no key and no data directory: the manifest\'s signature, then every file\'s hash and size (nothing is decrypted)')
    .argument('<dest>', 'the mirror: its folder, or s3://BUCKET/PREFIX')
    .option('--log-key <vkey>', "the log's verifier key, as you hold it: the mirror must be signed by that key")
    .action(async (dest: string, options: { logKey?: string }, command: Command) => {
      const logKey = options.logKey === undefined ? undefined : await keyText(options.logKey);
      const report = await verifyMirror(dest, { logKey });
      print(command, report, () =>
        [
          report.ok
            ? `Mirror OK: ${report.checked} files (${report.bytes} bytes) match the manifest of push ${report.push}, signed by ${report.origin}, tied to its checkpoint of size ${report.treeSize}`
            : `MIRROR VERIFICATION FAILED: push ${report.push}, ${report.missing.length} missing, ${report.changed.length} changed of ${report.checked} files`,
          ...report.missing.map((file) => `  MISSING ${file}`),
          ...report.changed.map((c) => `  CHANGED ${c.path}: ${c.problem}`),
          ...(report.extra.length > 0 ? [`  ${report.extra.length} file(s) the manifest does not list (left by a push cut off, or put there by someone else):`, ...report.extra.map((file) => `    EXTRA ${file}`)] : []),
          ...(logKey === undefined ? [`Note: the log key was taken from mirror.json (${report.verifierKey.split('+').slice(0, 2).join('+')}); give --log-key to be sure it is the log's`] : []),
        ].join('\n'),
      );
      if (!report.ok) process.exitCode = 10;
    });
  mirror
    .command('restore')
    .description('rebuild an instance from a mirror into a new data directory, checking every blob, the items and the log before it is put in place')
    .argument('<dest>', 'the mirror: its folder, or s3://BUCKET/PREFIX')
    .requiredOption('--to <dir>', 'the new data directory (must not exist)')
    .requiredOption('--identity <file>', 'the age identity file, as "dossier mirror keygen" printed it')
    .option('--checkpoint <file>', 'also prove the restored log consistent with a checkpoint kept elsewhere (the last one witnessed)')
    .option('--log-key <vkey>', "the log's verifier key, as you hold it: the mirror must be signed by that key (anyone can encrypt to the recipients)")
    .action(async (dest: string, options: { to: string; identity: string; checkpoint?: string; logKey?: string }, command: Command) => {
      const identity = await readIdentityFile(options.identity);
      const logKey = options.logKey === undefined ? undefined : await keyText(options.logKey);
      const savedCheckpoint = options.checkpoint === undefined ? undefined : await readText('checkpoint', options.checkpoint);
      const config = configFrom(command);
      // A mirror of an instance on PostgreSQL is restored into the empty database DOSSIER_DATABASE_URL names.
      const restored = await restoreMirror(dest, { to: options.to, identity, actor: config.actor, savedCheckpoint, databaseUrl: config.databaseUrl, logKey });
      print(command, restored, () =>
        [
          `Restored push ${restored.push} of mirror ${restored.mirror} into ${restored.to}: ${restored.blobs} blobs (${restored.bytes} bytes) match their SHA-256, ${restored.items} items' bytes present`,
          `Log OK: ${restored.entries} entries, consistent with the manifest's checkpoint (size ${restored.treeSize})${restored.savedCheckpointSize === undefined ? '' : ` and with the given checkpoint (size ${restored.savedCheckpointSize})`}; the restore logged as entry #${restored.ledgerSeq}`,
          ...(logKey === undefined && savedCheckpoint === undefined
            ? ["Note: the log key was taken from the mirror itself, whose recipients are public: give --log-key or --checkpoint to be sure this is your archive's log"]
            : []),
          `Next: dossier --data ${restored.to} log verify && dossier --data ${restored.to} vault verify`,
        ].join('\n'),
      );
    });
}


/** A key given inline, or a file holding it (keys/checkpoint.vkey). */
async function keyText(value: string): Promise<string> {
  if (value.includes('+')) return value.trim();
  return readText('log-key', value);
}

async function readText(field: string, file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new DossierError('FILE_UNREADABLE', `${field}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { field, path: file }, { cause: error });
  }
}
