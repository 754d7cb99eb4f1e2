import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { incidentKind } from '../../incidents/incident-kind.js';
import { searchEvidenceText } from '../../evidence/evidence-text-search.js';
import { searchText } from '../../records/record-search.js';
import { print, table, withDossier } from '../context.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over incidents, claims and sources, and the text found in evidence (captured pages, web archives, PDFs, OCR of images), in English and Arabic')
    .argument('<text...>', 'words to find')
    .option('--case <id>', 'only this case')
    .option('--kind <kinds>', 'comma-separated record kinds (incident, claim, source, …)')
    .action(async (words: string[], options: { case?: string; kind?: string }, command: Command) => {
      const text = words.join(' ');
      const result = await withDossier(command, async (d) => {
        if (options.case) await getCase(d, options.case);
        const caseIds = options.case ? [options.case] : undefined;
        const records = await searchText(d.database, incidentKind, text, { caseIds, kinds: options.kind?.split(',').map((k) => k.trim()) });
        // Text found in evidence (captured pages, web archives, PDFs, OCR), unless only some record kinds were asked for.
        const evidenceText = options.kind ? [] : await searchEvidenceText(d.database, text, { caseIds, limit: 50 });
        return { ...records, evidenceText };
      });
      print(command, result, () => {
        if (result.hits.length === 0 && result.evidenceText.length === 0) return `Nothing matches "${text}".`;
        const lines: string[] = [];
        if (result.hits.length > 0) {
          const counts = Object.entries(result.byKind).map(([kind, n]) => `${kind} ${result.countsComplete === false ? 'at least ' : ''}${n}`).join(', ');
          const ranked = result.rankedAmong === undefined ? '' : `\nMore records matched than are ranked: these are the best of the first ${result.rankedAmong} found. Add words to rank all the matches.`;
          lines.push(table([['KIND', 'ID', 'CASE', 'TITLE'], ...result.hits.map((h) => [h.kind, h.id, h.caseId, h.title])]) + `\nMatches: ${counts}${ranked}`);
        }
        if (result.evidenceText.length > 0) {
          lines.push(table([['EVIDENCE', 'CASE', 'FROM', 'WHERE', 'TEXT'], ...result.evidenceText.map((h) => [h.evidenceId, h.caseId, h.origin, h.locator, h.snippet])]));
        }
        return lines.join('\n\n');
      });
    });
}
