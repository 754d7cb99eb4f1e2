/**
 * Text found in an evidence item, made searchable for the case it was taken into: a PDF's text layer page by
 * page, an image's text by OCR (English and Arabic). The item's bytes are copied out of the vault to a temp
 * file for the reader programs; the index rows are replaced, so extracting again never doubles them.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { htmlToText } from '../text/html-text.js';
import { addEvidenceTexts, removeEvidenceTexts, type EvidenceText } from '../db/evidence-text-index.js';
import type { Database } from '../db/database.js';
import { ocrImage } from '../text/ocr.js';
import { pdfPageTexts } from '../text/pdf-text.js';
import type { BlobStore } from '../vault/blob-store.js';
import type { EvidenceItem } from './evidence.js';
import { makeWorkDir } from '../common/work-dir.js';
import type { Wording } from '../common/wording.js';
import { evidenceTextWordings } from './evidence-text-wordings.js';

export interface TextExtractionDeps {
  database: Database;
  vault: BlobStore;
  tmpDir: string;
}

export type TextExtraction =
  | { status: 'indexed'; origin: 'pdf' | 'ocr' | 'text'; parts: number; characters: number }
  | { status: 'no-text'; origin: 'pdf' | 'ocr' | 'text' }
  | { status: 'not-applicable' }
  /** `reasonWording` says `reason` by code (evidence-text-wordings.ts, src/media/tool-wordings.ts). */
  | { status: 'unavailable' | 'failed'; origin: 'pdf' | 'ocr' | 'text'; reason: string; reasonWording: Wording };

/** Images tesseract reads (through leptonica). */
const OCR_TYPES = new Set(['image/png', 'image/jpeg', 'image/tiff', 'image/bmp', 'image/gif', 'image/webp']);

/** Documents that are text already: read whole, up to a size a report has (a larger one is a data dump, not prose). */
const TEXT_TYPES = new Set(['text/plain', 'text/html', 'text/markdown']);
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

const notRead = (status: 'unavailable' | 'failed', origin: 'pdf' | 'ocr' | 'text', wording: Wording): TextExtraction => ({ status, origin, reason: wording.text, reasonWording: wording });

export function hasExtractableText(mediaType: string): boolean {
  return mediaType === 'application/pdf' || OCR_TYPES.has(mediaType) || TEXT_TYPES.has(mediaType);
}

export async function extractEvidenceText(deps: TextExtractionDeps, item: Pick<EvidenceItem, 'id' | 'sha256' | 'mediaType'>, caseId: string): Promise<TextExtraction> {
  if (!hasExtractableText(item.mediaType)) return { status: 'not-applicable' };
  if (TEXT_TYPES.has(item.mediaType)) return indexTextDocument(deps, item, caseId);
  const origin = item.mediaType === 'application/pdf' ? 'pdf' : 'ocr';
  const work = await makeWorkDir(deps.tmpDir, 'text');
  try {
    const file = path.join(work, origin === 'pdf' ? 'item.pdf' : 'item.img');
    await deps.vault.copyTo(item.sha256, file);
    let texts: EvidenceText[];
    if (origin === 'pdf') {
      // A scanned page (no text layer) is drawn and read by OCR, when tesseract is here.
      const ocr = async (png: Buffer, page: number) => {
        const image = path.join(work, `page-${page}.png`);
        await fsp.writeFile(image, png);
        const read = await ocrImage(image);
        await fsp.rm(image, { force: true });
        return read.status === 'read' ? read.text : null;
      };
      const pages = await pdfPageTexts(file, { ocr }).catch((error: Error) => error);
      if (pages instanceof Error) return notRead('failed', origin, evidenceTextWordings.say('pdfUnreadable', { problem: pages.message }));
      texts = pages.map((page) => ({ evidenceId: item.id, caseId, origin: page.from === 'ocr' ? 'ocr' : 'pdf', locator: `page ${page.page}`, text: page.text }));
    } else {
      const read = await ocrImage(file);
      if (read.status !== 'read') return notRead(read.status, origin, read.wording);
      texts = [{ evidenceId: item.id, caseId, origin, locator: 'image', text: read.text }];
    }
    const found = texts.filter((text) => text.text.trim().length > 0);
    await deps.database.writeTransaction(async (trx) => {
      // A PDF's scanned pages are indexed as OCR: both go before the item is indexed again.
      for (const previous of origin === 'pdf' ? ['pdf', 'ocr'] : [origin]) await removeEvidenceTexts(trx, deps.database.engine, { evidenceId: item.id, caseId, origin: previous });
      await addEvidenceTexts(trx, deps.database.engine, found);
    });
    if (found.length === 0) return { status: 'no-text', origin };
    return { status: 'indexed', origin, parts: found.length, characters: found.reduce((sum, text) => sum + text.text.length, 0) };
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

/** A text or HTML document indexed as it is (HTML by its visible text), as one passage located as "text". */
async function indexTextDocument(deps: TextExtractionDeps, item: Pick<EvidenceItem, 'id' | 'sha256' | 'mediaType'>, caseId: string): Promise<TextExtraction> {
  const size = await deps.vault.size(item.sha256);
  if (size > MAX_TEXT_BYTES) return notRead('unavailable', 'text', evidenceTextWordings.say('tooLarge', { size, max: MAX_TEXT_BYTES }));
  const chunks: Buffer[] = [];
  for await (const chunk of await deps.vault.read(item.sha256)) chunks.push(Buffer.from(chunk as Uint8Array));
  const bytes = Buffer.concat(chunks);
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const text = item.mediaType === 'text/html' ? htmlToText(decoded) : decoded;
  await deps.database.writeTransaction(async (trx) => {
    await removeEvidenceTexts(trx, deps.database.engine, { evidenceId: item.id, caseId, origin: 'text' });
    if (text.trim()) await addEvidenceTexts(trx, deps.database.engine, [{ evidenceId: item.id, caseId, origin: 'text', locator: 'text', text }]);
  });
  return text.trim() ? { status: 'indexed', origin: 'text', parts: 1, characters: text.length } : { status: 'no-text', origin: 'text' };
}
