import type { Command } from 'commander';
import { incidentFile } from '../../incidents/incident-file.js';
import { incidentKind } from '../../incidents/incident-kind.js';
import { addIncident, readIncidentEntry } from '../../incidents/quick-entry.js';
import { getCase } from '../../cases/cases.js';
import { filterFromQuery, type ListQuery } from '../../records/filter-input.js';
import { listRecords } from '../../records/record-query.js';
import { describeTotal } from '../../values/count-sum.js';
import { invalidField } from '../../common/errors.js';
import { print, table, withDossier } from '../context.js';

interface AddOptions {
  case: string;
  title: string;
  type: string;
  date?: string;
  dateAnchor?: string;
  place?: string;
  pcode?: string;
  lat?: string;
  lon?: string;
  narrative?: string;
  killed?: string;
  injured?: string;
  missing?: string;
  detained?: string;
  displaced?: string;
}

export function registerIncident(program: Command): void {
  const incident = program.command('incident').description('document incidents');
  incident
    .command('add')
    .description('add an incident; dates, figures and places are read from words and shown as read')
    .requiredOption('--case <id>', 'the case')
    .requiredOption('--title <text>', 'a short title')
    .requiredOption('--type <types>', 'comma-separated incident types, e.g. air_strike,barrel_bomb')
    .option('--date <text>', 'e.g. 2016-09-19, "mid-July 2016", "2016-07~", "2016-07-15/2016-12-22"')
    .option('--date-anchor <day>', 'the day a relative date ("in the last week") is counted from')
    .option('--place <name>', 'a place name in any spelling (looked up in the gazetteer)')
    .option('--pcode <code>', 'an OCHA P-code instead of a name')
    .option('--lat <degrees>', 'latitude of the exact site')
    .option('--lon <degrees>', 'longitude of the exact site')
    .option('--narrative <text>', 'what is known, in prose')
    .option('--killed <figure>', 'e.g. 14, "at least 14", "14-20", "dozens", unknown')
    .option('--injured <figure>')
    .option('--missing <figure>')
    .option('--detained <figure>')
    .option('--displaced <figure>')
    .action(async (options: AddOptions, command: Command) => {
      const result = await withDossier(command, async (d) => {
        const gazetteer = await d.places();
        const read = readIncidentEntry(
          {
            title: options.title,
            types: options.type.split(',').map((t) => t.trim()).filter(Boolean),
            narrative: options.narrative,
            date: options.date,
            dateAnchor: options.dateAnchor,
            place: options.place,
            pcode: options.pcode,
            lat: coordinate('lat', options.lat),
            lon: coordinate('lon', options.lon),
            figures: { killed: options.killed, injured: options.injured, missing: options.missing, detained: options.detained, displaced: options.displaced },
          },
          gazetteer,
        );
        const created = await addIncident({ database: d.database, ledger: d.ledger, gazetteer }, d.config.actor, options.case, read);
        return { ...created, readings: read.readings };
      });
      print(command, result, () =>
        [`Created incident ${result.incident.id}: ${result.incident.title}`, ...result.readings.map((r) => `  ${r.field}: "${r.typed}" read as ${r.readAs}`)].join('\n'),
      );
    });

  incident
    .command('list')
    .description('list incidents, filtered like the API (--type, --means, --target, --actor, --pcode, --bbox, --from, --to, --grade, --q)')
    .requiredOption('--case <id>', 'the case')
    .option('--type <types>')
    .option('--means <means>')
    .option('--target <targets>')
    .option('--actor <ids>')
    .option('--pcode <code>')
    .option('--bbox <w,s,e,n>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--grade <grades>')
    .option('-q, --q <text>', 'full-text query')
    .option('--sort <order>', 'date, -date, updated, -updated, title, -title')
    .option('--limit <n>', 'page size (default 50)')
    .option('--cursor <cursor>', 'the next page, as printed by the previous one')
    .action(async (options: Record<string, string> & { case: string }, command: Command) => {
      const { case: caseId, limit, ...rest } = options;
      const query = { ...rest, ...(limit !== undefined ? { limit: positiveInteger('limit', limit) } : {}) } as ListQuery;
      const page = await withDossier(command, async (d) => {
        await getCase(d, caseId);
        const { filter, page: paging } = filterFromQuery(query);
        return listRecords(d.database, incidentKind, { ...filter, caseIds: [caseId] }, paging);
      });
      print(command, page, () => {
        if (page.items.length === 0) return 'No incidents match.';
        const rows = page.items.map((i) => [i.id, (i.date as { edtf?: string } | undefined)?.edtf ?? '-', String(i.grade), (i.types as string[]).join(','), String(i.title)]);
        return table([['ID', 'DATE', 'GRADE', 'TYPES', 'TITLE'], ...rows]) + (page.nextCursor ? `\nMore: --cursor ${page.nextCursor}` : '');
      });
    });

  incident
    .command('show')
    .description('an incident with its acts, victims, involvements, claims, findings and figures')
    .argument('<id>', 'incident id')
    .requiredOption('--case <id>', 'the case')
    .action(async (id: string, options: { case: string }, command: Command) => {
      const file = await withDossier(command, (d) => incidentFile(d.database, id, options.case));
      print(command, file, () => {
        const i = file.incident;
        const date = i.date as { edtf: string; earliest: string; latest: string } | undefined;
        const lines = [
          `${i.id}  ${i.title}`,
          `  types: ${(i.types as string[]).join(', ')}   grade: ${i.grade}   rev ${i.rev} by ${i.updatedBy}`,
          `  date: ${date ? `${date.edtf} (${date.earliest.slice(0, 10)} to ${date.latest.slice(0, 10)})` : 'unknown'}`,
          `  place: ${placeText(i.place)}`,
          `  killed: ${describeTotal(file.figures.killed)}   injured: ${describeTotal(file.figures.injured)}`,
          `  acts: ${file.acts.length}, victim groups: ${file.victimGroups.length}, involvements: ${file.involvements.length}, claims: ${Object.values(file.claims).flat().length}, qualifications: ${file.qualifications.length}`,
          ...file.findings.filter((f) => f.status === 'conflicting' || f.status === 'disputed').map((f) => `  ${f.status}: ${f.subject.kind}.${f.subject.field} (${f.values.length} claims)`),
        ];
        return lines.join('\n');
      });
    });
}

function placeText(place: unknown): string {
  if (!place) return 'unknown';
  const p = place as { names?: { en?: string }; pcodes?: Record<string, string>; precision: string; asReported?: string };
  return [p.names?.en ?? p.asReported, p.pcodes ? Object.values(p.pcodes).join('/') : undefined, p.precision].filter(Boolean).join(', ');
}

function coordinate(field: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw invalidField(field, 'must be a number of degrees', text);
  return value;
}

function positiveInteger(field: string, text: string): number {
  if (!/^\d+$/.test(text)) throw invalidField(field, 'must be a whole number', text);
  return Number(text);
}
