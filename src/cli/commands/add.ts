import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { DossierError, invalidField } from '../../common/errors.js';
import type { IngestResult } from '../../evidence/evidence.js';
import { takeIntoCase, type IntakeEntry } from '../../evidence/intake.js';
import { lookAlikeLine } from './look-alikes.js';
import { findLookAlikesOf, isHashableImage, type NewLookAlike } from '../../similarity/look-alikes.js';
import type { Dossier } from '../../app/open.js';
import { fileState, folderTotals } from '../../evidence/folder-walk.js';
import { issueReceipt, openHandover, takenUnder, unfinishedHandover, type Handover } from '../../evidence/handovers.js';
import { pathText } from '../../common/path-text.js';
import { noteSigner } from '../../ledger/proofs/signed-note.js';
import { checkOutputPath, writeOutputFile } from '../../common/output-file.js';
import { print, wantsJson, withDossier } from '../context.js';
import { byteProgress, countProgress, folderProgress, type ByteProgress } from '../progress.js';

interface AddOptions {
  case: string;
  source?: string;
  note?: string;
  from?: string;
  medium?: string;
  receipt?: string;
  force?: boolean;
}

/** Some files of a handover were not taken (unreadable, or changed while read): said, and a non-zero exit. */
export const PARTLY_TAKEN_EXIT = 12;

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('take files, or whole folders handed over, into the vault and record their intake in a case')
    .argument('<path...>', 'files or folders (walked; symbolic links and special files are listed, not taken)')
    .requiredOption('--case <id>', 'the case the files belong to')
    .option('--source <text>', 'where the files came from (who gave them, how, when)')
    .option('--note <text>', 'a note kept with the intake')
    .option('--from <text>', 'a handover: who handed the material over (sealed with the case key)')
    .option('--medium <text>', 'a handover: what it came on (USB stick, external drive…)')
    .option('--receipt <file>', 'a handover: write its signed receipt here (every file, its size, SHA-256 and ledger entry), for the person who handed it over')
    .option('--force', 'replace an existing file at --receipt')
    .action(async (paths: string[], options: AddOptions, command: Command) => {
      const inputs = await Promise.all(paths.map(checkReadablePath));
      // Each handed-over path starts with its folder's name: two folders of one name would give two files one path.
      const folderNames = inputs.filter((input) => input.folder).map((input) => path.basename(path.resolve(input.path)));
      const repeated = folderNames.find((name, i) => folderNames.indexOf(name) !== i);
      if (repeated !== undefined) throw invalidField('path', `two folders named "${repeated}" are given: take each in by itself (its files' paths start with the folder's name)`, repeated);
      const json = wantsJson(command);
      const say = (line: string) => json || process.stdout.write(`${line}\n`);
      const outcome = await withDossier(command, async (dossier) => {
        const state: AddState = { skipped: [], already: 0, say, log: say };
        // The entries are read by the intake once the case is known to exist: an unknown case is refused first.
        const done = await takeIntoCase(dossier, dossier.config.actor, options.case, addEntries(dossier, inputs, options, state, json), {
          // Each line is an acknowledgement: the file is durable and logged once it is printed.
          onTaken: (result) => {
            state.single!.progress.stop();
            say(describe(result, state.single!.path));
          },
          // Text read now: a single file's images by OCR too, a folder's files only when cheap (intake.ts).
          then: {
            examine: 'text-now',
            onText: async (_result, text) => {
              // Worded by the evidence commands, loaded with the first text read, as the readers are.
              const { extractionInWords } = await import('./evidence.js');
              state.log(`  text: ${extractionInWords(text)}`);
            },
          },
        });
        const lookAlikes = await linkLookAlikes(dossier, done, options.case, say);
        let receipt: { file: string | null; sha256: string; ledgerSeq: number } | undefined;
        const { handover, skipped } = state;
        if (handover) {
          say(summary(done, skipped, state.already));
          const issued = await issueReceipt({ ...dossier, signer: noteSigner(dossier.dataDir.signerKey), origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey }, dossier.config.actor, handover);
          if (options.receipt) {
            await writeOutputFile('receipt', options.receipt, { force: options.force, protectedPaths: dossier.protectedPaths }, async (out) => void out.write(issued.note));
            receipt = { file: options.receipt, sha256: issued.sha256, ledgerSeq: issued.ledgerSeq };
            say(`Receipt written to ${options.receipt} (SHA-256 ${issued.sha256}, logged as ledger #${issued.ledgerSeq}); it verifies offline with: dossier verify ${options.receipt}`);
          } else {
            receipt = { file: null, sha256: issued.sha256, ledgerSeq: issued.ledgerSeq };
            say(`Receipt logged (ledger #${issued.ledgerSeq}); write it for the person who handed the material over with --receipt FILE.`);
          }
        }
        return { handover, done: done.map((result) => ({ ...result, lookAlikes: lookAlikes.get(result.item.id) ?? [] })), skipped, receipt };
      });
      if (json) print(command, outcome.handover ? { handover: outcome.handover, items: outcome.done, skipped: outcome.skipped, receipt: outcome.receipt } : outcome.done, () => '');
      if (outcome.skipped.some((s) => s.reason === 'unreadable' || s.reason === 'changed')) process.exitCode = PARTLY_TAKEN_EXIT;
    });
}

/** A path given, as checked: a folder to walk, or a file (or a named pipe) of this size. */
type AddInput = Awaited<ReturnType<typeof checkReadablePath>>;

/** What the command keeps while the intake reads its entries. */
interface AddState {
  handover?: Handover | undefined;
  skipped: { path: string; reason: string; detail: string }[];
  /** Files of a resumed handover taken before its interruption. */
  already: number;
  say: (line: string) => void;
  /** Lines are said above the folder's progress while a folder is taken, else straight out. */
  log: (line: string) => void;
  /** The single file being taken: its bar stops once it is taken, before its line (on a failure, as the intake stops). */
  single?: { path: string; progress: ByteProgress } | undefined;
}

/**
 * The intake's entries, one per path given, read once the case is known to exist: first the receipt's place is
 * checked and the handover opened (or resumed), so nothing is copied before.
 */
async function* addEntries(dossier: Dossier, inputs: readonly AddInput[], options: AddOptions, state: AddState, json: boolean): AsyncIterable<IntakeEntry> {
  const say = state.say;
  // Refuse a receipt that could not be written before a single byte is copied.
  if (options.receipt) await checkOutputPath('receipt', options.receipt, { force: options.force, protectedPaths: dossier.protectedPaths });
  const asHandover = inputs.some((input) => input.folder) || options.from !== undefined || options.medium !== undefined;
  const roots = inputs.filter((input) => input.folder).map((input) => pathText(Buffer.from(path.resolve(input.path))));
  // The same folders taken into the case again, after an intake that did not finish, continue it.
  const resumed = roots.length > 0 ? await unfinishedHandover(dossier.database, options.case, roots) : undefined;
  state.handover = resumed ?? (asHandover ? await openHandover(dossier, dossier.config.actor, { caseId: options.case, handedOverBy: options.from, medium: options.medium, note: options.note, roots }) : undefined);
  const alreadyTaken = resumed ? await takenUnder(dossier.database, resumed.id) : undefined;
  if (resumed) say(`Resuming handover ${resumed.id}, interrupted: ${alreadyTaken!.size} files were taken before and are not read again.`);
  else if (state.handover) say(`Handover ${state.handover.id} opened (ledger #${state.handover.ledgerSeq}).`);
  for (const input of inputs) {
    if (input.folder) {
      // Counted first, for the time left: only for someone watching (the walk is read again from the cache).
      const totals = process.stderr.isTTY && !json ? await folderTotals(input.path) : { files: 0, bytes: 0 };
      const progress = folderProgress(path.basename(path.resolve(input.path)), totals, say);
      state.log = progress.log;
      try {
        yield {
          folder: input.path,
          intake: { handoverId: state.handover!.id, source: options.source, note: options.note, alreadyTaken },
          onEvent: (event) => {
            if (event.kind === 'already') {
              state.already++;
              progress.advance(alreadyTaken?.get(event.path)?.size ?? 0);
            } else if (event.kind === 'skipped') {
              state.skipped.push({ path: event.path, reason: event.reason, detail: event.detail });
              progress.log(`SKIPPED ${event.path}: ${event.detail}`);
              if (event.reason === 'unreadable' || event.reason === 'changed') progress.advance(0);
            } else {
              progress.advance(event.result.item.size);
              progress.log(describe(event.result, event.path));
            }
          },
        };
      } finally {
        progress.stop();
        state.log = say;
      }
      continue;
    }
    const progress = byteProgress(path.basename(input.path), input.size);
    state.single = { path: input.path, progress };
    try {
      yield {
        originalName: input.path,
        source: options.source,
        note: options.note,
        content: { localFile: input.path },
        onProgress: (bytes) => progress.update(bytes),
        ...(state.handover ? { file: await handedOverFile(input.path, state.handover.id) } : {}),
      };
    } finally {
      progress.stop();
      state.single = undefined;
    }
  }
}

/**
 * The batch's images hashed once all are held (decoding is kept out of the intake loop), then linked to the
 * case's look-alikes in one look-up; an image that cannot be decoded is said, and stays held.
 */
async function linkLookAlikes(dossier: Dossier, done: readonly IngestResult[], caseId: string, say: (line: string) => void): Promise<Map<string, NewLookAlike[]>> {
  const images = done.filter((result) => isHashableImage(result.item.mediaType)).length;
  const progress = countProgress('Looking for look-alikes', images, 'images');
  const { linkings, failures } = await findLookAlikesOf(dossier, dossier.config.actor, done.map((result) => result.item), caseId, (n) => progress.update(n)).finally(() => progress.stop());
  const linked = linkings.filter((l) => l.linked.length > 0);
  if (linked.length > 0) say(`${linked.length} item${linked.length === 1 ? ' looks' : 's look'} like ones the case holds:`);
  for (const linking of linked) say(lookAlikeLine(linking));
  for (const failure of failures) say(`  not hashed (look-alikes) ${failure.evidenceId}: ${failure.reason}`);
  return new Map(linkings.map((l) => [l.evidenceId, l.linked]));
}

async function handedOverFile(file: string, handoverId: string) {
  const state = await fileState(Buffer.from(file), { followLink: true });
  return { handoverId, path: path.basename(file), modifiedAt: state.modifiedAt, createdAt: state.createdAt };
}

function summary(done: IngestResult[], skipped: { reason: string }[], already: number): string {
  const bytes = done.reduce((sum, r) => sum + r.item.size, 0);
  const count = (reason: string) => skipped.filter((s) => s.reason === reason).length;
  const notTaken = [
    count('symlink') && `${count('symlink')} symbolic links`,
    count('special') && `${count('special')} special files`,
    count('unreadable') && `${count('unreadable')} unreadable`,
    count('changed') && `${count('changed')} changed while read`,
  ].filter(Boolean);
  return (
    `Taken: ${done.length} files, ${bytes} bytes (${done.filter((r) => r.duplicate).length} already in the vault).` +
    (already ? ` ${already} taken before the interruption.` : '') +
    (notTaken.length ? ` Not taken: ${notTaken.join(', ')}.` : '') +
    (done.some((r) => r.item.mediaType.startsWith('image/')) ? ' Images are read by OCR with: dossier evidence extract-text --case ID.' : '')
  );
}

function describe(result: IngestResult, file: string): string {
  const state = result.duplicate ? 'already in vault, intake recorded' : 'stored';
  return `${result.item.sha256}  ${file}  (${result.item.id}, ${result.item.mediaType}, ${result.item.size} bytes, ${state}, ledger #${result.intake.ledgerSeq})`;
}

async function checkReadablePath(file: string): Promise<{ path: string; size: number; folder: boolean }> {
  try {
    const stat = await fsp.stat(file);
    if (stat.isDirectory()) {
      await fsp.access(file, fs.constants.R_OK | fs.constants.X_OK);
      return { path: file, size: 0, folder: true };
    }
    // A named pipe is accepted too, so another program can stream straight into the vault.
    if (!stat.isFile() && !stat.isFIFO()) throw new DossierError('FILE_UNREADABLE', `${file} is not a regular file or a folder`, { path: file });
    await fsp.access(file, fs.constants.R_OK);
    return { path: file, size: stat.size, folder: false };
  } catch (error) {
    if (error instanceof DossierError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable (permission denied)' : `cannot be read (${code})`;
    throw new DossierError('FILE_UNREADABLE', `${file} ${why}`, { path: file });
  }
}
