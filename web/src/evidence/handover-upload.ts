/**
 * Sending a dropped folder as a handover: open it, send its files a few at a time with their path and modified
 * time, and, when a request fails, find out from the handover which of its files were recorded and send the
 * others one by one, so that what was not taken is known file by file. Transport only; the choices are in
 * handover-batches.ts.
 */
import type { Handover, HandoverFile } from '../../../src/evidence/handover-types.js';
import { api, errorText, uploadForm } from '../api.js';
import type { FolderFile, UnreadFile } from './folder-entries.js';
import { advance, batches, splitBySent, startProgress, type HandoverProgress } from './handover-batches.js';

/** A handover as the API answers it, with its files: never who handed it over. */
export type HandoverView = Handover & { files: HandoverFile[] };

export interface HandoverDetails {
  handedOverBy: string;
  medium: string;
  note: string;
}

const handoversPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/handovers`;

export function listHandovers(caseId: string): Promise<HandoverView[]> {
  return api<{ items: HandoverView[] }>('GET', handoversPath(caseId)).then((r) => r.items);
}

export async function sendHandover(caseId: string, details: HandoverDetails, files: FolderFile[], onProgress: (progress: HandoverProgress) => void): Promise<{ handover: HandoverView; notSent: UnreadFile[] }> {
  const opened = await api<HandoverView>('POST', handoversPath(caseId), details);
  const notSent: UnreadFile[] = [];
  let progress = startProgress(files);
  onProgress(progress);
  const send = async (batch: FolderFile[]) => {
    const bytes = batch.reduce((sum, f) => sum + f.file.size, 0);
    await uploadForm(`/cases/${encodeURIComponent(caseId)}/evidence`, handoverForm(opened.id, batch), (fraction) => onProgress({ ...progress, bytesDone: progress.bytesDone + Math.round(fraction * bytes) }));
  };
  for (const batch of batches(files)) {
    try {
      await send(batch);
    } catch (caught) {
      if (batch.length === 1) notSent.push({ path: batch[0]!.path, reason: errorText(caught) });
      else {
        // The files before the failure are recorded: only the others are sent again, each alone, to learn which fails.
        const held = await getHandover(caseId, opened.id).then((h) => h.files.map((f) => f.path), () => []);
        for (const file of splitBySent(batch, held).unsent) await send([file]).catch((again: unknown) => notSent.push({ path: file.path, reason: errorText(again) }));
      }
    }
    progress = advance(progress, batch);
    onProgress(progress);
  }
  return { handover: await getHandover(caseId, opened.id), notSent };
}

export function getHandover(caseId: string, id: string): Promise<HandoverView> {
  return api<HandoverView>('GET', `${handoversPath(caseId)}/${encodeURIComponent(id)}`);
}

export function receiptPath(caseId: string, id: string): string {
  return `${handoversPath(caseId)}/${encodeURIComponent(id)}/receipt`;
}

/** Each file after its own path and modified time, as the upload route reads them (src/server/upload-fields.ts). */
function handoverForm(handoverId: string, batch: FolderFile[]): FormData {
  const form = new FormData();
  form.append('handoverId', handoverId);
  for (const { path, file } of batch) {
    form.append('path', path);
    form.append('modifiedAt', new Date(file.lastModified).toISOString());
    form.append('file', file, file.name);
  }
  return form;
}
