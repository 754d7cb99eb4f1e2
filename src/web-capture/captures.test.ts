import { describe, expect, it } from 'vitest';
import type { WebCapturesTable } from '../db/schema.js';
import { toCapture } from './captures.js';

const ROW: WebCapturesTable = {
  id: 'cap_01jf3k8x2m4n6p8q0r2s4t6v8w',
  case_id: 'syria-2016',
  url: 'https://example.org/video/123',
  requested_at: '2026-03-01T09:00:00.000Z',
  requested_by: 'user:rana/token:tok_7',
  state: 'done',
  runner: null,
  lease_until: null,
  attempts: 2,
  started_at: '2026-03-01T09:00:01.000Z',
  ended_at: '2026-03-01T09:00:40.000Z',
  final_url: 'https://example.org/video/123?ref=x',
  http_status: 200,
  error_code: null,
  error_message: null,
  wacz_evidence_id: 'ev_1',
  screenshot_evidence_id: 'ev_2',
  pdf_evidence_id: null,
  text_evidence_id: 'ev_3',
  metadata: '{"title":"مجزرة","lang":"ar"}',
  salt: 'c2FsdA',
  ledger_seq: 88,
};

describe('a web capture as the API shows it', () => {
  it('shows the items it made, its page metadata and its ledger entry, and never its salt or lease', () => {
    const capture = toCapture(ROW);
    expect(capture).toEqual({
      id: ROW.id,
      caseId: 'syria-2016',
      url: 'https://example.org/video/123',
      requestedAt: '2026-03-01T09:00:00.000Z',
      requestedBy: 'user:rana/token:tok_7',
      state: 'done',
      attempts: 2,
      startedAt: '2026-03-01T09:00:01.000Z',
      endedAt: '2026-03-01T09:00:40.000Z',
      finalUrl: 'https://example.org/video/123?ref=x',
      httpStatus: 200,
      error: null,
      items: { wacz: 'ev_1', screenshot: 'ev_2', pdf: null, text: 'ev_3' },
      metadata: { title: 'مجزرة', lang: 'ar' },
      ledgerSeq: 88,
    });
  });

  it('reads counts PostgreSQL returns as text as numbers, and an error by its code', () => {
    const failed = toCapture({ ...ROW, state: 'failed', attempts: '3' as unknown as number, http_status: '404' as unknown as number, ledger_seq: null, metadata: null, error_code: 'CAPTURE_FAILED', error_message: null });
    expect(failed).toMatchObject({ attempts: 3, httpStatus: 404, ledgerSeq: null, metadata: null, error: { code: 'CAPTURE_FAILED', message: '' } });
    expect(toCapture({ ...ROW, http_status: null }).httpStatus).toBeNull();
  });
});
