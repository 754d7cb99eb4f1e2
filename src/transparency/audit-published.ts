/**
 * `dossier log audit`: audits a published log from a directory or a URL with nothing but the log's key
 * (and witnesses' keys), then keeps the head it audited so the next run is incremental. The state is
 * written only after a successful audit: a failed one leaves the last good head in place.
 */
import { auditTiles, type TileAudit } from '../ledger/proofs/tile-audit.js';
import { defaultStateFile, readAuditState, writeAuditState } from './audit-state.js';
import { tileSource } from './tile-source.js';

export interface PublishedLogAudit extends TileAudit {
  source: string;
  stateFile: string;
}

export interface AuditRequest {
  source: string;
  verifierKey: string;
  witnessKeys?: readonly string[];
  witnessesRequired?: number;
  stateFile?: string;
  full?: boolean;
  fetch?: typeof fetch;
  onProgress?: (leavesChecked: number, treeSize: number) => void;
}

export async function auditPublishedLog(request: AuditRequest): Promise<PublishedLogAudit> {
  const stateFile = request.stateFile ?? defaultStateFile(request.verifierKey);
  const previous = await readAuditState(stateFile);
  const audit = await auditTiles(tileSource(request.source, request.fetch), {
    verifierKey: request.verifierKey,
    previous,
    ...(request.witnessKeys && { witnessKeys: request.witnessKeys }),
    ...(request.witnessesRequired !== undefined && { witnessesRequired: request.witnessesRequired }),
    ...(request.full !== undefined && { full: request.full }),
    ...(request.onProgress && { onProgress: request.onProgress }),
  });
  await writeAuditState(stateFile, audit.head);
  return { ...audit, source: request.source, stateFile };
}
