/**
 * Takes in a web archive made by another tool (Browsertrix, ArchiveWeb.page, wget, warcio): checked
 * (every record and digest; for a WACZ every listed hash and the signature), refused if anything fails unless
 * the importer says to keep it anyway (a damaged archive can still be evidence, and its intake says it was
 * damaged), then taken in as one evidence item, and its pages' text made searchable, each page by its URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordIntake, storeEvidenceBytes, type EvidenceDeps, type EvidenceItem } from '../evidence/evidence.js';
import { checkWaczFile, type WaczCheck } from '../capture/wacz-check.js';
import { checkWarcFile, type WarcCheck, type WarcCheckOptions, type WarcRecordSummary } from '../capture/warc-check.js';
import { decodePayload, headerValue } from '../capture/http-head.js';
import { webArchiveKindOf, type WebArchiveKind } from '../capture/web-archive-kind.js';
import { DossierError, invalidField } from '../common/errors.js';
import { addEvidenceTexts, removeEvidenceTexts, type EvidenceText } from '../db/evidence-text-index.js';
import { htmlToText } from '../text/html-text.js';
import { makeWorkDir } from '../common/work-dir.js';

export interface WebArchiveImport {
  kind: WebArchiveKind;
  valid: boolean;
  item: EvidenceItem;
  duplicate: boolean;
  ledgerSeq: number;
  records: number;
  signature: 'verified' | 'failed' | 'unsigned' | 'not-applicable';
  errors: Array<{ code: string; message: string }>;
  warnings: Array<{ code: string; message: string }>;
  pagesIndexed: number;
}

/** Pages' HTML bigger than this is not read for its text (the archive keeps it whole). */
const MAX_HTML_BYTES = 5 * 1024 * 1024;
/** Nor is HTML that decodes (gzip, deflate, brotli) to more than this: real pages compress far less. */
const MAX_DECODED_HTML_BYTES = 8 * MAX_HTML_BYTES;
const MAX_PAGES = 10_000;

export async function importWebArchive(deps: EvidenceDeps, actor: string, file: string, caseId: string, options: { acceptInvalid?: boolean; name?: string; tmpDir?: string } = {}): Promise<WebArchiveImport> {
  const kind = webArchiveKindOf(file);
  if (!kind) throw invalidField('path', 'must be a .warc, .warc.gz or .wacz file', file);
  if (!(await fs.promises.stat(file).then((stat) => stat.isFile(), () => false))) throw invalidField('path', `${file} is not a file`, file);
  // The bytes are stored first and the stored copy is what is checked: what is taken in is exactly what was
  // checked, even if the file changes meanwhile. A refused archive leaves at most bytes nothing refers to.
  const prepared = await storeEvidenceBytes(deps, {
    caseId,
    originalName: options.name ?? file,
    content: fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  });
  const work = await makeWorkDir(options.tmpDir ?? os.tmpdir(), 'web-archive');
  try {
    const copy = path.join(work, path.basename(file));
    await deps.vault.copyTo(prepared.sha256, copy);
    const { check, pages, warc, wacz } = await checkArchive(kind, copy);
    const errors = check.errors.map(({ code, message }) => ({ code, message }));
    if (!check.valid && !options.acceptInvalid) {
      throw new DossierError('WEB_ARCHIVE_INVALID', `${file} does not verify, so it was not taken in (${errors.length} problem${errors.length === 1 ? '' : 's'}): ${errors.slice(0, 3).map((error) => error.message).join('; ')}`, {
        field: 'path',
        errors: errors.slice(0, 50),
      });
    }
    const signature = wacz ? (wacz.signature === 'unsigned' ? 'unsigned' : wacz.signature.status) : 'not-applicable';
    const records = warc ? warc.records.length : wacz!.warcs.reduce((sum, entry) => sum + entry.check.records.length, 0);
    const provenance = { webArchive: { kind, valid: check.valid, errorCodes: [...new Set(errors.map((error) => error.code))], signature, records, pages: pages.size } };
    // The intake and the pages' text are kept together; the same archive taken in again replaces its text.
    const { item, intake, duplicate, pagesIndexed } = await deps.database.writeTransaction(async (trx) => {
      const taken = await recordIntake(deps, trx, actor, { ...prepared, provenance });
      const texts: EvidenceText[] = [...pages].map(([url, text]) => ({ evidenceId: taken.item.id, caseId, origin: 'web-archive', locator: url, text }));
      await removeEvidenceTexts(trx, deps.database.engine, { evidenceId: taken.item.id, caseId, origin: 'web-archive' });
      await addEvidenceTexts(trx, deps.database.engine, texts);
      return { ...taken, pagesIndexed: texts.length };
    });
    return { kind, valid: check.valid, item, duplicate, ledgerSeq: intake.ledgerSeq, records, signature, errors, warnings: check.warnings.map(({ code, message }) => ({ code, message })), pagesIndexed };
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true });
  }
}

/** The archive checked, with its pages' text: a WACZ's own page list first, then pages found in the WARCs. */
async function checkArchive(kind: WebArchiveKind, file: string): Promise<{ check: WarcCheck | WaczCheck; pages: Map<string, string>; warc: WarcCheck | null; wacz: WaczCheck | null }> {
  const found = new Map<string, string>();
  const keepHtml: WarcCheckOptions = {
    payloads: {
      maxBytes: MAX_HTML_BYTES,
      accept: (record) => record.type === 'response' && (record.http?.status ?? 0) >= 200 && (record.http?.status ?? 0) < 300 && /text\/html|application\/xhtml/i.test(headerValue(record.http?.headers ?? [], 'content-type') ?? ''),
      receive: (record, payload) => keepPageText(found, record, payload),
    },
  };
  const warc = kind === 'warc' ? await checkWarcFile(file, keepHtml) : null;
  const wacz = kind === 'wacz' ? await checkWaczFile(file, { warc: () => keepHtml }) : null;
  const pages = new Map<string, string>();
  for (const page of wacz?.pages ?? []) if (page.text && pages.size < MAX_PAGES) pages.set(page.url, `${page.title ?? ''}\n${page.text}`);
  for (const [url, text] of found) if (!pages.has(url) && pages.size < MAX_PAGES) pages.set(url, text);
  return { check: (warc ?? wacz)!, pages, warc, wacz };
}

function keepPageText(pages: Map<string, string>, record: WarcRecordSummary, payload: Buffer): void {
  if (!record.targetUri || pages.has(record.targetUri) || !record.http || pages.size >= MAX_PAGES) return;
  try {
    const html = decodePayload(payload, record.http.headers, MAX_DECODED_HTML_BYTES).toString('utf8');
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
    const text = htmlToText(html);
    if (text) pages.set(record.targetUri, `${title}\n${text}`);
  } catch {
    // A payload that does not decode, or decodes to more than a page, has no text to index; the checker has
    // said what is wrong with a damaged one.
  }
}
