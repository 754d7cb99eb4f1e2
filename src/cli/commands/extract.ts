import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { invalidField } from '../../common/errors.js';
import { newId } from '../../common/ids.js';
import { extractInParts, type ExtractionJson } from '../../extraction/extraction-parts.js';
import { sourceOfEvidence, sourceOfFile } from '../../extraction/extraction-source.js';
import { matchingIncidents, matchQuery } from '../../extraction/incident-matches.js';
import { matchTerms } from '../../extraction/reading.js';
import { caseActors, extractAndSave, extractionInput } from '../../extraction/run-extraction.js';
import { wantsJson, withDossier } from '../context.js';
import { textProgress } from '../progress.js';

interface ExtractOptions {
  case: string;
  dateAnchor?: string;
  lang?: string;
  save?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('find places, dates, figures, means, targets, actors and candidate incidents in a report; prints them, and with --save keeps them for review')
    .argument('<source>', 'a file (PDF, HTML or text) or the id of an evidence item of the case (its stored text)')
    .requiredOption('--case <id>', 'the case (its actors are found by name; an evidence id must be one of its items)')
    .option('--date-anchor <day>', 'the document’s date (YYYY-MM-DD) that relative dates are read against; by default the first date on its opening lines')
    .option('--lang <lang>', 'en or ar: read every passage as this language instead of telling each by its letters')
    .option('--save', 'keep the extraction of an evidence item for review (the web app’s review queue), logged in the ledger')
    .action(async (source: string, options: ExtractOptions, command: Command) => {
      if (options.lang !== undefined && options.lang !== 'en' && options.lang !== 'ar') throw invalidField('lang', 'must be en or ar', options.lang);
      if (options.dateAnchor !== undefined && !isCalendarDay(options.dateAnchor)) {
        throw invalidField('date-anchor', 'must be a calendar date (YYYY-MM-DD)', options.dateAnchor);
      }
      await withDossier(command, async (d) => {
        const runOptions = { anchor: options.dateAnchor, language: options.lang as 'en' | 'ar' | undefined };
        const gazetteer = await d.places();
        if (options.save) {
          if (existsSync(source)) throw invalidField('source', `${source} is a file: --save keeps an extraction of an evidence item; take the file in first (dossier add) and extract from its id`, source);
          const input = await extractionInput(d.database, options.case, source, runOptions);
          const bar = textProgress('Reading', input.source.text.length);
          const saved = await extractAndSave({ database: d.database, ledger: d.ledger, gazetteer }, newId('ext'), d.config.actor, input, (p) => bar.update(p.done)).finally(() => bar.stop());
          process.stdout.write(wantsJson(command) ? `${JSON.stringify(saved, null, 2)}\n` : `${inWords(saved.result)}\n\nSaved for review as extraction ${saved.id} (ledger entry ${saved.ledgerSeq}): ${saved.candidates} candidates open.\n`);
          return;
        }
        await getCase(d, options.case);
        const text = existsSync(source) ? await sourceOfFile(source) : await sourceOfEvidence(d.database, options.case, source);
        const bar = textProgress('Reading', text.text.length);
        const read = await extractInParts(text, { gazetteer, actors: await caseActors(d.database, options.case), ...runOptions }, (p) => bar.update(p.done)).finally(() => bar.stop());
        const incidents = await Promise.all(read.incidents.map(async (candidate) => ({ ...candidate, matches: await matchingIncidents(d.database, options.case, matchQuery(matchTerms(candidate), gazetteer)) })));
        const json = { ...read, incidents };
        process.stdout.write(wantsJson(command) ? `${JSON.stringify(json, null, 2)}\n` : `${inWords(json)}\n`);
      });
    });
}

/** YYYY-MM-DD naming a day the calendar has (Date.parse would roll 30 February over into March). */
function isCalendarDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

function inWords(json: ExtractionJson): string {
  const where = (span: { page: { locator: string } | null }) => (span.page ? ` (${span.page.locator})` : '');
  const lines = [
    json.anchor ? `Relative dates read against ${json.anchor.date} (${json.anchor.from === 'given' ? 'as given' : 'the date on the document’s first lines'}).` : 'No document date: relative dates are listed as needing one (--date-anchor).',
    `Sentences: ${json.languages.en} English, ${json.languages.ar} Arabic${json.languages.other ? `, ${json.languages.other} not read: only English and Arabic are (written in ${[...new Set(json.unread.map((u) => u.script))].join(', ')})` : ''}.`,
    `Found: ${json.places.length} places, ${json.dates.length} dates, ${json.counts.length} figures, ${json.means.length} means, ${json.targets.length} targets, ${json.actors.length} actors.`,
    '',
    json.incidents.length === 0 ? 'No candidate incident.' : `${json.incidents.length} candidate incidents (none is recorded until an analyst accepts it):`,
  ];
  for (const [i, incident] of json.incidents.entries()) {
    const fields = [
      incident.type && `type ${incident.type}`,
      incident.place && `place ${incident.place.text}${'pcode' in incident.place && incident.place.pcode ? ` (${incident.place.pcode})` : 'ambiguous' in incident.place ? ` (ambiguous: ${incident.place.candidates.length} places)` : ''}`,
      incident.date && `date ${incident.date.edtf ?? `${incident.date.text} (needs a document date)`}`,
      incident.killed && `killed ${incident.killed.text}`,
      incident.injured && `injured ${incident.injured.text}`,
      incident.displaced && `displaced ${incident.displaced.text}`,
      incident.means.length > 0 && `means ${incident.means.map((m) => m.term).join(', ')}`,
      incident.target.length > 0 && `target ${incident.target.map((t) => t.term).join(', ')}`,
      incident.actor && `by ${incident.actor.text}`,
      incident.standardWords.length > 0 && `“${incident.standardWords.map((w) => w.text).join('”, “')}”`,
    ].filter(Boolean);
    lines.push(`${i + 1}. ${fields.join('; ')}${where(incident.evidenceSpan)}`, `   “${incident.evidenceSpan.text.replace(/\s+/g, ' ').slice(0, 200)}”`);
    for (const match of incident.matches ?? []) lines.push(`   may corroborate ${match.id} (${match.title}): propose claims on it rather than a new incident`);
  }
  return lines.join('\n');
}
