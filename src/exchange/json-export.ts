import type { Writable } from 'node:stream';
import { RECORD_KIND_LIST } from '../app/record-kinds.js';
import { getCase, type Case } from '../cases/cases.js';
import { listEvidence, type EvidenceItem } from '../evidence/evidence.js';
import { listRecords } from '../records/record-query.js';
import type { RecordDeps, RecordView } from '../records/record-store.js';
import { VOCABULARY_VERSION } from '../vocab/vocabularies.js';
import { stringSink, writeText } from './export-support.js';

/**
 * The whole case as JSON: every record of every kind as the API shows it (with its revision and stamps),
 * and the evidence items linked to the case. Nothing is dropped, so this is the format for moving a case
 * between Dossier instances or archiving it. It includes confidential and restricted sources: it is not a
 * public export.
 */
export interface CaseExport {
  format: 'dossier-case';
  version: 1;
  case: Case;
  vocabularyVersion: string;
  /** Keyed by the kind's plural in camelCase: incidents, acts, victimGroups, … contextEvents. */
  records: Record<string, RecordView[]>;
  evidence: EvidenceItem[];
}

const PAGE = 500;

/** The key a kind's records are listed under: "victim-groups" → "victimGroups". */
export function recordsKey(plural: string): string {
  return plural.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** How an export that leaves the team changes records and evidence items (see case-file profiles). */
export interface CaseJsonRedaction {
  record(view: RecordView): RecordView;
  evidence(items: EvidenceItem[]): EvidenceItem[];
}

const KEEP_ALL: CaseJsonRedaction = { record: (view) => view, evidence: (items) => items };

/** Writes the case export as JSON text to `out`, reading one page of records at a time. `out` is not ended. */
export async function writeCaseJson(
  deps: Pick<RecordDeps, 'database'>,
  caseId: string,
  out: Writable,
  redaction: CaseJsonRedaction = KEEP_ALL,
): Promise<{ records: Record<string, number> }> {
  const found = await getCase(deps, caseId);
  const counts: Record<string, number> = {};
  const write = (text: string) => writeText(out, text);
  await write(`{"format":"dossier-case","version":1,"case":${JSON.stringify(found)},"vocabularyVersion":${JSON.stringify(VOCABULARY_VERSION)},"records":{`);
  for (const [k, kind] of RECORD_KIND_LIST.entries()) {
    const key = recordsKey(kind.plural);
    counts[key] = 0;
    await write(`${k === 0 ? '' : ','}${JSON.stringify(key)}:[`);
    let cursor: string | undefined;
    do {
      const page = await listRecords(deps.database, kind, { caseIds: [caseId] }, { limit: PAGE, cursor, sort: 'date' });
      if (page.items.length > 0) await write(`${counts[key] === 0 ? '' : ','}${page.items.map((item) => JSON.stringify(redaction.record(item))).join(',')}`);
      counts[key] += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    await write(']');
  }
  const evidence = redaction.evidence(await listEvidence(deps, { caseId }));
  await write(`},"evidence":${JSON.stringify(evidence)}}`);
  return { records: counts };
}

/** The case export as an object, for small cases and tests. */
export async function exportCaseJson(deps: Pick<RecordDeps, 'database'>, caseId: string): Promise<CaseExport> {
  const { sink, text } = stringSink();
  await writeCaseJson(deps, caseId, sink);
  return JSON.parse(text()) as CaseExport;
}
