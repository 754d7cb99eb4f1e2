import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { incidentKind } from '../../incidents/incident-kind.js';
import { searchText } from '../../records/record-search.js';
import { print, table, withDossier } from '../context.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over incidents, claims and sources (English and Arabic)')
    .argument('<text...>', 'words to find')
    .option('--case <id>', 'only this case')
    .option('--kind <kinds>', 'comma-separated record kinds (incident, claim, source, …)')
    .action(async (words: string[], options: { case?: string; kind?: string }, command: Command) => {
      const text = words.join(' ');
      const result = await withDossier(command, async (d) => {
        if (options.case) await getCase(d, options.case);
        return searchText(d.database, incidentKind, text, {
          caseIds: options.case ? [options.case] : undefined,
          kinds: options.kind?.split(',').map((k) => k.trim()),
        });
      });
      print(command, result, () => {
        if (result.hits.length === 0) return `Nothing matches "${text}".`;
        const counts = Object.entries(result.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
        return table([['KIND', 'ID', 'CASE', 'TITLE'], ...result.hits.map((h) => [h.kind, h.id, h.caseId, h.title])]) + `\nMatches: ${counts}`;
      });
    });
}
