/**
 * Candidate incidents: a sentence that tells of an act (a kind of incident, a means, or a verb of attack) and
 * at least one of place, date, means or victims becomes a candidate, each field pointing at the words it came
 * from. A following sentence of the same paragraph that only adds victims or a standard of proof ("At least two
 * persons died."), or tells more of the same kind of act without a place of its own, is part of the same
 * candidate; "in the town" and "that day" take the place and day of the act told last; headings give none.
 * Nothing here is a finding: an analyst accepts, edits or rejects each candidate.
 */
import type { Count } from '../values/count.js';
import type { IncidentType, Means } from '../vocab/terms-events.js';
import type { CountMention } from './count-mentions.js';
import type { DateMention } from './date-mentions.js';
import type { Sentence } from './passages.js';
import type { PlaceMention } from './place-mentions.js';
import { within } from './spans.js';
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

/** Every list sorted by start, as the finders give them. */
export interface Mentions {
  places: PlaceMention[];
  dates: DateMention[];
  counts: CountMention[];
  terms: TermMention[];
}

/** What an act's means implies its type is, when the words name no type. */
const TYPE_OF_MEANS: Partial<Record<Means, IncidentType>> = {
  barrel_bomb: 'barrel_bomb', toxic_chemical: 'chemical_attack', incendiary: 'incendiary_attack', artillery: 'artillery_rocket_missile',
  rocket: 'artillery_rocket_missile', mlrs: 'artillery_rocket_missile', missile: 'artillery_rocket_missile', unguided_bomb: 'air_strike',
  guided_munition: 'air_strike', cluster_munition: 'air_strike', drone: 'air_strike', ied: 'ied_or_mine', small_arms: 'direct_fire', starvation: 'siege',
};

/** Words that point back at the place just named ("in the town", "there", "في البلدة"). */
const SAME_PLACE = /(?<![\p{L}])(?:the (?:same )?(?:town|city|village|area|neighbourhood|neighborhood|camp)|there|[وف]?(?:في |ب)?(?:البلده|المدينه|القريه|المنطقه|البلدة|المدينة|القرية|المنطقة|المخيم|هناك))(?![\p{L}])/iu;

/** Words that point back at the day just named ("later that day", "في اليوم نفسه"). */
const SAME_DAY = /(?<![\p{L}])(?:(?:that|the same) day|[وف]?(?:في )?(?:ذلك اليوم|اليوم نفسه|نفس اليوم))(?![\p{L}])/iu;

/**
 * A heading or a title: a short paragraph of one line with no full stop ("Siege and starvation", "Dozens dead
 * after gas attack, 5 April 2017"). What it names is told again below it, where it has its place and victims.
 */
function isHeading(text: string, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index]!;
  const alone = sentences[index - 1]?.paragraph !== sentence.paragraph && sentences[index + 1]?.paragraph !== sentence.paragraph;
  const words = text.slice(sentence.start, sentence.end);
  return alone && !/[.!?؟۔]["'”’)\]]*$/.test(words) && !words.includes('\n') && words.split(/\s+/).length <= 12;
}

/** Words for aircraft: an attack told with them and no other means was from the air. */
const AIRCRAFT = /(?<![\p{L}])(?:aircraft|warplanes?|jets?|helicopters?|airstrikes?|[وف]?(?:طائرات|طائره|طائرة|الطيران|مروحيه|مروحية|مروحيات|الحربي))(?![\p{L}])/iu;

const ACT_VERBS =
  /(?<![\p{L}])(?:struck|strikes?|attack(?:ed|s)?|shell(?:ed|ing)|bomb(?:ed|ing)|dropped|hit|targeted|fired|launched|used|killed|executed|detained|abducted|besieged|قصف(?:ت)?|استهدف(?:ت)?|[أا]لق(?:ى|ت)|هاجم(?:ت)?|قتل|[أا]عدم(?:ت)?|اعتقل(?:ت)?|حاصر(?:ت)?|استخدم(?:ت)?|سقط(?:ت)?)(?![\p{L}])/iu;

const VICTIM_WORDS: [keyof Pick<CandidateIncident, 'killed' | 'injured' | 'displaced'>, RegExp][] = [
  ['killed', /(?<![\p{L}])(?:killed|killing|dead|deaths?|died|fatalities|lost their lives|[وف]?(?:قتل|قتلى|قتيل|مقتل|مصرع|لقي|لقوا|توفي|وفاة|شهيد|شهداء|ضحايا))(?![\p{L}])/iu],
  ['injured', /(?<![\p{L}])(?:injured|injuring|wounded|wounding|injuries|hurt|[وف]?(?:جرحى|جريح|[أا]صيب|[أا]صيبوا|إصابة|إصابات|اصابه|اصابات|جرح))(?![\p{L}])/iu],
  ['displaced', /(?<![\p{L}])(?:displaced|fled|uprooted|[وف]?(?:نزح|نازح|نازحين|النازحين|تهجير|هجر))(?![\p{L}])/iu],
];

const STANDARD_WORDS =
  /(?:reasonable grounds to believe|substantial grounds to believe|beyond reasonable doubt|highly likely|likely|credible information|could not be (?:confirmed|verified)|unable to (?:confirm|verify)|not (?:been )?(?:independently )?verified|[أا]سباب معقولة للاعتقاد|من المرجح|لم يتسن التحقق|لم تتمكن من التحقق|معلومات موثوقة)/giu;

/** How far (in characters) a victims' word may be from its figure: "at least 14 civilians were killed". */
const VICTIM_REACH = 60;

export function candidateIncidents(text: string, sentences: readonly Sentence[], mentions: Mentions): CandidateIncident[] {
  const candidates: CandidateIncident[] = [];
  let open: { candidate: CandidateIncident; paragraph: number } | undefined;
  let last: CandidateIncident | undefined;
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.language === 'other' || isHeading(text, sentences, index)) continue;
    const inSentence = <T extends { start: number; end: number }>(list: readonly T[]) => within(list, sentence.start, sentence.end);
    const words = text.slice(sentence.start, sentence.end);
    const terms = inSentence(mentions.terms);
    const types = terms.filter((t) => t.vocab === 'incident_type');
    const means = terms.filter((t) => t.vocab === 'means');
    const figures = victimFigures(text, sentence, inSentence(mentions.counts));
    const place = inSentence(mentions.places)[0] ?? null;
    const date = inSentence(mentions.dates)[0] ?? null;
    const standardWords = [...words.matchAll(STANDARD_WORDS)].map((m) => ({ text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
    const act = types.length > 0 || means.length > 0 || ACT_VERBS.test(words);
    const hasFigures = Object.keys(figures).length > 0;

    // A candidate needs an act and one of place, date, means or victims (a heading naming a type is none).
    const ownFacts = place !== null || date !== null || means.length > 0 || terms.some((t) => t.vocab === 'toxic_agent');
    const type = typeOf(types, means, terms, words);
    const sameParagraph = open !== undefined && open.paragraph === sentence.paragraph;
    // A sentence of the same paragraph with no place of its own that only adds victims ("At least 14 civilians
    // were killed."), or tells more of the same kind of act ("…died of starvation"), is part of the act just told.
    const addsToOpen = sameParagraph && place === null && (!ownFacts || (type !== null && type === open!.candidate.type)) && (hasFigures || standardWords.length > 0 || ownFacts);
    if (act && !addsToOpen && (ownFacts || hasFigures)) {
      const candidate: CandidateIncident = {
        type,
        // "Later that day, rockets hit a clinic in the town": the place and day of the act told last.
        place: place ?? (last && SAME_PLACE.test(words) ? last.place : null),
        date: date ?? (last && SAME_DAY.test(words) ? last.date : null),
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
      last = candidate;
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

/** The type the words name; or the one their means imply (a toxic agent is a chemical means); or from the air. */
function typeOf(types: readonly TermMention[], means: readonly TermMention[], terms: readonly TermMention[], words: string): string | null {
  if (types[0]) return types[0].term;
  if (means[0]) return TYPE_OF_MEANS[means[0].term as Means] ?? null;
  if (terms.some((t) => t.vocab === 'toxic_agent')) return 'chemical_attack';
  return AIRCRAFT.test(words) ? 'air_strike' : null;
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
