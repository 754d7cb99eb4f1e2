/**
 * The one intake path: files taken into a case, logged, and their text read, whichever face asks (the upload
 * route, `dossier add`). The case is checked once; each file goes through the intake's two halves as it comes
 * (bytes durable in the vault, then its intake recorded and logged) and is acknowledged at once; what is read of
 * the files afterwards is decided here: queued for the background examinations (the server answers first), or
 * their text read now (the command line).
 */
import { getCase } from '../cases/cases.js';
import type { Database } from '../db/database.js';
import { failpoint } from '../common/failpoint.js';
import { evidenceWithIntakes, recordIntake, seenFrom, storeInCheckedCase, type EvidenceDeps, type IngestInput, type IngestResult } from './evidence.js';
import type { TextExtraction } from './evidence-text.js';
import { queueExaminations } from './examination-jobs.js';
import { takeFolder, type FolderIntake, type FolderIntakeEvent } from './folder-intake.js';

/** A file to take in: its bytes (streamed, or a file of this machine) and the words given with it. */
export type IntakeFile = Omit<IngestInput, 'caseId'>;

/** A handed-over folder, walked and taken in batches (folder-intake.ts); each of its events is told to `onEvent`. */
export interface IntakeFolder {
  folder: string;
  intake: Omit<FolderIntake, 'caseId'>;
  onEvent: (event: FolderIntakeEvent) => void | Promise<void>;
}

export type IntakeEntry = IntakeFile | IntakeFolder;

/** What is read of the files once taken in. */
export type AfterIntake =
  /** Everything (text, metadata, credentials, derivatives, look-alikes) by the background examinations; `onQueued` wakes a runner. */
  | { examine: 'later'; onQueued: () => void }
  /**
   * The text, now, file by file: a single file's images by OCR too; a folder's files only when cheap (a PDF's text
   * layer, a text document), as OCR of thousands of photos would hold the intake for hours. Told when read.
   */
  | { examine: 'text-now'; onText: (result: IngestResult, text: TextExtraction) => void | Promise<void> };

export interface IntakeOptions {
  then: AfterIntake;
  /**
   * The answer said from these cases (the uploader's readable ones): each item as they see it, and a duplicate
   * when they see more than one intake of it (a file held only by cases they cannot read is not one to them).
   * Without it, the results as recorded (a duplicate is bytes the vault held already).
   */
  seenFrom?: readonly string[];
  /** Told as each single file is taken (durable and logged): an acknowledgement. A folder's files go to its `onEvent`. */
  onTaken?: (result: IngestResult) => void | Promise<void>;
}

/** The evidence stores, and a temp folder for the text readers. */
export interface IntakeDeps extends EvidenceDeps {
  tmpDir: string;
}

/**
 * Takes the entries into the case, in their order; they are read one at a time, only once the case is known to
 * exist (an entry producer may prepare itself then: nothing is read before). A failure stops the intake: what was
 * taken before it stays taken and acknowledged, and nothing is examined.
 */
export async function takeIntoCase(deps: IntakeDeps, actor: string, caseId: string, entries: AsyncIterable<IntakeEntry> | Iterable<IntakeEntry>, options: IntakeOptions): Promise<IngestResult[]> {
  await getCase(deps, caseId);
  const readText = options.then.examine === 'text-now' ? textReader(deps, caseId, options.then.onText) : undefined;
  const taken: IngestResult[] = [];
  for await (const entry of entries) {
    if ('folder' in entry) {
      await takeFolder(deps, actor, { ...entry.intake, caseId }, entry.folder, async (event) => {
        if (event.kind === 'taken') taken.push(event.result);
        await entry.onEvent(event);
        if (event.kind === 'taken') await readText?.(event.result, { images: false });
      });
      continue;
    }
    const prepared = await storeInCheckedCase(deps, { ...entry, caseId });
    failpoint('intake:stored');
    const result = await deps.database.writeTransaction((trx) => recordIntake(deps, trx, actor, prepared));
    taken.push(result);
    await options.onTaken?.(result);
    await readText?.(result, { images: true });
  }
  const answer = options.seenFrom ? await asSeenFrom(deps.database, taken, options.seenFrom) : taken;
  if (options.then.examine === 'later' && taken.length > 0) {
    await queueExaminations(deps.database, taken.map(({ item }) => ({ evidenceId: item.id, caseId, actor })));
    options.then.onQueued();
  }
  return answer;
}

/** The results as the cases see their items, read back together once all are taken. */
async function asSeenFrom(database: Database, taken: readonly IngestResult[], caseIds: readonly string[]): Promise<IngestResult[]> {
  const held = await evidenceWithIntakes(database.db, taken.map(({ item }) => item.id));
  const seen = new Map((await seenFrom(database.db, [...held.values()], caseIds)).map((item) => [item.id, item]));
  return taken.map(({ item: { id }, intake }) => {
    const { intakes, ...item } = seen.get(id)!;
    return { item, intake, duplicate: intakes.length > 1 };
  });
}

/** Reads an item's text when it has some to read (OCR of images only if asked), and tells it. */
function textReader(deps: IntakeDeps, caseId: string, onText: (result: IngestResult, text: TextExtraction) => void | Promise<void>) {
  return async (result: IngestResult, options: { images: boolean }): Promise<void> => {
    const { mediaType } = result.item;
    if (!options.images && mediaType.startsWith('image/')) return;
    // A cheap first cut: most files of a handover (video, audio, archives) have no text, and need no reader loaded.
    if (!(mediaType === 'application/pdf' || mediaType.startsWith('text/') || mediaType.startsWith('image/'))) return;
    // The readers (pdf.js, html-to-text, tesseract) are loaded with the first item that has text, not with the intake.
    const { extractEvidenceText, hasExtractableText } = await import('./evidence-text.js');
    if (!hasExtractableText(mediaType)) return;
    await onText(result, await extractEvidenceText(deps, result.item, caseId));
  };
}
