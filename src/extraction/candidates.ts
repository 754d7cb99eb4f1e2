/**
 * Candidate incidents: a sentence that tells of an act (a kind of incident, a means, or a verb of attack) and
 * at least one of place, date, means or victims becomes a candidate, each field pointing at the words it came
 * from. A following sentence of the same paragraph that only adds victims or a standard of proof ("At least two
 * persons died.") is part of the same candidate. Nothing here is a finding: an analyst accepts, edits or
 * rejects each candidate.
 */
import type { Count } from '../values/count.js';
import type { CountMention } from './count-mentions.js';
import type { DateMention } from './date-mentions.js';
import type { Sentence } from './passages.js';
import type { PlaceMention } from './place-mentions.js';
import type { TermMention } from './term-mentions.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface VictimFigureMention extends Span {
  count: Count;
}

export interface CandidateIncident {
  /** The incident type the words name or the means imply; null when only a verb tells of an act. */
  type: string | null;
  place: PlaceMention | null;
  date: DateMention | null;
  means: TermMention[];
  targets: TermMention[];
  /** The alleged perpetrator: a case actor named, or else a kind of actor. */
  actor: TermMention | null;
  killed: VictimFigureMention | null;
  injured: VictimFigureMention | null;
  displaced: VictimFigureMention | null;
  victimRoles: TermMention[];
  /** Words saying how sure the source is ("reasonable grounds to believe", "could not be confirmed"). */
  standardWords: Span[];
  /** The sentences it was read from. */
  evidenceSpan: Span;
}

export interface Mentions {
  places: PlaceMention[];
  dates: DateMention[];
  counts: CountMention[];
  terms: TermMention[];
}

/** What an act's means implies its type is, when the words name no type. */
const TYPE_OF_MEANS: Record<string, string> = {
  barrel_bomb: 'barrel_bomb', toxic_chemical: 'chemical_attack', incendiary: 'incendiary_attack', artillery: 'artillery_rocket_missile',
  rocket: 'artillery_rocket_missile', mlrs: 'artillery_rocket_missile', missile: 'artillery_rocket_missile', unguided_bomb: 'air_strike',
  guided_munition: 'air_strike', cluster_munition: 'air_strike', drone: 'air_strike', ied: 'ied_or_mine', small_arms: 'direct_fire', starvation: 'siege',
};

const ACT_VERBS =
  /(?<![\p{L}])(?:struck|strikes?|attack(?:ed|s)?|shell(?:ed|ing)|bomb(?:ed|ing)|dropped|hit|targeted|fired|launched|used|killed|executed|detained|abducted|besieged|قصف(?:ت)?|استهدف(?:ت)?|[أا]لق(?:ى|ت)|هاجم(?:ت)?|قتل|[أا]عدم(?:ت)?|اعتقل(?:ت)?|حاصر(?:ت)?|استخدم(?:ت)?|سقط(?:ت)?)(?![\p{L}])/iu;

const VICTIM_WORDS: [keyof Pick<CandidateIncident, 'killed' | 'injured' | 'displaced'>, RegExp][] = [
  ['killed', /(?<![\p{L}])(?:killed|dead|deaths?|died|fatalities|lost their lives|[وف]?(?:قتل|قتلى|قتيل|مقتل|مصرع|لقي|لقوا|توفي|وفاة|شهيد|شهداء|ضحايا))(?![\p{L}])/iu],
  ['injured', /(?<![\p{L}])(?:injured|wounded|injuries|hurt|[وف]?(?:جرحى|جريح|[أا]صيب|[أا]صيبوا|إصابة|إصابات|اصابه|اصابات|جرح))(?![\p{L}])/iu],
  ['displaced', /(?<![\p{L}])(?:displaced|fled|uprooted|[وف]?(?:نزح|نازح|نازحين|النازحين|تهجير|هجر))(?![\p{L}])/iu],
];

const STANDARD_WORDS =
  /(?:reasonable grounds to believe|substantial grounds to believe|beyond reasonable doubt|highly likely|likely|credible information|could not be (?:confirmed|verified)|unable to (?:confirm|verify)|not (?:been )?(?:independently )?verified|[أا]سباب معقولة للاعتقاد|من المرجح|لم يتسن التحقق|لم تتمكن من التحقق|معلومات موثوقة)/giu;

/** How far (in characters) a victims' word may be from its figure: "at least 14 civilians were killed". */
const VICTIM_REACH = 60;

export function candidateIncidents(text: string, sentences: readonly Sentence[], mentions: Mentions): CandidateIncident[] {
  const candidates: CandidateIncident[] = [];
  let open: { candidate: CandidateIncident; paragraph: number } | undefined;
  for (const sentence of sentences) {
    if (sentence.language === 'other') continue;
    const within = <T extends { start: number; end: number }>(list: readonly T[]) => list.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const words = text.slice(sentence.start, sentence.end);
    const terms = within(mentions.terms);
    const types = terms.filter((t) => t.vocab === 'incident_type');
    const means = terms.filter((t) => t.vocab === 'means');
    const figures = victimFigures(text, sentence, within(mentions.counts));
    const place = within(mentions.places)[0] ?? null;
    const date = within(mentions.dates)[0] ?? null;
    const standardWords = [...words.matchAll(STANDARD_WORDS)].map((m) => ({ text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
    const act = types.length > 0 || means.length > 0 || ACT_VERBS.test(words);
    const hasFigures = Object.keys(figures).length > 0;

    const ownFacts = place !== null || date !== null || means.length > 0 || types.length > 0;
    // A sentence that only adds victims to the act just told ("At least 14 civilians were killed.") is part of it.
    const addsToOpen = open !== undefined && open.paragraph === sentence.paragraph && !ownFacts && (hasFigures || standardWords.length > 0);
    if (act && !addsToOpen && (ownFacts || hasFigures)) {
      const candidate: CandidateIncident = {
        type: types[0]?.term ?? (means[0] ? (TYPE_OF_MEANS[means[0].term] ?? null) : null),
        place,
        date,
        means,
        targets: terms.filter((t) => t.vocab === 'target'),
        actor: terms.find((t) => t.vocab === 'actor') ?? terms.find((t) => t.vocab === 'actor_type') ?? null,
        killed: figures.killed ?? null,
        injured: figures.injured ?? null,
        displaced: figures.displaced ?? null,
        victimRoles: terms.filter((t) => t.vocab === 'victim_role'),
        standardWords,
        evidenceSpan: { text: words, start: sentence.start, end: sentence.end },
      };
      candidates.push(candidate);
      open = { candidate, paragraph: sentence.paragraph };
    } else if (open && addsToOpen) {
      // "At least two persons died.": the victims of the act just told.
      const { candidate } = open;
      candidate.killed ??= figures.killed ?? null;
      candidate.injured ??= figures.injured ?? null;
      candidate.displaced ??= figures.displaced ?? null;
      candidate.date ??= date;
      // A case actor named in the sentence that follows is more precise than a kind of actor.
      const named = terms.find((t) => t.vocab === 'actor');
      if (named && candidate.actor?.vocab !== 'actor') candidate.actor = named;
      candidate.targets.push(...terms.filter((t) => t.vocab === 'target'));
      candidate.victimRoles.push(...terms.filter((t) => t.vocab === 'victim_role'));
      candidate.standardWords.push(...standardWords);
      candidate.evidenceSpan = { text: text.slice(candidate.evidenceSpan.start, sentence.end), start: candidate.evidenceSpan.start, end: sentence.end };
    } else {
      open = undefined;
    }
  }
  return candidates;
}

/** Words that make the figure after them a part of the one before ("14 civilians, among them four children"). */
const PART_OF = /(?:among them|among whom|including|of whom|of them|بينهم|منهم|من بينهم|بمن فيهم)/iu;

/**
 * Each figure of the sentence with a victims' word beside it, under that word's kind. English puts the word
 * after the figure ("14 civilians were killed"), Arabic before it ("مقتل ١٤ مدنياً"): that side is read first.
 * A word is looked for only up to the next figure, so "14 killed and dozens injured" gives each its own; a
 * figure that is part of the one before ("among them four children") is looked past, and is no total itself.
 */
function victimFigures(text: string, sentence: Sentence, counts: readonly CountMention[]): Partial<Record<'killed' | 'injured' | 'displaced', VictimFigureMention>> {
  const figures: Partial<Record<'killed' | 'injured' | 'displaced', VictimFigureMention>> = {};
  const isPart = counts.map((count, i) => i > 0 && PART_OF.test(text.slice(counts[i - 1]!.end, count.start)));
  for (const [i, count] of counts.entries()) {
    if (isPart[i]) continue;
    let next = i + 1;
    while (next < counts.length && isPart[next]) next++;
    const before = text.slice(Math.max(sentence.start, counts[i - 1]?.end ?? 0, count.start - VICTIM_REACH), count.start);
    const after = text.slice(count.end, Math.min(sentence.end, counts[next]?.start ?? Infinity, counts[next - 1]!.end + VICTIM_REACH));
    const ahead = (kind: RegExp) => kind.exec(after)?.index;
    const behind = (kind: RegExp) => {
      const last = [...before.matchAll(new RegExp(kind.source, 'giu'))].at(-1);
      return last === undefined ? undefined : before.length - last.index - last[0].length;
    };
    const sides = sentence.language === 'ar' ? [behind, ahead] : [ahead, behind];
    for (const side of sides) {
      const nearest = VICTIM_WORDS.map(([kind, pattern]) => ({ kind, distance: side(pattern) }))
        .filter((found): found is { kind: 'killed' | 'injured' | 'displaced'; distance: number } => found.distance !== undefined)
        .sort((a, b) => a.distance - b.distance)[0];
      if (!nearest) continue;
      if (!figures[nearest.kind]) figures[nearest.kind] = { text: count.text, start: count.start, end: count.end, count: count.count };
      break;
    }
  }
  return figures;
}
