import type { Command } from 'commander';
import { analysisJson } from '../../analysis/analysis-json.js';
import type { AnalysisEnvelope, AnalysisName } from '../../analysis/analysis-result.js';
import { pinAnalysis } from '../../analysis/pinned-analyses.js';
import type { PatternResult } from '../../analysis/pattern-result.js';
import { patternHtml, patternMarkdown } from '../../analysis/pattern-text.js';
import { runAnalysis, type AnalysisRequest } from '../../analysis/run-analysis.js';
import { DossierError } from '../../common/errors.js';
import { writeOutputFile } from '../../common/output-file.js';
import { collect, parseIndex, wantsJson, withDossier } from '../context.js';
import { analysisInWords } from './analysis-words.js';

interface SelectionOptions {
  case: string;
  type?: string;
  means?: string;
  target?: string;
  actor?: string[];
  pcode?: string;
  from?: string;
  to?: string;
  grade?: string;
  minGrade?: string;
  pin?: string;
}


/** The incident list's filters, the minimum grade and --pin, on every analysis. */
function withSelection(command: Command, actorIsFilter = true): Command {
  command
    .requiredOption('--case <id>', 'the case')
    .option('--type <types>', 'incident types, comma-separated')
    .option('--means <means>', 'means, comma-separated')
    .option('--target <targets>', 'target objects, comma-separated')
    .option('--pcode <code>', 'an OCHA P-code (governorate, district or community)')
    .option('--from <date>', 'incidents whose dates overlap from this date')
    .option('--to <date>', 'incidents whose dates overlap up to this date')
    .option('--grade <grades>', 'verification grades, comma-separated')
    .option('--min-grade <grade>', 'leave out incidents below this grade (reported, single_source, corroborated, confirmed)')
    .option('--pin <title>', 'keep the result in the case under this title, logged in the ledger');
  if (actorIsFilter) command.option('--actor <id>', 'incidents involving this actor (repeat for any of several)', collect);
  return command;
}

function requestOf(analysis: AnalysisName, options: SelectionOptions, extra: Partial<AnalysisRequest>, actorIsFilter = true): AnalysisRequest {
  const filters = {
    type: options.type,
    means: options.means,
    target: options.target,
    actor: actorIsFilter ? options.actor?.join(',') : undefined,
    pcode: options.pcode,
    from: options.from,
    to: options.to,
    grade: options.grade,
  };
  return { analysis, filters, minGrade: options.minGrade, ...extra };
}

async function run(command: Command, options: SelectionOptions, request: AnalysisRequest): Promise<AnalysisEnvelope> {
  return withDossier(command, async (d) => {
    const result = await runAnalysis({ database: d.database, ledger: d.ledger, gazetteer: await d.places() }, options.case, request);
    if (options.pin !== undefined) {
      const pinned = await pinAnalysis(d, d.config.actor, result, options.pin);
      process.stderr.write(`pinned as ${pinned.id}, ledger entry ${pinned.ledgerSeq}\n`);
    }
    return result;
  });
}

/** Canonical JSON with --json (the same question at the same tree size gives the same bytes), words otherwise. */
function show(command: Command, result: AnalysisEnvelope): void {
  process.stdout.write(wantsJson(command) ? `${analysisJson(result)}\n` : `${analysisInWords(result)}\n`);
}

export function registerAnalyse(program: Command): void {
  const analyse = program.command('analyse').description('analyses over a case’s incidents that keep their uncertainty: tempo, campaign sequence, parties compared, pattern of conduct');

  withSelection(
    analyse
      .command('tempo')
      .description('incidents per day, week or month, and before and after context events (rate ratio with its exact interval)')
      .option('--around <eventId>', 'a context event to compare before and after (repeat for several)', collect)
      .option('--around-kind <kind>', 'every context event of this kind (e.g. peace_talks), superposed')
      .option('--around-date <day>', 'a date (YYYY-MM-DD) to compare before and after (repeat for several)', collect)
      .option('--window <days>', 'days before and after each anchor (default 30)')
      .option('--bin <size>', 'day, week (default) or month'),
  ).action(async (options: SelectionOptions & { around?: string[]; aroundKind?: string; aroundDate?: string[]; window?: string; bin?: string }, command: Command) => {
    if (options.bin !== undefined && !['day', 'week', 'month'].includes(options.bin)) {
      throw new DossierError('VALIDATION_FAILED', `bin: must be day, week or month, not "${options.bin}"`, { field: 'bin' });
    }
    const windowDays = options.window === undefined ? undefined : parseIndex('window', options.window);
    const request = requestOf('tempo', options, { bin: options.bin as AnalysisRequest['bin'], aroundEvents: options.around, aroundKind: options.aroundKind, aroundDates: options.aroundDate, windowDays });
    show(command, await run(command, options, request));
  });

  withSelection(
    analyse
      .command('sequence')
      .description('places in the order they were struck, and how far their active periods overlap (0: one place at a time, 1: all at once)')
      .option('--level <level>', 'admin1, admin2 (default), admin3, community or area'),
  ).action(async (options: SelectionOptions & { level?: string }, command: Command) => {
    show(command, await run(command, options, requestOf('sequence', options, { level: options.level })));
  });

  withSelection(
    analyse
      .command('compare')
      .description('parties side by side (with their subordinate units at each incident’s date): types, means, targets, the share on specially protected objects, victims, standards of proof')
      .option('--actor <idOrName>', 'a party to compare (repeat for several; every actor with incidents when absent)', collect),
    false,
  ).action(async (options: SelectionOptions, command: Command) => {
    show(command, await run(command, options, requestOf('compare', options, { actors: options.actor }, false)));
  });

  withSelection(
    analyse
      .command('where')
      .description('incidents per admin area (for a choropleth), and waves: incidents close in space and time')
      .option('--level <level>', 'admin1 (default), admin2 or admin3')
      .option('--wave-km <km>', 'waves: neighbours at most this far apart (default 15)')
      .option('--wave-days <days>', 'waves: and at most this many days apart (default 7)')
      .option('--wave-min <n>', 'waves: at least this many incidents (default 4)'),
  ).action(async (options: SelectionOptions & { level?: string; waveKm?: string; waveDays?: string; waveMin?: string }, command: Command) => {
    const number = (field: string, text: string | undefined) => {
      if (text === undefined) return undefined;
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) throw new DossierError('VALIDATION_FAILED', `${field}: must be a number, not "${text}"`, { field });
      return value;
    };
    const request = requestOf('where', options, { level: options.level, waveKm: number('wave-km', options.waveKm), waveDays: number('wave-days', options.waveDays), waveMinIncidents: number('wave-min', options.waveMin) });
    show(command, await run(command, options, request));
  });

  withSelection(
    analyse
      .command('pattern')
      .description('the pattern of conduct over a selection (art. 7 contextual element): numbers, places, span, regularity, repeated modus operandi, victims, attributions')
      .option('--format <format>', 'json, markdown (default) or html')
      .option('--out <file>', 'write here instead of standard output (never inside the data directory)')
      .option('--force', 'replace an existing --out file'),
  ).action(async (options: SelectionOptions & { format?: string; out?: string; force?: boolean }, command: Command) => {
    const format = options.format ?? (wantsJson(command) ? 'json' : 'markdown');
    if (!['json', 'markdown', 'html'].includes(format)) throw new DossierError('VALIDATION_FAILED', `format: must be json, markdown or html, not "${format}"`, { field: 'format' });
    await withDossier(command, async (d) => {
      const result = (await runAnalysis({ database: d.database, ledger: d.ledger, gazetteer: await d.places() }, options.case, requestOf('pattern', options, {}))) as PatternResult;
      if (options.pin !== undefined) {
        const pinned = await pinAnalysis(d, d.config.actor, result, options.pin);
        process.stderr.write(`pinned as ${pinned.id}, ledger entry ${pinned.ledgerSeq}\n`);
      }
      const text = format === 'json' ? `${analysisJson(result)}\n` : format === 'html' ? patternHtml(result) : patternMarkdown(result);
      if (options.out === undefined) process.stdout.write(text);
      else {
        await writeOutputFile('out', options.out, { force: options.force, protectedPaths: d.protectedPaths }, async (out) => {
          out.write(text);
        });
        process.stderr.write(`wrote ${options.out}\n`);
      }
    });
  });
}
