import { choiceParams, type IncidentFilters } from '../filters.js';
import { translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { analysisMessages as m } from './analysis.messages.js';

/**
 * An analysis's query, as its route takes it and as a pin stores it: strings, and whole numbers where the
 * route wants a number (the window's days), so a pinned run asks exactly what the page asked.
 */
export type AnalysisParams = Record<string, string | number>;

/** The verification grades a minimum can be set at, weakest first (the API's scale). */
export const GRADE_SCALE = ['reported', 'single_source', 'corroborated', 'confirmed'] as const;

/** The shared filters that do not narrow an analysis: the API's analyses take the list's structured filters only. */
const NOT_APPLIED: { key: keyof IncidentFilters; words: Message }[] = [
  { key: 'q', words: m.textSearch },
  { key: 'bbox', words: m.mapArea },
];

/**
 * The case's shared filters as an analysis's selection (type, means, target, grade, actor, place, dates), with a
 * minimum grade, and the filters set that an analysis cannot apply, in words, so the page can say so.
 */
export function selectionParams(filters: IncidentFilters, minGrade: string | undefined): { params: AnalysisParams; notApplied: string[] } {
  const params: AnalysisParams = {};
  for (const [key, value] of choiceParams(filters)) params[key] = value;
  if (filters.pcode) params.pcode = filters.pcode;
  if (filters.from?.trim()) params.from = filters.from.trim();
  if (filters.to?.trim()) params.to = filters.to.trim();
  if (minGrade) params.minGrade = minGrade;
  const notApplied = NOT_APPLIED.filter(({ key }) => (key === 'q' ? Boolean(filters.q?.trim()) : filters[key] !== undefined)).map(({ words }) => translate(words));
  return { params, notApplied };
}

/** The query string of an analysis route, keys in a fixed order so equal questions make equal addresses. */
export function analysisQuery(params: AnalysisParams): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(params).sort()) query.set(key, String(params[key]));
  return query.toString();
}

export function analysisPath(caseId: string, analysis: string, params: AnalysisParams): string {
  const query = analysisQuery(params);
  return `/cases/${encodeURIComponent(caseId)}/analysis/${analysis}${query ? `?${query}` : ''}`;
}

export interface TempoChoice {
  bin: 'day' | 'week' | 'month';
  eventIds: readonly string[];
  eventKind: string;
  /** YYYY-MM-DD, comma- or space-separated as typed */
  dates: string;
  windowDays: number;
}

/** Dates typed in one field, "2016-09-12, 2016-10-01": split on commas and spaces, empty parts dropped. */
export function typedDates(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Tempo's own parameters: the window's days are asked only when there is something to compare around. */
export function tempoParams(choice: TempoChoice): AnalysisParams {
  const params: AnalysisParams = { bin: choice.bin };
  const dates = typedDates(choice.dates);
  if (choice.eventIds.length) params.around = choice.eventIds.join(',');
  if (choice.eventKind) params.aroundKind = choice.eventKind;
  if (dates.length) params.aroundDate = dates.join(',');
  if (choice.eventIds.length || choice.eventKind || dates.length) params.window = choice.windowDays;
  return params;
}
