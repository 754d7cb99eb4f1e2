/**
 * The figures a victim group records, each a count that keeps its uncertainty. On its own, importing nothing,
 * so the analyses' result shapes and the web app can name them without the record kind's machinery.
 */
export const VICTIM_FIGURES = ['killed', 'injured', 'missing', 'detained', 'displaced'] as const;
export type VictimFigure = (typeof VICTIM_FIGURES)[number];
