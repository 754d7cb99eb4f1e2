/**
 * Parties compared, shaped for the grouped bars (attributed, with the possibly attributed stacked above in a
 * lighter shade), the protected-share whiskers and the tables: parties, incidents per group, victims and
 * standards of proof, each count with the incidents it counts.
 */
import { translate } from '../i18n/active-locale.js';
import type { TermLabel } from '../timeline/incident-groups.js';
import { type AttributedCount, type CompareResult, type PartyComparison, VICTIM_FIGURES, type VictimFigure } from './analysis-types.js';
import { tableMessages as tm } from './analysis-tables.messages.js';
import { analysisMessages as m } from './analysis.messages.js';
import { CONFIDENCE, intervalText, percentText, victimFigureText, victimTotalText } from './figures.js';
import type { IntervalEstimate } from './interval-scale.js';
import { noShareText } from './result-wordings.js';
import { countCell, type TableColumn, type TableModel, tableModel } from './table-model.js';

export { percentText };

export type CompareGrouping = 'category' | 'type' | 'means';
export const GROUPINGS: readonly CompareGrouping[] = ['category', 'type', 'means'];

/** A grouping's name in words: "target category", "type", "means". */
export const groupingText = (grouping: CompareGrouping) => translate(m.groupingName, { grouping });

interface GroupCount extends AttributedCount {
  key: string;
  label: string;
}

/**
 * A group's name in the reader's language: a target category from the catalogue, a type or means from the
 * vocabularies (`label`); the API's own label (English) when neither knows it, or before the vocabularies load.
 */
function groupsOf(party: PartyComparison, grouping: CompareGrouping, label?: TermLabel): GroupCount[] {
  if (grouping === 'category') return party.byTargetCategory.map((c) => ({ ...c, key: c.category, label: translate(m.targetCategory, { category: c.category, label: c.label }) }));
  const vocabulary = grouping === 'type' ? 'incident_types' : 'means';
  return (grouping === 'type' ? party.byType : party.byMeans).map((t) => ({ ...t, key: t.term, label: label ? label(vocabulary, t.term) : t.label }));
}

/** One row per group any party has, in the order first met, each party's counts under `a<i>` and `p<i>`. */
export function groupedBars(result: CompareResult, grouping: CompareGrouping, label?: TermLabel): Record<string, string | number>[] {
  const rows = new Map<string, Record<string, string | number>>();
  result.parties.forEach((party, i) => {
    for (const group of groupsOf(party, grouping, label)) {
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

export function partiesTable(result: CompareResult): TableModel {
  const columns: TableColumn<PartyComparison>[] = [
    { header: translate(tm.party), value: (p) => p.actor.name },
    { header: translate(tm.attributed), value: (p) => countCell(p.incidents.attributed, p.incidents.attributedIds), numeric: true },
    { header: translate(tm.possiblyAttributed), value: (p) => countCell(p.incidents.possiblyAttributed, p.incidents.possiblyAttributedIds), numeric: true },
    { header: translate(tm.attacksWithTarget), value: (p) => p.protectedShareBasis.attacks, numeric: true },
    { header: translate(tm.onProtected), value: (p) => countCell(p.protectedShareBasis.onProtected, p.protectedShareBasis.onProtectedIds), numeric: true },
    { header: translate(tm.share), value: (p) => (p.protectedShare ? percentText(p.protectedShare.estimate) : null), numeric: true },
    {
      header: translate(tm.interval, { level: CONFIDENCE }),
      value: (p) => (p.protectedShare ? intervalText(percentText(p.protectedShare.low), percentText(p.protectedShare.high)) : noShareText(p)),
    },
  ];
  return tableModel(translate(tm.parties), columns, result.parties, translate(tm.noParty));
}

interface GroupRow extends GroupCount {
  party: string;
}

export function groupsTable(result: CompareResult, grouping: CompareGrouping, label?: TermLabel): TableModel {
  const rows: GroupRow[] = result.parties.flatMap((party) => groupsOf(party, grouping, label).map((group) => ({ ...group, party: party.actor.name })));
  const columns: TableColumn<GroupRow>[] = [
    { header: translate(tm.party), value: (row) => row.party },
    { header: translate(tm.grouping, { grouping }), value: (row) => row.label },
    { header: translate(tm.attributed), value: (row) => countCell(row.attributed, row.attributedIds), numeric: true },
    { header: translate(tm.possiblyAttributed), value: (row) => countCell(row.possiblyAttributed, row.possiblyAttributedIds), numeric: true },
  ];
  return tableModel(translate(m.incidentsBy, { grouping }), columns, rows, translate(tm.noGroup, { grouping }));
}

interface VictimRow {
  party: PartyComparison;
  figure: VictimFigure;
}

export function victimsTable(result: CompareResult): TableModel {
  const has = (party: PartyComparison, figure: VictimFigure) => party.victims[figure].qualifier !== 'none' || party.victimsPossiblyAttributed[figure].qualifier !== 'none';
  const rows: VictimRow[] = result.parties.flatMap((party) => VICTIM_FIGURES.filter((figure) => has(party, figure)).map((figure) => ({ party, figure })));
  const columns: TableColumn<VictimRow>[] = [
    { header: translate(tm.party), value: (row) => row.party.actor.name },
    { header: translate(tm.victims), value: (row) => victimFigureText(row.figure) },
    { header: translate(tm.inAttributed), value: (row) => ({ text: victimTotalText(row.party.victims[row.figure]), incidentIds: row.party.victims[row.figure].incidentIds }) },
    {
      header: translate(tm.inPossiblyAttributed),
      value: (row) => ({ text: victimTotalText(row.party.victimsPossiblyAttributed[row.figure]), incidentIds: row.party.victimsPossiblyAttributed[row.figure].incidentIds }),
    },
  ];
  return tableModel(translate(tm.victimsByParty), columns, rows, translate(tm.noVictimFigure));
}

export function standardsTable(result: CompareResult, label: TermLabel): TableModel {
  const rows = result.parties.flatMap((party) => party.standards.map((standard) => ({ party: party.actor.name, ...standard })));
  const columns: TableColumn<(typeof rows)[number]>[] = [
    { header: translate(tm.party), value: (row) => row.party },
    { header: translate(tm.standardReached), value: (row) => (row.standard === 'not_assessed' ? translate(tm.notAssessed) : label('standards_of_proof', row.standard)) },
    { header: translate(tm.attributedIncidents), value: (row) => countCell(row.incidents, row.incidentIds), numeric: true },
  ];
  return tableModel(translate(tm.standardsOfProof), columns, rows, translate(tm.noneAttributed));
}

/** Each party's share of attacks on specially protected objects, where there is one. */
export function shareEstimates(result: CompareResult): IntervalEstimate[] {
  return result.parties.flatMap((party) => (party.protectedShare ? [{ key: party.actor.id, label: party.actor.name, ...party.protectedShare }] : []));
}
