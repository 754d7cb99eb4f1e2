/**
 * The text an extraction reads, with its pages: a file given by path (a PDF's text layer page by page, an
 * HTML page's text, a plain text file), or an evidence item of the case by the text Dossier already holds for
 * it (PDF text layers, OCR, captured pages). Pages are joined by a blank line, so a page never runs into the
 * next one's sentence, and every span can be given as a page and a place on it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DossierError, invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import { getEvidenceInCase } from '../evidence/evidence.js';
import { htmlToText } from '../text/html-text.js';
import { pdfPageTexts } from '../text/pdf-text.js';

export interface SourcePage {
  /** "page 3", or the item's own locator (a captured page's URL). */
  locator: string;
  start: number;
  end: number;
}

export interface ExtractionSource {
  text: string;
  pages: SourcePage[];
}

const PAGE_BREAK = '\n\n';

function joined(parts: { locator: string; text: string }[]): ExtractionSource {
  let text = '';
  const pages: SourcePage[] = [];
  for (const part of parts) {
    if (text !== '') text += PAGE_BREAK;
    pages.push({ locator: part.locator, start: text.length, end: text.length + part.text.length });
    text += part.text;
  }
  return { text, pages };
}

export async function sourceOfFile(file: string): Promise<ExtractionSource> {
  const bytes = await fs.readFile(file);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const pages = await pdfPageTexts(file);
    if (pages.every((page) => page.text.trim() === '')) {
      throw invalidField('path', `${file} has no text layer (a scanned document): take it in as evidence (dossier add) so its pages are read by OCR, then extract from the evidence item`, file);
    }
    return joined(pages.map((page) => ({ locator: `page ${page.page}`, text: page.text })));
  }
  if (bytes.includes(0)) throw invalidField('path', `${file} is not text, a PDF or an HTML page; extraction reads text`, file);
  const text = bytes.toString('utf8');
  return joined([{ locator: 'page 1', text: extension === '.html' || extension === '.htm' ? htmlToText(text) : text }]);
}

/** The text Dossier holds for an evidence item of this case, in page order, with the item it is of. */
export async function sourceOfEvidence(database: Database, caseId: string, ref: string): Promise<ExtractionSource & { item: { id: string; sha256: string } }> {
  const item = await getEvidenceInCase({ database }, caseId, ref, 'evidenceId');
  const rows = await database.db.selectFrom('evidence_texts').select(['locator', 'part', 'text', 'id']).where('evidence_id', '=', item.id).where('case_id', '=', caseId).execute();
  if (rows.length === 0) {
    throw new DossierError('EVIDENCE_HAS_NO_TEXT', `evidence ${item.id} has no text yet (a scan, an image or a video): read it by OCR first (dossier evidence extract-text, or POST …/evidence/${item.id}/text), then extract`, { field: 'evidenceId', value: item.id });
  }
  // Parts of one page (a long page is kept in parts) follow each other; pages in their order.
  const pageNumber = (locator: string) => Number(/^page (\d+)$/.exec(locator)?.[1] ?? Number.MAX_SAFE_INTEGER);
  rows.sort((a, b) => pageNumber(a.locator) - pageNumber(b.locator) || a.part - b.part || (a.id < b.id ? -1 : 1));
  const pages: { locator: string; text: string }[] = [];
  for (const row of rows) {
    const last = pages.at(-1);
    if (last && last.locator === row.locator) last.text += row.text;
    else pages.push({ locator: row.locator, text: row.text });
  }
  return { ...joined(pages), item: { id: item.id, sha256: item.sha256 } };
}

/** The page a span starts on, and where on that page (characters from its start). */
export function locate(source: ExtractionSource, start: number, end: number): { locator: string; start: number; end: number } | null {
  const page = source.pages.find((p) => start >= p.start && start <= p.end);
  return page ? { locator: page.locator, start: start - page.start, end: end - page.start } : null;
}
