/**
 * The counts a party's row is made of, each over its attributed incidents with the possibly attributed ones
 * beside them, and each leading back to the incident ids it counts: incidents per term (type, means, target),
 * per target category, per standard of proof, and victim figures summed with their bounds.
 */
import { STANDARDS_OF_PROOF } from '../vocab/vocabularies.js';
import type { TermPair } from '../vocab/term-list.js';
import type { StandardCount } from './analysis-result.js';
import type { AttributedCount, TargetCategoryCount, TermCount } from './compare-result.js';
import { TARGET_CATEGORIES, targetProtection } from './protected-objects.js';
import type { SnapshotIncident } from './snapshot.js';

export const NOT_ASSESSED = 'not_assessed';

/** Incidents per key (an incident counted once per key it has), in `order`, then any other key by name; keys counting nothing are left out. */
function countBy(attributed: readonly SnapshotIncident[], possible: readonly SnapshotIncident[], keysOf: (incident: SnapshotIncident) => Iterable<string>, order: readonly string[]) {
  const counts = new Map<string, AttributedCount>();
  const add = (incidents: readonly SnapshotIncident[], into: 'attributedIds' | 'possiblyAttributedIds') => {
    for (const incident of incidents) {
      for (const key of new Set(keysOf(incident))) {
        const count = counts.get(key) ?? { attributed: 0, possiblyAttributed: 0, attributedIds: [], possiblyAttributedIds: [] };
        count[into].push(incident.id);
        counts.set(key, count);
      }
    }
  };
  add(attributed, 'attributedIds');
  add(possible, 'possiblyAttributedIds');
  for (const count of counts.values()) {
    count.attributed = count.attributedIds.length;
    count.possiblyAttributed = count.possiblyAttributedIds.length;
  }
  const rank = new Map(order.map((key, i) => [key, i]));
  const keys = [...counts.keys()].sort((a, b) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length) || (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => ({ key, count: counts.get(key)! }));
}

export function termCounts(attributed: readonly SnapshotIncident[], possible: readonly SnapshotIncident[], termsOf: (incident: SnapshotIncident) => readonly string[], vocabulary: readonly TermPair[]): TermCount[] {
  const labels = new Map(vocabulary);
  return countBy(attributed, possible, termsOf, vocabulary.map(([id]) => id)).map(({ key, count }) => ({ term: key, label: labels.get(key) ?? key, ...count }));
}

export function targetCategoryCounts(attributed: readonly SnapshotIncident[], possible: readonly SnapshotIncident[]): TargetCategoryCount[] {
  const categoriesOf = (incident: SnapshotIncident) => incident.targets.flatMap((term) => targetProtection(term)?.category ?? []);
  const byCategory = new Map(TARGET_CATEGORIES.map((category) => [category.category as string, category]));
  return countBy(attributed, possible, categoriesOf, TARGET_CATEGORIES.map((c) => c.category)).map(({ key, count }) => {
    const { category, label, protection, terms } = byCategory.get(key)!;
    return { category, label, protection, terms, ...count };
  });
}

/** Attributed incidents per the strongest standard of proof their attribution reached, weakest first. */
export function standardCounts(attributed: readonly { id: string; standard: string | null }[]): StandardCount[] {
  const ids = new Map<string, string[]>();
  for (const { id, standard } of attributed) {
    const key = standard ?? NOT_ASSESSED;
    const list = ids.get(key) ?? [];
    list.push(id);
    ids.set(key, list);
  }
  const order = [...STANDARDS_OF_PROOF, NOT_ASSESSED] as string[];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...ids.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([standard, incidentIds]) => ({ standard, incidents: incidentIds.length, incidentIds }));
}

