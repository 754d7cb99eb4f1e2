/**
 * A method's name and assumptions said from wordings (src/common/wording.ts): results keep the English
 * exactly as before, so results pinned to the ledger still verify, and the web app finds each line's wording
 * again by its English (`methodSaid`) and says it in the reader's language. References are cited as published.
 */
import type { Wording } from '../common/wording.js';
import type { AnalysisMethod } from './analysis-result.js';

export interface MethodWording {
  name: Wording;
  assumptions: readonly Wording[];
}

export function methodOf(wording: MethodWording, version: string, references: readonly string[]): AnalysisMethod {
  return { name: wording.name.text, version, assumptions: wording.assumptions.map((assumption) => assumption.text), references: [...references] };
}

/** The wording `english` was said from, when this one says exactly that (a result of another version may not). */
export const saidAs = (english: string | null | undefined, wording: Wording | null | undefined): Wording | null =>
  wording && english !== null && english !== undefined && wording.text === english ? wording : null;

/** A result's method name and each assumption with the wording it was said from, or null for a line this version does not say. */
export function methodSaid(method: AnalysisMethod, wording: MethodWording | undefined): { name: Wording | null; assumptions: (Wording | null)[] } {
  const byText = new Map((wording?.assumptions ?? []).map((assumption) => [assumption.text, assumption]));
  return { name: saidAs(method.name, wording?.name), assumptions: method.assumptions.map((line) => byText.get(line) ?? null) };
}
