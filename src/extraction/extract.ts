/**
 * Extraction: a document's text in, mentions and candidate incidents out, pure (no database, nothing saved).
 * Places, dates, figures, means, targets, actors and victims' roles are found with their spans; figures inside
 * a date ("15 July 2016") are the date's; relative dates are read against the anchor: the one given (the
 * document's metadata or the analyst), or else the first full date in the document's opening lines.
 */
import type { Gazetteer } from '../places/gazetteer.js';
import { candidateIncidents, type CandidateIncident } from './candidates.js';
import { findCountMentions, type CountMention } from './count-mentions.js';
import { findDateMentions, type DateMention } from './date-mentions.js';
import { sentencesOf, unreadLanguageOf, type PassageLanguage } from './passages.js';
import { findPlaceMentions, type PlaceMention } from './place-mentions.js';
import { findTermMentions, type NamedActor, type TermMention } from './term-mentions.js';

export interface ExtractionOptions {
  gazetteer: Gazetteer;
  /** The document's date (YYYY-MM-DD) that relative phrases are read against. */
  anchor?: string | undefined;
  /** The case's actors, found by their names and aliases. */
  actors?: readonly NamedActor[];
  /** Read every passage as this language instead of telling each passage's language by its letters. */
  language?: 'en' | 'ar' | undefined;
}

export interface Extraction {
  /** The anchor used and where it came from; null when there was none. */
  anchor: { date: string; from: 'given' | 'text' } | null;
  /** Sentences read per language; passages in another script are listed, not read. */
  languages: Record<PassageLanguage, number>;
  /** Passages not read, each with what it is written in: a language ("French") or a script ("Cyrillic"). */
  unread: { start: number; end: number; script: string }[];
  places: PlaceMention[];
  dates: DateMention[];
  counts: CountMention[];
  means: TermMention[];
  targets: TermMention[];
  actors: TermMention[];
  /** Kinds of incident, toxic agents and victims' roles named. */
  otherTerms: TermMention[];
  incidents: CandidateIncident[];
}

/** How far into a document its own date is looked for (a report's date is on its first lines). */
const OPENING = 1500;

export function extract(text: string, options: ExtractionOptions): Extraction {
  const sentences = sentencesOf(text).map((sentence) => (options.language ? { ...sentence, language: options.language } : sentence));
  const languages: Record<PassageLanguage, number> = { en: 0, ar: 0, other: 0 };
  for (const sentence of sentences) languages[sentence.language]++;
  const unread = sentences.filter((s) => s.language === 'other').map(({ start, end }) => ({ start, end, script: unreadLanguageOf(text.slice(start, end)) }));
  const readable = (mention: { start: number; end: number }) => !unread.some((u) => mention.start >= u.start && mention.end <= u.end);

  const anchor = options.anchor ? { date: options.anchor, from: 'given' as const } : anchorFromText(text);
  const dates = findDateMentions(text, anchor?.date).filter(readable);
  const counts = findCountMentions(text).filter((count) => readable(count) && !insideADate(count, dates));
  const places = findPlaceMentions(text, options.gazetteer).filter(readable);
  const terms = findTermMentions(text, options.actors).filter(readable);
  const of = (...vocabs: string[]) => terms.filter((t) => vocabs.includes(t.vocab));
  return {
    anchor,
    languages,
    unread,
    places,
    dates,
    counts,
    means: of('means'),
    targets: of('target'),
    actors: of('actor', 'actor_type'),
    otherTerms: of('incident_type', 'toxic_agent', 'victim_role'),
    incidents: candidateIncidents(text, sentences, { places, dates, counts, terms }),
  };
}

/** Whether a figure overlaps one of the dates (sorted by start): "15" in "15 July 2016" is the date's. */
function insideADate(count: { start: number; end: number }, dates: readonly DateMention[]): boolean {
  let [low, high] = [0, dates.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]!.end <= count.start) low = middle + 1;
    else high = middle;
  }
  return low < dates.length && dates[low]!.start < count.end;
}

/** The first date of day precision in the document's opening lines, if any. */
export function anchorFromText(text: string): { date: string; from: 'text' } | null {
  const first = findDateMentions(text.slice(0, OPENING)).find((date) => date.edtf && /^\d{4}-\d{2}-\d{2}$/.test(date.edtf));
  return first ? { date: first.edtf!, from: 'text' } : null;
}
