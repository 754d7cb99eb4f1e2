/**
 * The figures the methods compute with and state in their assumptions and reasons: kept apart from the
 * computations (statistics.ts needs jStat), so the wordings, and through them the web app, say the very numbers
 * the server used.
 */

/** The confidence level of every interval the analyses give. */
export const CONFIDENCE = 0.95;

/** Tempo: below this many incidents in before and after together, no rate ratio. */
export const MIN_INCIDENTS_FOR_RATIO = 5;

/** Parties compared: below this many attributed attacks (incidents with a recorded target), no share. */
export const MIN_ATTACKS_FOR_SHARE = 5;
