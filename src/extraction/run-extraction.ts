/**
 * The steps around the pure reading that need the case: the text and item to read, the case's actors to find
 * by name, and, once read, the case's incidents each candidate may corroborate, before the result is saved.
 * The server runs the reading on a worker (extraction-jobs.ts); the CLI runs it in process.
 */
import { getCase } from '../cases/cases.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { canonicalJson } from '../common/canonical-json.js';
import { extractInParts, type PartsProgress } from './extraction-parts.js';
import { sourceOfEvidence, type ExtractionSource } from './extraction-source.js';
import { saveExtraction, type ExtractionDeps, type ExtractionRunOptions, type StoredExtraction } from './extraction-store.js';
import { matchingIncidents, matchQuery } from './incident-matches.js';
import { sentencesOf, unreadLanguageOf } from './passages.js';
import type { Proposal } from './proposal.js';
import { readingOf, type Reading } from './reading.js';
import type { NamedActor } from './term-mentions.js';

export interface ExtractionInput {
  caseId: string;
  source: ExtractionSource & { item: { id: string; sha256: string } };
  actors: NamedActor[];
  options: ExtractionRunOptions;
}

/** What an extraction of an evidence item of the case reads: refused before any work when there is no text. */
export async function extractionInput(database: Database, caseId: string, evidenceRef: string, options: ExtractionRunOptions): Promise<ExtractionInput> {
  await getCase({ database }, caseId);
  const source = await sourceOfEvidence(database, caseId, evidenceRef);
  if (!options.language) refuseUnreadLanguage(source.text);
  return { caseId, source, actors: await caseActors(database, caseId), options };
}

/** How much of a document is looked at, in a few places, to tell before reading it whether it can be read. */
const SAMPLE = 4000;

/** A document none of whose sampled sentences is in English or Arabic is refused, naming what it is in. */
function refuseUnreadLanguage(text: string): void {
  const starts = [0, 0.25, 0.5, 0.75].map((at) => Math.floor(at * Math.max(0, text.length - SAMPLE)));
  const sample = [...new Set(starts)].map((start) => text.slice(start, start + SAMPLE)).join('\n\n');
  // Headings and names ("Rapport mensuel, 2 août 2016") tell nothing of the language: sentences of six words and more do.
  const sentences = sentencesOf(sample).filter((s) => (sample.slice(s.start, s.end).match(/\p{L}+/gu)?.length ?? 0) >= 6);
  if (sentences.length === 0 || sentences.some((s) => s.language !== 'other')) return;
  const written = new Map<string, number>();
  for (const s of sentences) {
    const language = unreadLanguageOf(sample.slice(s.start, s.end));
    written.set(language, (written.get(language) ?? 0) + 1);
  }
  const [most] = [...written.entries()].sort((a, b) => b[1] - a[1])[0]!;
  throw new DossierError('VALIDATION_FAILED', `the text is written in ${most}: extraction reads English and Arabic only`, { field: 'language', value: most });
}

/** The case's actors by every name they go by. */
export async function caseActors(database: Database, caseId: string): Promise<NamedActor[]> {
  const rows = await database.db.selectFrom('records').select(['id', 'doc']).where('case_id', '=', caseId).where('kind', '=', 'actor').execute();
  return rows.map((row) => {
    const doc = JSON.parse(row.doc) as { name: string; names?: { en?: string; ar?: string; other?: string[] } };
    return { id: row.id, names: [doc.name, doc.names?.en, doc.names?.ar, ...(doc.names?.other ?? [])].filter((n): n is string => Boolean(n)) };
  });
}

/** Saves a finished reading: each candidate matched against the case's incidents, then stored and logged. */
export async function saveReading(deps: ExtractionDeps & { gazetteer: Gazetteer }, id: string, actor: string, input: ExtractionInput, reading: Reading): Promise<StoredExtraction> {
  const proposals: string[] = [];
  for (const [i, { proposalText, terms }] of reading.candidates.entries()) {
    const matches = await matchingIncidents(deps.database, input.caseId, matchQuery(terms, deps.gazetteer));
    proposals.push(matches.length === 0 ? proposalText : canonicalJson({ ...(JSON.parse(proposalText) as Proposal), matches }));
    // SQLite answers synchronously: thousands of candidates would hold the server's event loop without a pause.
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  return saveExtraction(deps, { id, caseId: input.caseId, item: input.source.item, actor, options: input.options, text: input.source.text, resultText: reading.resultText, proposals });
}

/** Reads in this process (the CLI), reporting progress, and saves. */
export async function extractAndSave(
  deps: ExtractionDeps & { gazetteer: Gazetteer },
  id: string,
  actor: string,
  input: ExtractionInput,
  onProgress?: (progress: PartsProgress) => void,
): Promise<StoredExtraction> {
  const result = await extractInParts(input.source, { gazetteer: deps.gazetteer, actors: input.actors, anchor: input.options.anchor, language: input.options.language }, onProgress);
  return saveReading(deps, id, actor, input, readingOf(result));
}
