/**
 * Parties compared (issue 14, item 3): for each party, the incidents attributed to it (to it or to a unit or
 * person under it at the incident's dates) and those only possibly attributed, by type, means and target,
 * the share of its attacks on specially protected objects with a Wilson interval, its victims with bounds and
 * the standards of proof its attributions reached. Pure: the same snapshot and parameters give the same bytes.
 */
import { DossierError, invalidField } from '../common/errors.js';
import { INCIDENT_TYPE_TERMS, MEANS_TERMS, TARGET_OBJECT_TERMS } from '../vocab/vocabularies.js';
import type { AnalysisMethod, Interval } from './analysis-result.js';
import { commandCoverage } from './chain-of-command.js';
import { COMPARE_METHOD_WORDING, noShareWording } from './compare-wordings.js';
import type { CompareResult, PartyComparison, ProtectedShareBasis } from './compare-result.js';
import { methodOf } from './method-wording.js';
import { attributionOf, DISCOUNTED_STATUS } from './party-attribution.js';
import { standardCounts, targetCategoryCounts, termCounts } from './party-tallies.js';
import { isSpeciallyProtected, LEGAL_SOURCES } from './protected-objects.js';
import { requireIncluded, selectIncidents } from './selection.js';
import type { AnalysisSnapshot, SnapshotActor, SnapshotIncident } from './snapshot.js';
import { wilson } from './statistics.js';
import { victimTotals } from './victim-totals.js';

export interface CompareParams {
  /** Actor ids or names (a name matched case-insensitively); none: every actor an included incident names. */
  actors?: readonly string[] | undefined;
  minGrade?: string | undefined;
  /** The incident-list filters the snapshot was read with, echoed in the parameters. */
  filters?: Record<string, unknown> | undefined;
}

/** The method's name and assumptions are said in compare-wordings.ts; its references are cited as published. */
const METHOD: AnalysisMethod = methodOf(COMPARE_METHOD_WORDING, '1', [
  'Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. Journal of the American Statistical Association 22(158), 209–212.',
  ...Object.entries(LEGAL_SOURCES).map(([abbreviation, title]) => `${abbreviation}: ${title}`),
]);

export function compare(snapshot: AnalysisSnapshot, params: CompareParams = {}): CompareResult {
  const { incidents, selection } = selectIncidents(snapshot, { minGrade: params.minGrade });
  requireIncluded(selection);
  const parties = params.actors?.length ? resolveActors(snapshot.actors, params.actors) : namedActors(snapshot.actors, incidents);
  return {
    analysis: 'compare',
    caseId: snapshot.caseId,
    parameters: { actors: params.actors ? [...params.actors] : null, partyIds: parties.map((party) => party.id), minGrade: params.minGrade ?? null, filters: params.filters ?? {} },
    method: METHOD,
    ledger: snapshot.ledger,
    selection,
    parties: parties.map((party) => compareParty(snapshot, party, incidents)),
  };
}

function compareParty(snapshot: AnalysisSnapshot, party: SnapshotActor, incidents: readonly SnapshotIncident[]): PartyComparison {
  const coverage = commandCoverage(snapshot.actors, party.id);
  const attributed: { incident: SnapshotIncident; standard: string | null }[] = [];
  const possible: SnapshotIncident[] = [];
  const discounted: SnapshotIncident[] = [];
  for (const incident of incidents) {
    const attribution = attributionOf(incident, coverage);
    if (attribution?.status === 'attributed') attributed.push({ incident, standard: attribution.standard });
    else if (attribution?.status === 'possible') possible.push(incident);
    else if (attribution?.status === 'discounted') discounted.push(incident);
  }
  const sure = attributed.map(({ incident }) => incident);
  const ids = (list: readonly SnapshotIncident[]) => list.map((incident) => incident.id);
  const { share, basis } = protectedShare(sure);
  return {
    actor: { id: party.id, name: party.name, actorKind: party.actorKind },
    incidents: {
      attributed: sure.length,
      possiblyAttributed: possible.length,
      attributedIds: ids(sure),
      possiblyAttributedIds: ids(possible),
      discountedOnly: discounted.length,
      discountedOnlyIds: ids(discounted),
    },
    byType: termCounts(sure, possible, (incident) => incident.types, INCIDENT_TYPE_TERMS),
    byMeans: termCounts(sure, possible, (incident) => incident.means, MEANS_TERMS),
    byTarget: termCounts(sure, possible, (incident) => incident.targets, TARGET_OBJECT_TERMS),
    byTargetCategory: targetCategoryCounts(sure, possible),
    protectedShare: share,
    protectedShareBasis: basis,
    victims: victimTotals(sure),
    victimsPossiblyAttributed: victimTotals(possible),
    standards: standardCounts(attributed.map(({ incident, standard }) => ({ id: incident.id, standard }))),
  };
}

function protectedShare(attributed: readonly SnapshotIncident[]): { share: Interval | null; basis: ProtectedShareBasis } {
  const attacks = attributed.filter((incident) => incident.targets.length > 0);
  const onProtectedIds = attacks.filter((incident) => incident.targets.some(isSpeciallyProtected)).map((incident) => incident.id);
  const withoutTargetIds = attributed.filter((incident) => incident.targets.length === 0).map((incident) => incident.id);
  const tooFew = noShareWording(attacks.length);
  const interval = tooFew ? null : wilson(onProtectedIds.length, attacks.length);
  return {
    share: interval && { estimate: round(interval.estimate), low: round(interval.low), high: round(interval.high) },
    basis: {
      attacks: attacks.length,
      onProtected: onProtectedIds.length,
      onProtectedIds,
      withoutTarget: withoutTargetIds.length,
      withoutTargetIds,
      reason: tooFew?.text ?? null,
    },
  };
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

const nameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();

/** Each asked actor by id, or else by its name (case-insensitive); duplicates asked twice are compared once. */
export function resolveActors(actors: readonly SnapshotActor[], asked: readonly string[]): SnapshotActor[] {
  const resolved = new Map<string, SnapshotActor>();
  for (const raw of asked) {
    const wanted = raw.trim();
    if (wanted === '') throw invalidField('actor', 'is empty; give an actor id or name', raw);
    const byId = actors.find((actor) => actor.id === wanted);
    const matches = byId ? [byId] : actors.filter((actor) => nameKey(actor.name) === nameKey(wanted));
    if (matches.length === 0) throw new DossierError('NOT_FOUND', `actor: no actor with the id or name "${wanted}" in this case`, { field: 'actor', value: raw });
    if (matches.length > 1) {
      const ids = matches.map((actor) => actor.id).sort();
      throw invalidField('actor', `the name "${wanted}" is shared by ${ids.length} actors (${ids.join(', ')}); give one of their ids`, raw);
    }
    if (!resolved.has(matches[0]!.id)) resolved.set(matches[0]!.id, matches[0]!);
  }
  return [...resolved.values()];
}

/** The actors the included incidents name outside discounted attributions, ordered by name and then id. */
function namedActors(actors: readonly SnapshotActor[], incidents: readonly SnapshotIncident[]): SnapshotActor[] {
  const named = new Set<string>();
  for (const incident of incidents) {
    for (const involvement of incident.involvements) if (involvement.attributionStatus !== DISCOUNTED_STATUS) for (const id of involvement.actorIds) named.add(id);
  }
  const parties = actors.filter((actor) => named.has(actor.id));
  if (parties.length === 0) throw invalidField('actor', 'no incident in the selection names an actor; there are no parties to compare');
  return parties.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
