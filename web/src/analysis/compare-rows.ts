/**
 * Parties compared, shaped for the grouped bars (attributed, with the possibly attributed stacked above in a
 * lighter shade), the protected-share whiskers and the tables: parties, incidents per group, victims and
 * standards of proof, each count with the incidents it counts.
 */
import type { TermLabel } from '../timeline/incident-groups.js';
import { type AttributedCount, type CompareResult, type PartyComparison, VICTIM_FIGURES, type VictimFigure } from './analysis-types.js';
import type { IntervalEstimate } from './interval-scale.js';
import { countCell, type TableColumn, type TableModel, tableModel } from './table-model.js';

export type CompareGrouping = 'category' | 'type' | 'means';
export const GROUPINGS: { value: CompareGrouping; label: string }[] = [
  { value: 'category', label: 'target category' },
  { value: 'type', label: 'type' },
  { value: 'means', label: 'means' },
];

interface GroupCount extends AttributedCount {
  key: string;
  label: string;
}

function groupsOf(party: PartyComparison, grouping: CompareGrouping): GroupCount[] {
  if (grouping === 'category') return party.byTargetCategory.map((c) => ({ ...c, key: c.category }));
  return (grouping === 'type' ? party.byType : party.byMeans).map((t) => ({ ...t, key: t.term }));
}

/** One row per group any party has, in the order first met, each party's counts under `a<i>` and `p<i>`. */
export function groupedBars(result: CompareResult, grouping: CompareGrouping): Record<string, string | number>[] {
  const rows = new Map<string, Record<string, string | number>>();
  result.parties.forEach((party, i) => {
    for (const group of groupsOf(party, grouping)) {
      const row = rows.get(group.key) ?? { key: group.key, label: group.label };
      row[`a${i}`] = group.attributed;
      row[`p${i}`] = group.possiblyAttributed;
      rows.set(group.key, row);
    }
  });
  return [...rows.values()].map((row) => {
    result.parties.forEach((_, i) => {
      row[`a${i}`] ??= 0;
      row[`p${i}`] ??= 0;
    });
    return row;
  });
}

export const percentText = (share: number) => `${(share * 100).toFixed(1)}%`;

export function partiesTable(result: CompareResult): TableModel {
  const columns: TableColumn<PartyComparison>[] = [
    { header: 'Party', value: (p) => p.actor.name },
    { header: 'Attributed', value: (p) => countCell(p.incidents.attributed, p.incidents.attributedIds), numeric: true },
    { header: 'Possibly attributed', value: (p) => countCell(p.incidents.possiblyAttributed, p.incidents.possiblyAttributedIds), numeric: true },
    { header: 'Attacks recording a target', value: (p) => p.protectedShareBasis.attacks, numeric: true },
    { header: 'On specially protected objects', value: (p) => countCell(p.protectedShareBasis.onProtected, p.protectedShareBasis.onProtectedIds), numeric: true },
    { header: 'Share', value: (p) => (p.protectedShare ? percentText(p.protectedShare.estimate) : null), numeric: true },
    { header: '95% interval', value: (p) => (p.protectedShare ? `${percentText(p.protectedShare.low)} to ${percentText(p.protectedShare.high)}` : (p.protectedShareBasis.reason ?? null)) },
  ];
  return tableModel('Parties', columns, result.parties, 'No party to compare.');
}

interface GroupRow extends GroupCount {
  party: string;
}

export function groupsTable(result: CompareResult, grouping: CompareGrouping): TableModel {
  const heading = GROUPINGS.find((g) => g.value === grouping)!.label;
  const rows: GroupRow[] = result.parties.flatMap((party) => groupsOf(party, grouping).map((group) => ({ ...group, party: party.actor.name })));
  const columns: TableColumn<GroupRow>[] = [
    { header: 'Party', value: (row) => row.party },
    { header: heading.charAt(0).toUpperCase() + heading.slice(1), value: (row) => row.label },
    { header: 'Attributed', value: (row) => countCell(row.attributed, row.attributedIds), numeric: true },
    { header: 'Possibly attributed', value: (row) => countCell(row.possiblyAttributed, row.possiblyAttributedIds), numeric: true },
  ];
  return tableModel(`Incidents by ${heading}`, columns, rows, `No incident of these parties records a ${heading}.`);
}

interface VictimRow {
  party: PartyComparison;
  figure: VictimFigure;
}

export function victimsTable(result: CompareResult): TableModel {
  const has = (party: PartyComparison, figure: VictimFigure) => party.victims[figure].qualifier !== 'none' || party.victimsPossiblyAttributed[figure].qualifier !== 'none';
  const rows: VictimRow[] = result.parties.flatMap((party) => VICTIM_FIGURES.filter((figure) => has(party, figure)).map((figure) => ({ party, figure })));
  const columns: TableColumn<VictimRow>[] = [
    { header: 'Party', value: (row) => row.party.actor.name },
    { header: 'Victims', value: (row) => row.figure },
    { header: 'In attributed incidents', value: (row) => ({ text: row.party.victims[row.figure].text, incidentIds: row.party.victims[row.figure].incidentIds }) },
    { header: 'In possibly attributed incidents', value: (row) => ({ text: row.party.victimsPossiblyAttributed[row.figure].text, incidentIds: row.party.victimsPossiblyAttributed[row.figure].incidentIds }) },
  ];
  return tableModel('Victims by party', columns, rows, 'No incident of these parties gives a victim figure.');
}

export function standardsTable(result: CompareResult, label: TermLabel): TableModel {
  const rows = result.parties.flatMap((party) => party.standards.map((standard) => ({ party: party.actor.name, ...standard })));
  const columns: TableColumn<(typeof rows)[number]>[] = [
    { header: 'Party', value: (row) => row.party },
    { header: 'Standard of proof reached', value: (row) => (row.standard === 'not_assessed' ? 'not assessed' : label('standards_of_proof', row.standard)) },
    { header: 'Attributed incidents', value: (row) => countCell(row.incidents, row.incidentIds), numeric: true },
  ];
  return tableModel('Standards of proof', columns, rows, 'No incident is attributed to these parties.');
}

/** Each party's share of attacks on specially protected objects, where there is one. */
export function shareEstimates(result: CompareResult): IntervalEstimate[] {
  return result.parties.flatMap((party) => (party.protectedShare ? [{ key: party.actor.id, label: party.actor.name, ...party.protectedShare }] : []));
}
