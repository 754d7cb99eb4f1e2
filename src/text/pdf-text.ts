/**
 * The text layer of a PDF, page by page, read with Mozilla's PDF.js (no system tools needed). A scanned PDF
 * has no text layer: its pages come back empty, and say so by their emptiness.
 *
 * PDF text comes as positioned pieces in visual order, often a glyph at a time for Arabic, in presentation
 * forms. Pieces are put back into lines by position, spaced by the gaps between them, right-to-left lines
 * are turned into reading order, and presentation forms are folded to letters (NFKC), so that Arabic words
 * can be searched.
 */
import fs from 'node:fs/promises';

export interface PageText {
  /** 1-based. */
  page: number;
  text: string;
  /** Where the text came from: the PDF's text layer, or OCR of the page drawn as an image (a scan). */
  from: 'text-layer' | 'ocr';
}

export interface PdfReadOptions {
  /** Reads a page that has no text layer (a scan), given the page drawn as a PNG; null when nothing was read. */
  ocr?: (png: Buffer, page: number) => Promise<string | null>;
  /** At most this many pages are drawn for OCR (each takes seconds). */
  maxOcrPages?: number;
}

/** A page with less text than this has no real text layer: a scan, perhaps with a stamp or page number. */
const SCANNED_BELOW_CHARS = 20;
/** Pages are drawn at twice their size for OCR: about 150 dpi for A4, enough for tesseract. */
const OCR_SCALE = 2;

interface Piece {
  text: string;
  rtl: boolean;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** More pages than this are not read (the item keeps them all): a text index is not the place for a library. */
export const MAX_PDF_PAGES = 2000;

export async function pdfPageTexts(file: string, options: PdfReadOptions = {}): Promise<PageText[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await fs.readFile(file));
  const document = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    let drawn = 0;
    for (let number = 1; number <= Math.min(document.numPages, MAX_PDF_PAGES); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        pieces.push({ text: item.str, rtl: item.dir === 'rtl', x, y, width: item.width, size: Math.hypot(a, b) || 10 });
      }
      const text = linesOf(pieces).join('\n').normalize('NFKC').trim();
      if (text.length < SCANNED_BELOW_CHARS && options.ocr && drawn < (options.maxOcrPages ?? 100)) {
        drawn++;
        // A page that cannot be drawn (no canvas on this machine) keeps what its text layer had.
        const png = await drawPage(document, page).catch(() => null);
        const read = png ? await options.ocr(png, number) : null;
        pages.push(read && read.trim().length > text.length ? { page: number, text: read.trim(), from: 'ocr' } : { page: number, text, from: 'text-layer' });
      } else {
        pages.push({ page: number, text, from: 'text-layer' });
      }
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<(typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** The page drawn as a PNG, with the canvas PDF.js uses in node (@napi-rs/canvas). */
async function drawPage(document: PdfDocument, page: PdfPage): Promise<Buffer> {
  const viewport = page.getViewport({ scale: OCR_SCALE });
  const factory = (document as unknown as { canvasFactory: { create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown } } }).canvasFactory;
  const drawn = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: drawn.context, canvas: drawn.canvas, viewport } as unknown as Parameters<PdfPage['render']>[0]).promise;
  return drawn.canvas.toBuffer('image/png');
}

/** Pieces grouped into lines (top to bottom), each line in reading order. */
export function linesOf(pieces: readonly Piece[]): string[] {
  const lines: Piece[][] = [];
  for (const piece of [...pieces].sort((p, q) => q.y - p.y || p.x - q.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - piece.y) <= line[0]!.size * 0.3) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => readingOrder(line.sort((p, q) => p.x - q.x)));
}

/** A line given left to right, as read: a line mostly right-to-left has its runs reversed, each Arabic run too. */
function readingOrder(line: readonly Piece[]): string {
  const spaced: Array<{ text: string; rtl: boolean }> = [];
  for (const [i, piece] of line.entries()) {
    const previous = line[i - 1];
    if (previous && piece.x - (previous.x + previous.width) > piece.size * 0.15) spaced.push({ text: ' ', rtl: false });
    spaced.push({ text: piece.text, rtl: piece.rtl });
  }
  const rtlLetters = spaced.filter((piece) => piece.rtl).reduce((sum, piece) => sum + piece.text.length, 0);
  const allLetters = spaced.reduce((sum, piece) => sum + piece.text.trim().length, 0);
  if (rtlLetters * 2 <= allLetters) return spaced.map((piece) => piece.text).join('');
  // Spaces and other neutral pieces take the direction of their neighbours when both agree, else the line's.
  const strong = spaced.map((piece) => (piece.text.trim() === '' ? null : piece.rtl));
  const direction = strong.map((value, i) => {
    if (value !== null) return value;
    const before = strong.slice(0, i).reverse().find((found) => found !== null);
    const after = strong.slice(i + 1).find((found) => found !== null);
    return before === false && after === false ? false : true;
  });
  const runs: Array<{ rtl: boolean; texts: string[] }> = [];
  for (const [i, piece] of spaced.entries()) {
    const last = runs[runs.length - 1];
    if (last && last.rtl === direction[i]) last.texts.push(piece.text);
    else runs.push({ rtl: direction[i]!, texts: [piece.text] });
  }
  return runs
    .reverse()
    // PDF.js gives each right-to-left piece's own letters in reading order already; only the pieces are reordered.
    .map((run) => (run.rtl ? [...run.texts].reverse().join('') : run.texts.join('')))
    .join('');
}
