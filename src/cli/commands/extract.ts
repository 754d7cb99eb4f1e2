import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { invalidField } from '../../common/errors.js';
import { extract } from '../../extraction/extract.js';
import { extractionJson } from '../../extraction/extraction-json.js';
import { sourceOfEvidence, sourceOfFile } from '../../extraction/extraction-source.js';
import { matchingIncidents } from '../../extraction/incident-matches.js';
import type { NamedActor } from '../../extraction/term-mentions.js';
import type { Database } from '../../db/database.js';
import { wantsJson, withDossier } from '../context.js';

interface ExtractOptions {
  case: string;
  dateAnchor?: string;
  lang?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('find places, dates, figures, means, targets, actors and candidate incidents in a report; prints them, saves nothing')
    .argument('<source>', 'a file (PDF, HTML or text) or the id of an evidence item of the case (its stored text)')
    .requiredOption('--case <id>', 'the case (its actors are found by name; an evidence id must be one of its items)')
    .option('--date-anchor <day>', 'the document’s date (YYYY-MM-DD) that relative dates are read against; by default the first date on its opening lines')
    .option('--lang <lang>', 'en or ar: read every passage as this language instead of telling each by its letters')
    .action(async (source: string, options: ExtractOptions, command: Command) => {
      if (options.lang !== undefined && options.lang !== 'en' && options.lang !== 'ar') throw invalidField('lang', 'must be en or ar', options.lang);
      if (options.dateAnchor !== undefined && !isCalendarDay(options.dateAnchor)) {
        throw invalidField('date-anchor', 'must be a calendar date (YYYY-MM-DD)', options.dateAnchor);
      }
      await withDossier(command, async (d) => {
        await getCase(d, options.case);
        const text = existsSync(source) ? await sourceOfFile(source) : await sourceOfEvidence(d.database, options.case, source);
        const result = extract(text.text, { gazetteer: await d.places(), anchor: options.dateAnchor, actors: await actorsOf(d.database, options.case), language: options.lang as 'en' | 'ar' | undefined });
        const matches = await Promise.all(result.incidents.map((candidate) => matchingIncidents(d.database, options.case, candidate)));
        const json = extractionJson(result, text, matches);
        process.stdout.write(wantsJson(command) ? `${JSON.stringify(json, null, 2)}\n` : `${inWords(json)}\n`);
      });
    });
}

/** YYYY-MM-DD naming a day the calendar has (Date.parse would roll 30 February over into March). */
function isCalendarDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** The case's actors by every name they go by. */
async function actorsOf(database: Database, caseId: string): Promise<NamedActor[]> {
  const rows = await database.db.selectFrom('records').select(['id', 'doc']).where('case_id', '=', caseId).where('kind', '=', 'actor').execute();
  return rows.map((row) => {
    const doc = JSON.parse(row.doc) as { name: string; names?: { en?: string; ar?: string; other?: string[] } };
    return { id: row.id, names: [doc.name, doc.names?.en, doc.names?.ar, ...(doc.names?.other ?? [])].filter((n): n is string => Boolean(n)) };
  });
}

function inWords(json: ReturnType<typeof extractionJson>): string {
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
    for (const match of incident.matches) lines.push(`   may corroborate ${match.id} (${match.title}): propose claims on it rather than a new incident`);
  }
  return lines.join('\n');
}
