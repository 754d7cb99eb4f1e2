/**
 * Whether an incident is the doing of a party: attributed (an involvement names the party, or an actor
 * certainly under it at the incident's dates), possibly attributed (an either-or involvement names it among
 * others, or names an actor under it on some of the incident's possible days only), or named only in
 * attributions the investigators discounted. An either-or involvement is attributed to a party only when every
 * actor it names was certainly under that party, because then whichever of them did it, the party did; it is
 * therefore never attributed to two parties that do not command one another.
 */
import { STANDARDS_OF_PROOF } from '../vocab/vocabularies.js';
import { subordinationDuring, type CommandCoverage } from './chain-of-command.js';
import type { SnapshotIncident, SnapshotInvolvement } from './snapshot.js';

export type AttributionLevel = 'attributed' | 'possible';

export interface IncidentAttribution {
  status: AttributionLevel | 'discounted';
  /** The strongest standard of proof reached by the involvements that attribute it; null when none states one. */
  standard: string | null;
}

/** An attribution the investigators discounted is kept out of the counts (and reported apart). */
export const DISCOUNTED_STATUS = 'discounted';

/** How `incident` stands to the party whose chain of command `coverage` describes; null when nothing names it. */
export function attributionOf(incident: SnapshotIncident, coverage: CommandCoverage): IncidentAttribution | null {
  let attributed = false;
  let possible = false;
  let discounted = false;
  let standard: string | null = null;
  for (const involvement of incident.involvements) {
    const level = involvementLevel(involvement, incident, coverage);
    if (level === null) continue;
    if (involvement.attributionStatus === DISCOUNTED_STATUS) discounted = true;
    else if (level === 'possible') possible = true;
    else {
      attributed = true;
      standard = stronger(standard, involvement.standardReached);
    }
  }
  if (attributed) return { status: 'attributed', standard };
  if (possible) return { status: 'possible', standard: null };
  return discounted ? { status: 'discounted', standard: null } : null;
}

function involvementLevel(involvement: SnapshotInvolvement, incident: SnapshotIncident, coverage: CommandCoverage): AttributionLevel | null {
  const levels = involvement.actorIds.map((actorId) => subordinationDuring(coverage, actorId, incident.days));
  if (!levels.some((level) => level !== null)) return null;
  const sure = involvement.eitherOr ? levels.every((level) => level === 'certain') : levels.includes('certain');
  return sure ? 'attributed' : 'possible';
}

/** The standards in ladder order; a standard outside the ladder ranks below it, ties broken by name. */
function stronger(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  const rank = (standard: string) => (STANDARDS_OF_PROOF as readonly string[]).indexOf(standard);
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return a < b ? a : b;
}
