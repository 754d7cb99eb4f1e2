/**
 * A handover as the API answers it: plain types with no imports, so the web app shares them. Who handed the
 * material over is never in them, only whether there is a name.
 */
export interface Handover {
  id: string;
  caseId: string;
  receivedAt: string;
  receivedBy: string;
  medium: string | null;
  note: string | null;
  /** Only whether there is a name: it is read with readHandedOverBy, each read logged. */
  hasHandedOverBy: boolean;
  ledgerSeq: number;
  /** The ledger entry of the last receipt issued; null while the intake is not finished. */
  receiptSeq: number | null;
}

/** A file taken under a handover: its path as handed over, and what the intake logged. */
export interface HandoverFile {
  path: string;
  size: number;
  sha256: string;
  ledgerSeq: number;
  evidenceId: string;
}
