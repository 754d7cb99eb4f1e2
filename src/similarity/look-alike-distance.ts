/** How far apart look-alikes are, in bits and in words. Plain data and maths, so the web app reads it too. */

/**
 * At most this many of 64 bits differ between look-alikes. Measured on eight generated scenes (test-scenes.ts):
 * a 50% resize 0–2, JPEG q=30 0–2, 10% off each edge 0–2 (its whole frame against the original's centre-80;
 * 12–24 against the original's whole frame), a screenshot (status bar and margins off, scaled) 2–8; centred
 * crops keeping 95/85/75% of each side 0–6/4–10/6–10, 70% 12–22 (not found); unrelated scenes 24–36.
 * Off-centre crops are found up to ~5% off one corner (6–12 there); more is out of reach of centre hashes.
 */
export const LOOK_ALIKE_THRESHOLD = 10;

/** Bits of 64 that differ, in words an analyst reads at a glance. */
export function distanceInWords(distance: number | null): string {
  if (distance === null) return 'linked';
  if (distance <= 2) return 'near-identical';
  if (distance <= 6) return 'very similar';
  if (distance <= LOOK_ALIKE_THRESHOLD) return 'similar';
  return 'somewhat similar';
}
