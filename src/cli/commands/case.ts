import type { Command } from 'commander';
import { createCase, listCases } from '../../cases/cases.js';
import { print, table, withDossier } from '../context.js';

export function registerCase(program: Command): void {
  const cases = program.command('case').description('create and list cases');
  cases
    .command('create')
    .description('create a case')
    .argument('<id>', 'a short lowercase slug, e.g. aleppo-2016')
    .requiredOption('--title <text>', 'the case title')
    .option('--description <text>', 'what the case covers')
    .action(async (id: string, options: { title: string; description?: string }, command: Command) => {
      const created = await withDossier(command, (d) => createCase(d, d.config.actor, { id, ...options }));
      print(command, created, () => `Created case ${created.id}: ${created.title}`);
    });
  cases
    .command('list')
    .description('list cases')
    .action(async (_options: unknown, command: Command) => {
      const all = await withDossier(command, (d) => listCases(d));
      print(command, all, () =>
        all.length === 0 ? 'No cases yet: dossier case create ID --title TEXT' : table([['ID', 'CREATED', 'TITLE'], ...all.map((c) => [c.id, c.createdAt, c.title])]),
      );
    });
}
