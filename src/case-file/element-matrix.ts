/**
 * The element ↔ evidence matrix: for every legal qualification of the case, each element of the crime with
 * its status and each evidence item that bears on it, directly or through a claim. A lawyer reads across
 * a row to find the file that supports an element, or sees at once that an element rests on nothing.
 */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../common/spreadsheet-safe.js';
import { qualificationKind } from '../qualifications/qualification-kind.js';
import { claimKind } from '../sources/claim-kind.js';
import { provision } from '../qualifications/catalogue.js';
import type { Database } from '../db/database.js';
import { listRecords } from '../records/record-query.js';
import type { RecordKind } from '../records/record-kind.js';
import type { RecordView } from '../records/record-store.js';

export const MATRIX_COLUMNS = [
  'qualification_id',
  'incident_id',
  'provision',
  'citation',
  'element_id',
  'element_kind',
  'element',
  'status',
  'evidence_id',
  'evidence_sha256',
  'bag_path',
  'via',
] as const;

interface ElementFinding {
  elementId: string;
  status: string;
  claimIds?: string[];
  evidenceIds?: string[];
}

export interface EvidenceInBag {
  sha256: string;
  /** Null when the profile leaves the file out. */
  bagPath: string | null;
}

async function allRecords(database: Database, kind: RecordKind<any>, caseId: string): Promise<RecordView[]> {
  const views: RecordView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRecords(database, kind, { caseIds: [caseId] }, { limit: 500, cursor, sort: 'date' });
    views.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return views;
}

/** The matrix as CSV: one row per element and evidence item; an element with no evidence has one row with none. */
export async function elementEvidenceMatrix(database: Database, caseId: string, evidence: ReadonlyMap<string, EvidenceInBag>): Promise<string> {
  const claims = new Map((await allRecords(database, claimKind, caseId)).map((claim) => [claim.id, claim]));
  const rows: string[][] = [];
  for (const qualification of await allRecords(database, qualificationKind, caseId)) {
    const law = provision(String(qualification.provision));
    const findings = new Map(((qualification.elements as ElementFinding[] | undefined) ?? []).map((finding) => [finding.elementId, finding]));
    for (const element of law.elements) {
      const finding = findings.get(element.id);
      const base = [qualification.id, String(qualification.incidentId), law.id, law.citation, element.id, element.kind, element.summary, finding?.status ?? 'unknown'];
      const supports = supportingEvidence(finding, claims);
      if (supports.length === 0) rows.push([...base, '', '', '', '']);
      for (const { evidenceId, via } of supports) {
        const item = evidence.get(evidenceId);
        rows.push([...base, evidenceId, item?.sha256 ?? '', item?.bagPath ?? '', via]);
      }
    }
  }
  // Read in spreadsheets by lawyers: a cell that would run as a formula is written as text.
  return stringify(rows.map((row) => row.map(spreadsheetSafe)), { header: true, columns: [...MATRIX_COLUMNS] });
}

function supportingEvidence(finding: ElementFinding | undefined, claims: ReadonlyMap<string, RecordView>): Array<{ evidenceId: string; via: string }> {
  const supports: Array<{ evidenceId: string; via: string }> = [];
  for (const evidenceId of finding?.evidenceIds ?? []) supports.push({ evidenceId, via: 'direct' });
  for (const claimId of finding?.claimIds ?? []) {
    for (const evidenceId of (claims.get(claimId)?.evidenceIds as string[] | undefined) ?? []) supports.push({ evidenceId, via: `claim ${claimId}` });
  }
  return supports;
}
