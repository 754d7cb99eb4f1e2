/** The review queue's calls to the API (src/server/routes/extractions.ts); thin, typed. */
import type { TextExtraction } from '../../../src/evidence/evidence-text.js';
import { api } from '../api.js';
import type { ProposalEdits } from './edit-values.js';
import type { CandidateReview, ExtractionAnswer, ExtractionSummary, ExtractionText, JobView } from './extraction-types.js';

const caseBase = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
const extractionBase = (caseId: string, id: string) => `${caseBase(caseId)}/extractions/${encodeURIComponent(id)}`;

export function startExtraction(caseId: string, evidenceId: string): Promise<JobView> {
  return api<JobView>('POST', `${caseBase(caseId)}/evidence/${encodeURIComponent(evidenceId)}/extractions`, {});
}

/** Reads an item's text again (a scan's pages by OCR); what was read, in the server's words (TextExtraction). */
export function readItemText(caseId: string, evidenceId: string): Promise<TextExtraction & { evidenceId: string }> {
  return api('POST', `${caseBase(caseId)}/evidence/${encodeURIComponent(evidenceId)}/text`, {});
}

export function itemExtractions(caseId: string, evidenceId: string): Promise<{ items: ExtractionSummary[]; running: JobView[] }> {
  return api('GET', `${caseBase(caseId)}/extractions?evidenceId=${encodeURIComponent(evidenceId)}`);
}

export function loadExtraction(caseId: string, id: string): Promise<ExtractionAnswer> {
  return api<ExtractionAnswer>('GET', extractionBase(caseId, id));
}

export function loadExtractionText(caseId: string, id: string): Promise<ExtractionText> {
  return api<ExtractionText>('GET', `${extractionBase(caseId, id)}/text`);
}

export function cancelExtraction(caseId: string, id: string): Promise<{ job: JobView }> {
  return api('POST', `${extractionBase(caseId, id)}/cancel`);
}

export type Decision = { action: 'accept'; edits?: ProposalEdits } | { action: 'corroborate'; incidentId: string } | { action: 'merge'; into: number } | { action: 'reject'; reason: string };

export function decide(caseId: string, id: string, number: number, decision: Decision): Promise<CandidateReview> {
  const { action, ...body } = decision;
  return api<CandidateReview>('POST', `${extractionBase(caseId, id)}/candidates/${number}/${action}`, body);
}
