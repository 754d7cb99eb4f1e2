/**
 * The text layer of a PDF, page by page, read with Mozilla's PDF.js (no system tools needed). A scanned PDF
 * has no text layer: its pages come back empty, and say so by their emptiness.
 */
import fs from 'node:fs/promises';

export interface PageText {
  /** 1-based. */
  page: number;
  text: string;
}

/** More pages than this are not read (the item keeps them all): a text index is not the place for a library. */
export const MAX_PDF_PAGES = 2000;

export async function pdfPageTexts(file: string): Promise<PageText[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await fs.readFile(file));
  const document = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= Math.min(document.numPages, MAX_PDF_PAGES); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .normalize('NFKC')
        .replace(/[ \t]+\n/g, '\n')
        .trim();
      pages.push({ page: number, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
