import { defineWordings } from '../common/wording.js';
import { AMENDMENTS } from './catalogue-art8.js';

const CONFLICT = (name: string) =>
  `{${name}, select, international {international armed conflicts} non_international {non-international armed conflicts} other {{${name}}}}`;

/**
 * Warnings on using a provision for a conflict of the other type, or one added by an amendment (catalogue.ts
 * applicabilityWarnings). `scope` is the conflict type the provision covers, `other` the one assumed; `advice`
 * is the provision's own advice (its translations are in catalogue-text-fr.ts and -ar.ts).
 */
export const applicabilityWordings = defineWordings('qualification', {
  counterpart: `{citation} applies to ${CONFLICT('scope')} only; for ${CONFLICT('other')} consider its counterpart {counterpart}`,
  advice: `{citation} applies to ${CONFLICT('scope')} only; {advice}`,
  noCounterpart: `{citation} applies to ${CONFLICT('scope')} only; the Statute has no counterpart for ${CONFLICT('other')}`,
  amendment:
    `{citation} was added by the {amendment, select, ${AMENDMENTS.map((a) => `${a.id} {${a.name}}`).join(' ')} other {{amendment}}}, adopted {adopted}, and applies` +
    ' only for States that have ratified it (art. 121(5)): ' +
    "check ratification by the territorial State and the accused's State of nationality.",
});
