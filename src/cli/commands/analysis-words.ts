import type { AnalysisEnvelope, RatioInterval } from '../../analysis/analysis-result.js';
import type { CompareResult } from '../../analysis/compare-result.js';
import type { PatternResult } from '../../analysis/pattern-result.js';
import type { SequenceResult } from '../../analysis/sequence-result.js';
import type { TempoResult } from '../../analysis/tempo-result.js';
import type { WhereResult } from '../../analysis/where-result.js';
import { table } from '../output.js';

const incidents = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;

/** An analysis's result for a terminal: the figures with their bounds and reasons; --json has everything. */
export function analysisInWords(result: AnalysisEnvelope): string {
  const body =
    result.analysis === 'tempo'
      ? tempoInWords(result as TempoResult)
      : result.analysis === 'sequence'
        ? sequenceInWords(result as SequenceResult)
        : result.analysis === 'compare'
          ? compareInWords(result as CompareResult)
          : result.analysis === 'where'
            ? whereInWords(result as WhereResult)
            : patternInWords(result as PatternResult);
  return [header(result), ...body, '', `(--json gives every figure with the incident ids it counts)`].join('\n');
}

function header(result: AnalysisEnvelope): string {
  const { selection } = result;
  const left = selection.excluded.map((e) => `${e.count} ${e.reason.replace('_', ' ')}`).join(', ');
  return [
    `${result.analysis} of case ${result.caseId}: ${selection.included} of ${selection.selected} selected incidents counted${left ? ` (left out: ${left})` : ''}`,
    `  at ledger size ${result.ledger.size}, root ${result.ledger.root.slice(0, 16)}…; method ${result.method.name}, version ${result.method.version}`,
  ].join('\n');
}

const ratio = (r: RatioInterval | null, why: string | undefined) =>
  r ? `${r.estimate} (95% interval ${r.low} to ${r.high ?? 'unbounded'})` : `no figure: ${why ?? 'too few incidents'}`;

function tempoInWords(result: TempoResult): string[] {
  const busy = result.series.filter((bin) => bin.possible > 0);
  const rows = busy.slice(0, 60).map((bin) => [bin.start, String(bin.certain), String(bin.possible), String(bin.expected)]);
  const lines = [`${result.series.length} ${String(result.parameters.bin)} bins from ${result.span.start} to ${result.span.end}; ${busy.length} with incidents:`, table([['bin from', 'certain', 'possible', 'expected*'], ...rows])];
  if (busy.length > rows.length) lines.push(`… and ${busy.length - rows.length} more bins`);
  lines.push('  * expected: if each incident were equally likely on every day of its date interval (an assumption)');
  for (const window of result.windows ?? []) {
    const name = window.anchor.title ? `${window.anchor.title} (${window.anchor.date})` : window.anchor.date;
    lines.push(
      `around ${name}: before ${window.before.certain} certain, ${window.before.possible} possible in ${window.before.days} days; after ${window.after.certain} certain, ${window.after.possible} possible`,
      `  rate ratio after/before: ${ratio(window.rateRatio, window.tooFew)}; on possible counts: ${ratio(window.rateRatioPossible, window.tooFewPossible)}`,
    );
  }
  const combined = result.combined;
  if (combined) {
    if ('notCombined' in combined) lines.push(`combined: not computed: ${combined.notCombined}`);
    else {
      lines.push(
        `combined over ${combined.anchors.length} anchors: before ${combined.before.certain} certain, after ${combined.after.certain} certain`,
        `  rate ratio after/before: ${ratio(combined.rateRatio, combined.tooFew)}; on possible counts: ${ratio(combined.rateRatioPossible, combined.tooFewPossible)}`,
      );
    }
  }
  return lines;
}

function sequenceInWords(result: SequenceResult): string[] {
  const rows = result.places.map((p) => [p.name, p.pcode, p.first, p.last, String(p.incidents), p.busiest ? `${p.busiest.start.slice(0, 7)} (${p.busiest.incidents})` : '—']);
  return [
    table([['place', 'code', 'first', 'last', 'incidents', 'busiest month'], ...rows]),
    result.overlap === null ? `overlap: no figure: ${result.overlapReason}` : `overlap: ${result.overlap} (0: one place at a time, 1: all at once)`,
    ...(result.notAtLevel.count ? [`${result.notAtLevel.count} incidents are not placed at the ${result.level} level`] : []),
  ];
}

function compareInWords(result: CompareResult): string[] {
  return result.parties.flatMap((party) => {
    const share = party.protectedShare
      ? `${Math.round(party.protectedShare.estimate * 100)}% (95% interval ${Math.round(party.protectedShare.low * 100)}% to ${Math.round(party.protectedShare.high * 100)}%)`
      : `no figure: ${party.protectedShareBasis.reason ?? 'too few incidents'}`;
    const targets = party.byTarget
      .filter((t) => t.attributed > 0)
      .slice(0, 6)
      .map((t) => `${t.label ?? t.term} ${t.attributed}`)
      .join(', ');
    return [
      `${party.actor.name} (${party.actor.id}): ${incidents(party.incidents.attributed)} attributed, ${party.incidents.possiblyAttributed} possibly attributed`,
      `  on specially protected objects: ${share}`,
      ...(targets ? [`  targets: ${targets}`] : []),
      `  killed: ${party.victims.killed.text}; injured: ${party.victims.injured.text}`,
      `  standards of proof: ${party.standards.map((s) => `${s.standard.replaceAll('_', ' ')} ${s.incidents}`).join(', ') || 'none stated'}`,
    ];
  });
}

function patternInWords(result: PatternResult): string[] {
  return [
    `${incidents(result.incidents.count)} over ${result.span.days ?? '?'} days (${result.span.first ?? '?'} to ${result.span.last ?? '?'})`,
    `regularity: ${result.regularity.perWeek ?? 'no figure'} per week; longest gap ${result.regularity.longestGap?.days ?? 0} days`,
    `repeated modus operandi: ${result.modusOperandi.combinations.length} combinations`,
    `killed: ${result.victims.killed.text}`,
    '(--format markdown or html gives the whole section)',
  ];
}

function whereInWords(result: WhereResult): string[] {
  const rows = result.areas.map((area) => [area.name, area.pcode, String(area.incidents), area.killed.text]);
  const waves = result.waves.map((wave) => `  ${wave.first} to ${wave.last}: ${incidents(wave.incidents)} within ${wave.radiusKm} km of ${wave.centre.lat}, ${wave.centre.lon} (${wave.places.join(', ')})`);
  const { waveKm, waveDays, waveMinIncidents } = result.parameters as { waveKm: number; waveDays: number; waveMinIncidents: number };
  return [
    table([['area', 'code', 'incidents', 'killed'], ...rows]),
    ...(result.notAtLevel.count ? [`${incidents(result.notAtLevel.count)} placed above the ${String(result.parameters.level)} level`] : []),
    `waves (at least ${waveMinIncidents} incidents, neighbours within ${waveKm} km and ${waveDays} days): ${result.waves.length}`,
    ...waves,
    `${incidents(result.noWave.count)} in no wave; ${incidents(result.notLocated.count)} without a point or a date`,
  ];
}
