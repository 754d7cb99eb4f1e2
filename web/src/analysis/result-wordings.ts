/**
 * The sentences a result carries in English (its method's name and assumptions, why a figure is missing), in
 * the reader's language. Results keep the server's English byte for byte, pinned ones too; the wording each line
 * was said from is found again from the result's own figures (src/analysis/*-wordings.ts), and used only when it
 * says exactly that English: a line this version does not say is shown as the server wrote it.
 */
import { COMPARE_METHOD_WORDING, noShareWording } from '../../../src/analysis/compare-wordings.js';
import { methodSaid, saidAs, type MethodWording } from '../../../src/analysis/method-wording.js';
import { noRegularityWording, noSpanWording, PATTERN_METHOD_WORDING } from '../../../src/analysis/pattern-wordings.js';
import { noBusiestWording, noOverlapWording, SEQUENCE_METHOD_WORDING } from '../../../src/analysis/sequence-wordings.js';
import { noRatioWording, TEMPO_METHOD_WORDING, type Counted } from '../../../src/analysis/tempo-wordings.js';
import { WHERE_METHOD_WORDING } from '../../../src/analysis/where-wordings.js';
import type { Wording } from '../../../src/common/wording.js';
import { translate, type MessageValues } from '../i18n/active-locale.js';
import { wordingText } from '../i18n/wording.js';
import type { AnalysisEnvelope, AnalysisName, EpochChange, EpochSide, PartyComparison, PatternResult, SequencePlace, SequenceResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';

const METHODS: Record<AnalysisName, MethodWording> = {
  tempo: TEMPO_METHOD_WORDING,
  sequence: SEQUENCE_METHOD_WORDING,
  compare: COMPARE_METHOD_WORDING,
  pattern: PATTERN_METHOD_WORDING,
  where: WHERE_METHOD_WORDING,
};

/** `english` in the reader's language when `wording` says exactly it; else as the server wrote it. */
export function saidText(english: string, wording: Wording | null, localValues?: MessageValues): string {
  const said = saidAs(english, wording);
  return said ? wordingText(said, localValues) : english;
}

/** The wordings of a result's method name and of each assumption (null: a line to show in the server's English). */
export const methodWordings = (result: AnalysisEnvelope) => methodSaid(result.method, METHODS[result.analysis]);

/** Why a window (or the superposed windows) has no rate ratio on these counts. */
export function noRatioText(change: EpochChange<EpochSide>, counted: Counted): string | null {
  const english = counted === 'certain' ? change.tooFew : change.tooFewPossible;
  if (english === undefined) return null;
  return saidText(english, noRatioWording(change.after[counted], change.before[counted], change.before.days, counted));
}

export const noBusiestText = (place: SequencePlace): string | null => (place.busiestReason === null ? null : saidText(place.busiestReason, noBusiestWording(place.busiest)));

export function noOverlapText(result: SequenceResult): string | null {
  if (result.overlapReason === null) return null;
  return saidText(result.overlapReason, noOverlapWording(result.places.length, result.level), { level: translate(m.levelName, { level: result.level }) });
}

export function noShareText(party: PartyComparison): string | null {
  const { reason, attacks } = party.protectedShareBasis;
  return reason === null ? null : saidText(reason, noShareWording(attacks));
}

/** What the pattern's time section stands on when it has no regularity or no span. */
export function patternTimeNote({ span, regularity }: PatternResult): string | null {
  if (regularity.reason !== null) return saidText(regularity.reason, noRegularityWording(span.dated.count));
  return span.reason === null ? null : saidText(span.reason, noSpanWording(span.dated.count));
}
