import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { looksLikeFormula, neutralisedInWords, spreadsheetSafe } from '../common/spreadsheet-safe.js';
import type { RecordFilter } from '../records/record-query.js';
import type { RecordDeps } from '../records/record-store.js';
import { acledRowsFor } from './acled-rows.js';
import { ACLED_COLUMNS } from './acled-format.js';
import { forEachIncidentPage, RecordCache, referencedIds, stringSink, writeText } from './export-support.js';
import { LossTally } from './losses.js';

export interface AcledExportOptions {
  /** Narrows the incidents exported (the case is always the one given). */
  filter?: RecordFilter | undefined;
  /** Coarsen protected sites and exact sites to the settlement, for exports that leave the team. */
  coarsen?: boolean | undefined;
  /**
   * Cells as the case has them, for pipelines. By default a cell a spreadsheet would run as a formula (an actor
   * named `=cmd|…`) is written with a leading apostrophe, and the notes count them.
   */
  raw?: boolean | undefined;
}

export interface AcledExportResult {
  /** Data rows written, the header excluded. */
  rows: number;
  /** Every lossy step, with counts: what the CSV does not say that the case does. */
  losses: string[];
}

/**
 * Writes a case's incidents as ACLED-compatible CSV (31 columns, header first; one row per place and day;
 * fatalities the lowest figure) to `out`, one page of incidents at a time, waiting when `out` is full.
 * `out` is not ended, so a caller can append or close it as it likes.
 */
export async function writeAcledCsv(deps: RecordDeps, caseId: string, out: Writable, options: AcledExportOptions = {}): Promise<AcledExportResult> {
  const losses = new LossTally();
  const cache = new RecordCache(deps.database, caseId);
  const gazetteer = deps.gazetteer;
  if (!gazetteer) losses.note('gazetteer', 'no gazetteer was available: admin1/admin2/admin3 names and P-code-only places are left empty');
  let rows = 0;
  await writeText(out, stringify([[...ACLED_COLUMNS]]));
  await forEachIncidentPage(deps.database, caseId, options.filter, async (files) => {
    await cache.load(files.flatMap(referencedIds));
    const page = files.flatMap((file) =>
      acledRowsFor(file, { gazetteer, lookup: (id) => cache.get(id), coarsen: options.coarsen === true, losses }),
    );
    rows += page.length;
    const cells = page.map((row) => ACLED_COLUMNS.map((column) => row[column]));
    if (!options.raw) {
      const formulas = cells.reduce((n, line) => n + line.filter(looksLikeFormula).length, 0);
      losses.add('formulas', (n) => neutralisedInWords(n, '--raw, or raw=true in the API,'), formulas);
      if (formulas > 0) for (const line of cells) for (let i = 0; i < line.length; i++) line[i] = spreadsheetSafe(line[i]!);
    }
    if (page.length > 0) await writeText(out, stringify(cells));
  });
  losses.note('model', "claims, legal qualifications, assessments (verification grades, standards of proof) and the sources' reliability are not in ACLED's format");
  return { rows, losses: losses.list() };
}

/** The same export as one string, for small cases and tests; rows are still produced page by page. */
export async function exportAcledCsv(deps: RecordDeps, caseId: string, options: AcledExportOptions = {}): Promise<AcledExportResult & { csv: string }> {
  const { sink, text } = stringSink();
  const result = await writeAcledCsv(deps, caseId, sink, options);
  return { csv: text(), ...result };
}

