/**
 * Runs one queued web capture to the end: the page is captured in a temp folder of the data directory, its
 * WARC packaged as a signed WACZ, and the WACZ, the screenshot, the PDF and the visible text each taken in as
 * an evidence item of the case (one intake entry each, naming the capture). Then one `capture` entry records
 * the capture itself (URL and final URL as salted commitments, HTTP status, times, the items' hashes, the
 * browser, the signing key), and the page's text becomes searchable, pointing at the WACZ.
 */
import type { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { capturePage, type CaptureSettings, type PageCapture } from '../capture/browser-capture.js';
import { publicKeyFingerprint } from '../capture/wacz-signature.js';
import { writeWacz } from '../capture/wacz-writer.js';
import { DossierError } from '../common/errors.js';
import { addEvidenceTexts } from '../db/evidence-text-index.js';
import { recordIntake, storeEvidenceBytes, type EvidenceDeps, type EvidenceItem, type PreparedIntake } from '../evidence/evidence.js';
import { commitFields } from '../ledger/proofs/commitment.js';
import { suggestAtIntake } from '../sensitivity/intake-suggestions.js';
import { getCapture, markFailed, type WebCapture } from './captures.js';
import { makeWorkDir } from '../common/work-dir.js';
import { tellCaptureFinished } from './capture-notices.js';

export interface CaptureRunDeps extends EvidenceDeps {
  /** Where temp folders go: the data directory's tmp/, on the vault's filesystem. */
  tmpDir: string;
  signingKey: KeyObject;
}

export async function runCapture(deps: CaptureRunDeps, capture: WebCapture & { salt: string }, settings: CaptureSettings): Promise<WebCapture> {
  let work: string | undefined;
  try {
    work = await makeWorkDir(deps.tmpDir, 'capture');
    const page = await capturePage(capture.url, path.join(work, 'capture.warc.gz'), settings);
    await finish(deps, capture, page, work);
  } catch (error) {
    const known = error instanceof DossierError ? error : new DossierError('CAPTURE_FAILED', `the capture failed: ${(error as Error).message}`, { field: 'url' });
    await markFailed(deps.database, capture.id, { code: known.code, message: known.message });
  } finally {
    if (work) await fsp.rm(work, { recursive: true, force: true });
  }
  return getCapture(deps.database.db, capture.id);
}

async function finish(deps: CaptureRunDeps, capture: WebCapture & { salt: string }, page: PageCapture, work: string): Promise<void> {
  const stamp = page.startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const base = `${safeHost(page.finalUrl)}-${stamp}`;
  const waczFile = path.join(work, `${base}.wacz`);
  await writeWacz(waczFile, {
    warcFile: page.warcFile,
    created: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    title: page.metadata.title || page.finalUrl,
    pages: [{ url: page.finalUrl, ts: page.startedAt, title: page.metadata.title || null, text: page.text }],
    signingKey: deps.signingKey,
  });
  const files: Array<[keyof WebCapture['items'], string, Buffer | string]> = [
    ['wacz', `${base}.wacz`, waczFile],
    ['screenshot', `${base}.png`, page.screenshot],
    ['pdf', `${base}.pdf`, page.pdf],
    ['text', `${base}.txt`, Buffer.from(page.text, 'utf8')],
  ];
  // The bytes go into the vault first; then one transaction records the four intakes and the capture, so a
  // failure or a crash leaves no half of a capture (at most bytes in the vault that nothing refers to).
  const prepared: Array<[keyof WebCapture['items'], PreparedIntake]> = [];
  for (const [role, name, content] of files) {
    const input = {
      caseId: capture.caseId,
      originalName: name,
      source: capture.url,
      content: typeof content === 'string' ? fs.createReadStream(content) : [content],
      provenance: { captureId: capture.id, role },
    };
    prepared.push([role, await storeEvidenceBytes(deps, input)]);
  }
  await deps.database.writeTransaction(async (trx) => {
    const items = {} as Record<keyof WebCapture['items'], EvidenceItem>;
    for (const [role, intake] of prepared) items[role] = (await recordIntake(deps, trx, capture.requestedBy, intake)).item;
    const [entry] = await deps.ledger.append(trx, [
      {
        actor: capture.requestedBy,
        action: 'capture',
        subject: { case: capture.caseId, evidence: items.wacz.sha256 },
        details: {
          captureId: capture.id,
          committed: commitFields(capture.salt, { url: capture.url, finalUrl: page.finalUrl }),
          httpStatus: page.status,
          startedAt: page.startedAt,
          endedAt: page.endedAt,
          items: Object.fromEntries(Object.entries(items).map(([role, item]) => [role, { evidenceId: item.id, sha256: item.sha256, size: item.size }])),
          browser: page.browserVersion,
          requests: page.requests,
          bytes: page.bytes,
          refusedRequests: page.refused.length,
          failedRequests: page.failed.length,
          waczSigningKey: publicKeyFingerprint(deps.signingKey),
        },
      },
    ]);
    await trx
      .updateTable('web_captures')
      .set({
        state: 'done',
        ended_at: page.endedAt,
        final_url: page.finalUrl,
        http_status: page.status,
        wacz_evidence_id: items.wacz.id,
        screenshot_evidence_id: items.screenshot.id,
        pdf_evidence_id: items.pdf.id,
        text_evidence_id: items.text.id,
        metadata: JSON.stringify({ page: page.metadata, notes: page.notes, refused: page.refused, failed: page.failed }),
        ledger_seq: entry!.seq,
        lease_until: null,
        error_code: null,
        error_message: null,
      })
      .where('id', '=', capture.id)
      .execute();
    // A page its server says is gone (404, 410) suggests the source deleted it; its title may tell of violence.
    for (const item of Object.values(items)) await suggestAtIntake(trx, capture.caseId, { kind: 'evidence', id: item.id }, { title: page.metadata.title, httpStatus: page.status });
    await addEvidenceTexts(trx, deps.database.engine, [{ evidenceId: items.wacz.id, caseId: capture.caseId, origin: 'web-page', locator: page.finalUrl, text: `${page.metadata.title}\n${page.text}` }]);
    await tellCaptureFinished(trx, { id: capture.id, caseId: capture.caseId, requestedBy: capture.requestedBy }, 'done');
  });
}

/** The host, as a file-name part: letters, digits, dots and dashes only. */
function safeHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 80) || 'page';
  } catch {
    return 'page';
  }
}
