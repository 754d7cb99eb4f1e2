import type { Command } from 'commander';
import { invalidField } from '../../common/errors.js';
import { getEvidence, itemsOfCase } from '../../evidence/evidence.js';
import { findLookAlikesOf, type LookAlikeLinking } from '../../similarity/look-alikes.js';
import { distanceInWords, LOOK_ALIKE_THRESHOLD } from '../../similarity/look-alike-distance.js';
import { similarItems, type SimilarItems } from '../../similarity/similar-items.js';
import { print, table, withDossier } from '../context.js';
import { countProgress } from '../progress.js';

/** `dossier evidence similar` and `dossier evidence look-alikes`: images of a case that look like each other. */
export function registerLookAlikes(evidence: Command): void {
  evidence
    .command('similar')
    .description('list the items of the item\'s cases that look like it (perceptual hash), with their distance and which was taken in first')
    .argument('<ref>', 'an evidence id, or its SHA-256 (a prefix of 8+ hex digits will do)')
    .option('--max-distance <bits>', `also list items this close that are not linked (bits of 64 that differ; links are made at ${LOOK_ALIKE_THRESHOLD})`)
    .action(async (ref: string, options: { maxDistance?: string }, command: Command) => {
      const maxDistance = options.maxDistance === undefined ? undefined : Number(options.maxDistance);
      if (maxDistance !== undefined && !(Number.isInteger(maxDistance) && maxDistance >= 0 && maxDistance <= 64)) throw invalidField('max-distance', 'is a whole number of bits from 0 to 64', options.maxDistance);
      const found = await withDossier(command, async (d) => {
        const item = await getEvidence(d, ref);
        return similarItems(d.database.db, item.id, item.cases, maxDistance);
      });
      print(command, found, () => similarInWords(found));
    });
  evidence
    .command('look-alikes')
    .description('hash a case\'s images (perceptual hash) and link those that look alike, logged in the ledger: for items taken in before, or to read them again')
    .requiredOption('--case <id>', 'the case')
    .argument('[refs...]', 'only these items (ids or SHA-256 prefixes); default every image of the case')
    .action(async (refs: string[], options: { case: string }, command: Command) => {
      const done = await withDossier(command, async (d) => {
        const items = await itemsOfCase(d, options.case, refs);
        const progress = countProgress('Hashing images', items.length, 'items');
        try {
          return await findLookAlikesOf(d, d.config.actor, items, options.case, (done) => progress.update(done));
        } finally {
          progress.stop();
        }
      });
      print(command, done, () => linkingsInWords(done.linkings, done.failures));
    });
}

export function linkingsInWords(linkings: readonly LookAlikeLinking[], failures: readonly { evidenceId: string; reason: string }[]): string {
  const linked = linkings.filter((l) => l.linked.length > 0);
  return [
    `Hashed ${linkings.length} image${linkings.length === 1 ? '' : 's'}; ${linked.length} newly linked to look-alikes in the case (links made before are kept, not repeated).`,
    ...linked.map(lookAlikeLine),
    ...failures.map((f) => `  NOT HASHED ${f.evidenceId}: ${f.reason}`),
  ].join('\n');
}

export function lookAlikeLine(linking: LookAlikeLinking): string {
  return `  ${linking.evidenceId} looks like ${linking.linked.map((x) => `${x.evidenceId} (${distanceInWords(x.distance)}, ${x.distance}/64)`).join(', ')}  ledger #${linking.ledgerSeq}`;
}

function similarInWords(found: SimilarItems): string {
  if (!found.hashed && found.lookAlikes.length === 0) return `${found.evidenceId} has not been hashed: dossier evidence look-alikes --case ID ${found.evidenceId}`;
  if (found.lookAlikes.length === 0) return `Nothing in ${found.evidenceId}'s cases looks like it.`;
  const first = (id: string) => (id === found.firstTakenIn ? 'first' : '');
  return [
    table([
      ['ITEM', 'DISTANCE', 'LOOKS', 'SHA-256', 'FIRST INTAKE', '', 'NAME'],
      [found.evidenceId, '-', '(this item)', '', found.firstIntakeAt ?? '', first(found.evidenceId), found.originalName ?? ''],
      ...found.lookAlikes.map((l) => [l.evidenceId, l.distance === null ? '?' : `${l.distance}/64`, l.linked ? distanceInWords(l.distance) : `${distanceInWords(l.distance)}, not linked`, l.sha256.slice(0, 12), l.firstIntakeAt, first(l.evidenceId), l.originalName]),
    ]),
  ].join('\n');
}
