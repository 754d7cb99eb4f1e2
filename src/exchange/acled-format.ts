import { ACLED_INTER_CODES, type AcledInterCode } from '../vocab/acled.js';

/** ACLED's 31 columns, in ACLED's order (DOMAIN.md, "Interoperable formats"). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string>;

/** Columns an import cannot do without; the others are read when present (older ACLED files lack some). */
export const ACLED_REQUIRED_COLUMNS: readonly AcledColumn[] = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'country',
  'location',
  'latitude',
  'longitude',
  'fatalities',
];

interface AcledCountry {
  /** ACLED's spelling. */
  name: string;
  /** ISO 3166-1 numeric, as ACLED's `iso` column writes it. */
  iso: number;
  region: string;
}

/**
 * The countries Dossier's cases cover so far, with ACLED's spelling, numeric code and region. Others are
 * exported with an empty iso and region (and a loss note) rather than with a guessed value.
 */
const ACLED_COUNTRIES: Readonly<Record<string, AcledCountry>> = {
  BH: { name: 'Bahrain', iso: 48, region: 'Middle East' },
  IR: { name: 'Iran', iso: 364, region: 'Middle East' },
  IQ: { name: 'Iraq', iso: 368, region: 'Middle East' },
  IL: { name: 'Israel', iso: 376, region: 'Middle East' },
  JO: { name: 'Jordan', iso: 400, region: 'Middle East' },
  KW: { name: 'Kuwait', iso: 414, region: 'Middle East' },
  LB: { name: 'Lebanon', iso: 422, region: 'Middle East' },
  OM: { name: 'Oman', iso: 512, region: 'Middle East' },
  PS: { name: 'Palestine', iso: 275, region: 'Middle East' },
  QA: { name: 'Qatar', iso: 634, region: 'Middle East' },
  SA: { name: 'Saudi Arabia', iso: 682, region: 'Middle East' },
  SY: { name: 'Syria', iso: 760, region: 'Middle East' },
  TR: { name: 'Turkey', iso: 792, region: 'Middle East' },
  AE: { name: 'United Arab Emirates', iso: 784, region: 'Middle East' },
  YE: { name: 'Yemen', iso: 887, region: 'Middle East' },
};

/** ACLED spellings that differ from the English names Intl gives. */
const ACLED_SPELLINGS: Readonly<Record<string, string>> = {
  'Turkey': 'TR',
  'Palestine': 'PS',
  'Democratic Republic of Congo': 'CD',
  'Republic of Congo': 'CG',
  'Ivory Coast': 'CI',
  'Czech Republic': 'CZ',
  'eSwatini': 'SZ',
  'Swaziland': 'SZ',
  'Myanmar': 'MM',
  'Burma': 'MM',
  'Macedonia': 'MK',
  'East Timor': 'TL',
  'Vatican': 'VA',
  'Hong Kong': 'HK',
  'Macau': 'MO',
  'Saint-Barthelemy': 'BL',
  'Saint-Martin': 'MF',
  'United States of America': 'US',
  'Russian Federation': 'RU',
};

// Codes Intl names that are not countries, or are withdrawn aliases of a current code.
const NOT_COUNTRIES = new Set('AN BU CS DD DY EU EZ FX HV NH QO RH SU TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

/** Case, accents, "&" and "St." do not distinguish country names. */
function foldCountry(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

let countryCodes: Map<string, string> | undefined;
let regionNames: Intl.DisplayNames | undefined;

function countryTable(): Map<string, string> {
  if (countryCodes) return countryCodes;
  const table = new Map<string, string>();
  const names = (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name === undefined || name === code) continue;
      table.set(foldCountry(name), code);
      // "Myanmar (Burma)", "Congo - Kinshasa": the part before the qualifier is a name too, unless ambiguous.
      const short = foldCountry(name.replace(/\s*(\(.*\)|-\s.*)$/, ''));
      if (short !== foldCountry(name) && short !== 'congo') table.set(short, code);
    }
  }
  for (const [name, code] of Object.entries(ACLED_SPELLINGS)) table.set(foldCountry(name), code);
  for (const [code, country] of Object.entries(ACLED_COUNTRIES)) table.set(foldCountry(country.name), code);
  countryCodes = table;
  return table;
}

/** The ISO 3166-1 alpha-2 code of a country name as ACLED or Intl spells it, or undefined. */
export function countryCodeFor(name: string): string | undefined {
  return countryTable().get(foldCountry(name));
}

/** ACLED's name, numeric code and region for a country, or what can honestly be said without the table. */
export function acledCountry(code: string | undefined): { name: string; iso: string; region: string; known: boolean } {
  if (code === undefined) return { name: '', iso: '', region: '', known: false };
  const known = ACLED_COUNTRIES[code];
  if (known) return { name: known.name, iso: String(known.iso), region: known.region, known: true };
  const name = (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(code) ?? code;
  return { name, iso: '', region: '', known: false };
}

/** Reads an inter column: ACLED wrote codes (1–8) until 2023 and names ("State forces") since. */
export function parseInterCode(text: string): AcledInterCode | undefined {
  const trimmed = text.trim();
  if (/^[1-8]$/.test(trimmed)) return Number(trimmed) as AcledInterCode;
  const wanted = trimmed.toLowerCase().replace(/s$/, '');
  for (const [code, name] of Object.entries(ACLED_INTER_CODES)) {
    if (name.toLowerCase().replace(/s$/, '') === wanted) return Number(code) as AcledInterCode;
  }
  return undefined;
}
