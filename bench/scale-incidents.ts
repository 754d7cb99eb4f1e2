/**
 * Synthetic incident inputs for the scale benchmark, as an investigator would type them into Dossier: types
 * from the vocabulary, EDTF dates over ten years (days, approximate months, uncertain days and years,
 * intervals), communities of the project's gazetteer (a few towns far more often than the rest, as in real
 * documentation), and titles and narratives mixing English and Arabic words so full-text ranking has work.
 */
import { SeededRandom } from '../src/app/seeded-random.js';
import type { CommunityProperties } from '../src/places/geo-data.js';
import { INCIDENT_TYPE_TERMS, INCIDENT_TYPES, TARGET_OBJECTS, VERIFICATION_GRADES } from '../src/vocab/vocabularies.js';

export interface IncidentInput {
  title: string;
  narrative: string;
  types: string[];
  date: { edtf: string };
  place: { precision: 'settlement'; pcodes: { community: string }; geometry: { type: 'Point'; coordinates: [number, number] } };
  tags?: string[];
}

/** The one case the incidents are written in. */
export const SCALE_CASE = 'scale';
/** Aleppo, Duma, Arbin, Urum al-Kubra, Dar'a: lead the long tail of places. */
export const LEADING_PLACES = ['C1007', 'C2338', 'C2321', 'C1029', 'C5993'];

/** Ten years of days, 2012–2021 (an interval may end up to a month later). */
export const FIRST_DAY = Date.UTC(2012, 0, 1);
export const DAYS = 3653;
export const dayText = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

export const ENGLISH_WORDS = [
  'hospital', 'market', 'bakery', 'school', 'convoy', 'checkpoint', 'shelter', 'mosque', 'water', 'camp', 'clinic',
  'ambulance', 'warehouse', 'bridge', 'generator', 'field', 'neighbourhood', 'residential', 'building', 'street',
] as const;
export const ARABIC_WORDS = ['مستشفى', 'سوق', 'مخبز', 'مدرسة', 'قافلة', 'حاجز', 'ملجأ', 'مسجد', 'مخيم', 'عيادة', 'إسعاف', 'مستودع'] as const;
const WITNESSES = ['a nurse', 'a teacher', 'a civil defence volunteer', 'a shopkeeper', 'a local council member', 'a doctor', 'residents'];
const VERBS = ['struck', 'hit', 'destroyed', 'damaged', 'shelled', 'set on fire'];
const AFTERMATH = ['casualties were reported', 'the building collapsed', 'rescue work lasted until night', 'the area was evacuated', 'families fled north'];
const TAGS = ['double-tap', 'night', 'ramadan', 'ceasefire-breach', 'verified-video', 'satellite'];
const TYPE_LABEL = new Map<string, string>(INCIDENT_TYPE_TERMS.map(([id, label]) => [id, label]));

/** Grades as the latest verification assessment would leave them (the assessments are not generated). */
const GRADE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['reported', 60], ['single_source', 15], ['corroborated', 14], ['confirmed', 6], ['contested', 3], ['discounted', 2],
];
/** Air and artillery attacks dominate, as in the documentation of the Syrian war. */
const TYPE_WEIGHTS: readonly (readonly [string, number])[] = INCIDENT_TYPES.map((type) => [
  type,
  type === 'air_strike' ? 30 : type === 'artillery_rocket_missile' ? 20 : type === 'barrel_bomb' ? 10 : 2,
]);

export interface Community {
  pcode: string;
  en: string;
  ar: string;
  lon: number;
  lat: number;
}

/** Picks communities with a long tail: the k-th most documented is about 1/k^0.9 as frequent as the first. */
export class CommunityPicker {
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(readonly communities: readonly Community[]) {
    communities.forEach((_, k) => this.cumulative.push((this.total += 1 / (k + 1) ** 0.9)));
  }

  static fromGazetteer(features: readonly { properties: CommunityProperties }[], random: SeededRandom, first: readonly string[]): CommunityPicker {
    const all = features
      .map(({ properties: p }) => ({ pcode: p.PCODE, en: p.NAME_EN, ar: p.NAME_ARA ?? p.NAME_EN, lon: p.LONGITUDE, lat: p.LATITUDE }))
      .filter((c) => Number.isFinite(c.lon) && Number.isFinite(c.lat));
    const shuffled = all.map((c) => [random.next(), c] as const).sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    // The best-known towns lead the long tail, so a benchmark's P-code filters hit both common and rare places.
    const leading = first.flatMap((pcode) => shuffled.filter((c) => c.pcode === pcode));
    return new CommunityPicker([...leading, ...shuffled.filter((c) => !first.includes(c.pcode))]);
  }

  pick(random: SeededRandom): Community {
    const roll = random.next() * this.total;
    let [low, high] = [0, this.cumulative.length - 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid]! < roll) low = mid + 1;
      else high = mid;
    }
    return this.communities[low]!;
  }
}

/** An EDTF date of one of the forms investigators use, with the day it centres on. */
function syntheticDate(random: SeededRandom): string {
  const day = random.int(0, DAYS - 1);
  const roll = random.next();
  if (roll < 0.7) return dayText(day);
  if (roll < 0.8) return `${dayText(day).slice(0, 7)}~`;
  if (roll < 0.85) return `${dayText(day)}?`;
  if (roll < 0.95) return `${dayText(day)}/${dayText(day + random.int(1, 30))}`;
  if (roll < 0.998) return dayText(day).slice(0, 7);
  return `${dayText(day).slice(0, 4)}?`;
}

export function syntheticIncident(random: SeededRandom, places: CommunityPicker): { input: IncidentInput; grade: string } {
  const place = places.pick(random);
  const first = random.weighted(TYPE_WEIGHTS);
  const types = random.chance(0.3) ? [...new Set([first, random.weighted(TYPE_WEIGHTS)])] : [first];
  const target = random.pick(ENGLISH_WORDS);
  const targetAr = random.pick(ARABIC_WORDS);
  const label = TYPE_LABEL.get(first) ?? first;
  const title = random.chance(0.2) ? `${label} on the ${target} in ${place.en} (${targetAr} ${place.ar})` : `${label} on the ${target} in ${place.en}`;
  const sentences = [
    `According to ${random.pick(WITNESSES)}, an attack ${random.pick(VERBS)} the ${target} near the ${random.pick(ENGLISH_WORDS)} in ${place.en}.`,
    `${random.pick(ARABIC_WORDS)} ${targetAr} في ${place.ar}.`,
    `Afterwards ${random.pick(AFTERMATH)}; the ${random.pick(ENGLISH_WORDS)} and the ${random.pick(TARGET_OBJECTS).replaceAll('_', ' ')} were also hit.`,
  ];
  const narrative = sentences.slice(0, random.int(1, 3)).join(' ');
  const input: IncidentInput = {
    title,
    narrative,
    types,
    date: { edtf: syntheticDate(random) },
    place: {
      precision: 'settlement',
      pcodes: { community: place.pcode },
      // Within about a kilometre of the community's point.
      geometry: { type: 'Point', coordinates: [round(place.lon + (random.next() - 0.5) / 50), round(place.lat + (random.next() - 0.5) / 50)] },
    },
  };
  if (random.chance(0.1)) input.tags = [random.pick(TAGS)];
  return { input, grade: random.weighted(GRADE_WEIGHTS) };
}

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

export { VERIFICATION_GRADES };
