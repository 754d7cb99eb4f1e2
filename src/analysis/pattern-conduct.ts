/**
 * The conduct side of a pattern: the modus operandi repeated (the same type, means and target recurring) and
 * who the incidents are attributed to, at which standard of proof. Either-or attributions ("one of these
 * forces") are kept apart as possible attributions, never added to any party's attributed incidents.
 */
import { STANDARDS_OF_PROOF } from '../vocab/terms-evidence.js';
import type { AttributionStanding, Attributions, RepeatedConduct } from './pattern-result.js';
import type { AnalysisSnapshot, SnapshotIncident } from './snapshot.js';

/** The standard an attribution reached, or 'not_stated' when the involvement records none. */
export const NOT_STATED = 'not_stated';

const KEY_SEPARATOR = '\u0000';

/** Every (type, means, target) an incident shows, each counted once per incident; kept where it recurs. */
export function repeatedConduct(incidents: SnapshotIncident[]): RepeatedConduct {
  const found = new Map<string, string[]>();
  const notDescribed: string[] = [];
  for (const incident of incidents) {
    if (incident.types.length === 0 || incident.means.length === 0 || incident.targets.length === 0) notDescribed.push(incident.id);
    for (const type of incident.types) {
      for (const means of incident.means) {
        for (const target of incident.targets) {
          const key = [type, means, target].join(KEY_SEPARATOR);
          const ids = found.get(key);
          if (ids) ids.push(incident.id);
          else found.set(key, [incident.id]);
        }
      }
    }
  }
  const combinations = [...found.entries()]
    .filter(([, ids]) => ids.length >= 2)
    .sort(([keyA, a], [keyB, b]) => b.length - a.length || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
    .map(([key, incidentIds]) => {
      const [type, means, target] = key.split(KEY_SEPARATOR) as [string, string, string];
      return { type, means, target, incidents: incidentIds.length, incidentIds };
    });
  return { combinations, notDescribed: { count: notDescribed.length, incidentIds: notDescribed } };
}

const rankOf = (standard: string) => (standard === NOT_STATED ? -1 : (STANDARDS_OF_PROOF as readonly string[]).indexOf(standard));
const higher = (a: string | undefined, b: string) => (a === undefined || rankOf(b) > rankOf(a) ? b : a);

export function attributions(snapshot: AnalysisSnapshot, incidents: SnapshotIncident[]): Attributions {
  // actor id → incident id → the highest standard reached, for attributed and for either-or involvements.
  const attributed = new Map<string, Map<string, string>>();
  const possible = new Map<string, Map<string, string>>();
  const unattributed: string[] = [];
  for (const incident of incidents) {
    if (!incident.involvements.some((involvement) => involvement.actorIds.length > 0)) unattributed.push(incident.id);
    for (const involvement of incident.involvements) {
      const into = involvement.eitherOr ? possible : attributed;
      for (const actorId of involvement.actorIds) {
        const byIncident = into.get(actorId) ?? new Map<string, string>();
        byIncident.set(incident.id, higher(byIncident.get(incident.id), involvement.standardReached ?? NOT_STATED));
        into.set(actorId, byIncident);
      }
    }
  }
  // An incident attributed to an actor outright is not also a possible attribution of the same actor.
  for (const [actorId, byIncident] of possible) {
    for (const incidentId of attributed.get(actorId)?.keys() ?? []) byIncident.delete(incidentId);
  }
  const names = new Map(snapshot.actors.map((actor) => [actor.id, actor.name]));
  const actorIds = [...new Set([...attributed.keys(), ...possible.keys()])];
  const actors = actorIds
    .map((actorId) => ({
      actorId,
      name: names.get(actorId) ?? actorId,
      attributed: standing(attributed.get(actorId)),
      possiblyAttributed: standing(possible.get(actorId)),
    }))
    .sort(
      (a, b) =>
        b.attributed.incidents - a.attributed.incidents ||
        b.possiblyAttributed.incidents - a.possiblyAttributed.incidents ||
        (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0),
    );
  return { actors, unattributed: { count: unattributed.length, incidentIds: unattributed } };
}

function standing(byIncident: Map<string, string> | undefined): AttributionStanding {
  const entries = [...(byIncident ?? new Map<string, string>()).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const byStandard = new Map<string, string[]>();
  for (const [incidentId, standard] of entries) {
    const ids = byStandard.get(standard);
    if (ids) ids.push(incidentId);
    else byStandard.set(standard, [incidentId]);
  }
  return {
    incidents: entries.length,
    incidentIds: entries.map(([incidentId]) => incidentId),
    byStandard: [...byStandard.entries()]
      .sort(([a], [b]) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([standard, incidentIds]) => ({ standard, incidents: incidentIds.length, incidentIds })),
  };
}
