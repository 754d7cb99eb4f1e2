/**
 * The shape of a synthetic demo incident as planned, before it becomes records: what synthetic-plan.ts draws,
 * synthetic-draws.ts fills in part by part and synthetic.ts writes. In a file of its own so the plan and its
 * draws both use it without importing each other.
 */
import type { Count } from '../../values/count.js';
import type { AttributionStatus, FactualRole, IncidentType, Means, StandardOfProof, TargetObject, VerificationGrade, VictimProtectedStatus } from '../../vocab/vocabularies.js';

/** The synthetic actors, by role; synthetic.ts creates one record for each. */
export type SyntheticActorKey = 'armedForces' | 'airForce' | 'squadron1' | 'squadron2' | 'squadron3' | 'allied' | 'opposition';

export interface InvolvementPlan {
  actors: SyntheticActorKey[];
  eitherOr: boolean;
  factualRole: FactualRole;
  attributionStatus: AttributionStatus;
  standardReached?: StandardOfProof;
}

export interface VictimPlan {
  description: string;
  protectedStatuses: VictimProtectedStatus[];
  killed?: Count;
  injured?: Count;
  displaced?: Count;
}

export interface ActPlan {
  type: IncidentType;
  means: Means[];
  targets: TargetObject[];
  involvement: InvolvementPlan;
  victims: VictimPlan;
}

export interface IncidentPlan {
  storyline: 'air_campaign' | 'idleb_campaign' | 'shelling' | 'siege';
  /** The title, with {place} where the place's name goes: "Barrel bombs on a market in {place}". */
  what: string;
  /** The narrative, with {place} where the place's name goes. */
  narrative: string;
  types: IncidentType[];
  date: { edtf: string; asReported?: string };
  /** An OCHA community P-code. */
  pcode: string;
  crossedBorder?: 'no';
  acts: ActPlan[];
  /** Verification assessments, oldest first: the last one is the incident's grade. */
  grades: { grade: VerificationGrade; assessedOn: string }[];
}
