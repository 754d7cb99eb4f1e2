/** What parties compared returns (compare.ts computes it): declarations only, shared with the web app. */
import type { AnalysisEnvelope, Interval, StandardCount, VictimTotals } from './analysis-result.js';
import type { Protection, TargetCategory } from './protected-objects.js';

export interface AttributedCount {
  attributed: number;
  possiblyAttributed: number;
  attributedIds: string[];
  possiblyAttributedIds: string[];
}

export interface TermCount extends AttributedCount {
  term: string;
  label: string;
}

export interface TargetCategoryCount extends AttributedCount {
  category: TargetCategory;
  label: string;
  protection: Protection;
  terms: readonly string[];
}

export interface ProtectedShareBasis {
  /** Attributed incidents that record at least one target: the denominator. */
  attacks: number;
  /** Of those, the ones with at least one specially protected target: the numerator. */
  onProtected: number;
  onProtectedIds: string[];
  /** Attributed incidents recording no target (detentions, disappearances…), left out of the share. */
  withoutTarget: number;
  withoutTargetIds: string[];
  /** Why there is no share, or null when there is one. */
  reason: string | null;
}

export interface PartyComparison {
  actor: { id: string; name: string; actorKind: string };
  incidents: AttributedCount & {
    /** Incidents that name the party only in attributions marked discounted: counted nowhere else. */
    discountedOnly: number;
    discountedOnlyIds: string[];
  };
  byType: TermCount[];
  byMeans: TermCount[];
  byTarget: TermCount[];
  byTargetCategory: TargetCategoryCount[];
  protectedShare: Interval | null;
  protectedShareBasis: ProtectedShareBasis;
  /** Victim figures summed over the attributed incidents, and apart over the possibly attributed ones. */
  victims: VictimTotals;
  victimsPossiblyAttributed: VictimTotals;
  standards: StandardCount[];
}

export interface CompareResult extends AnalysisEnvelope {
  analysis: 'compare';
  parties: PartyComparison[];
}
