/**
 * Dossier's own alias table: names people use that OCHA's gazetteer does not carry, each pointing at one
 * community, admin or neighbourhood P-code, or at a named-area id from data/geo/named-areas.geojson.
 *
 * Only add an alias when the name means one place to the people who use it. Spelling variants that the
 * spelling key already joins (Hamah/Hama, Deir ez-Zor/Dayr az Zawr) need no alias; add one anyway when the
 * variant must outrank other places that share its key (Jobar in Damascus over Jober near Homs).
 */
export interface PlaceAlias {
  alias: string;
  /** A P-code (C…, SY…) or a named-area id. */
  target: string;
  /** Why this alias exists: what the name is and who uses it. */
  note: string;
}

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  // Rural Damascus: East Ghouta
  { alias: 'Erbin', target: 'C2321', note: 'Common English spelling of Arbin (عربين), East Ghouta; OCHA writes Arbin' },
  { alias: 'Irbin', target: 'C2321', note: 'Romanisation of عربين closer to the Arabic vowels' },
  { alias: '‘Irbīn', target: 'C2321', note: 'Scholarly romanisation of عربين, with ayn and long vowel' },
  { alias: 'Arbeen', target: 'C2321', note: 'Spelling of Arbin in activist and press reports' },
  { alias: 'Douma', target: 'C2338', note: 'Usual press spelling of Duma, Rural Damascus (the April 2018 chemical attack); other Dumas exist' },
  { alias: 'Ain Tarma', target: 'C2315', note: 'Usual spelling of عين ترما; OCHA writes Ein Terma' },
  { alias: 'Ayn Tarma', target: 'C2315', note: 'Romanisation of عين ترما' },
  { alias: 'Jobar', target: 'C10011011', note: 'Damascus neighbourhood on the East Ghouta front; OCHA writes Jowbar (a Jober near Homs also exists)' },
  { alias: 'East Ghouta', target: 'east-ghouta', note: 'The besieged enclave east of Damascus, 2013-2018 (named area)' },
  { alias: 'Eastern Ghouta', target: 'east-ghouta', note: 'Name used by the UN and the press for the East Ghouta enclave' },
  { alias: 'الغوطة الشرقية', target: 'east-ghouta', note: 'Arabic name of East Ghouta' },
  { alias: 'Ghouta al-Sharqiya', target: 'east-ghouta', note: 'Romanised Arabic name of East Ghouta' },
  // Rural Damascus: elsewhere
  { alias: 'Moadamiyeh', target: 'C2499', note: 'Usual spelling of Muadamiyat al-Sham (western Ghouta); OCHA writes Madamiyet Elsham' },
  { alias: 'Muadamiyat al-Sham', target: 'C2499', note: 'Romanisation of معضمية الشام' },
  { alias: 'Moadamiyat al-Sham', target: 'C2499', note: 'Another common spelling of معضمية الشام' },
  { alias: 'Rif Dimashq', target: 'SY03', note: 'Romanised Arabic name of the Rural Damascus governorate' },
  { alias: 'Damascus Countryside', target: 'SY03', note: 'Translation of ريف دمشق used in some reports' },
  // Damascus
  { alias: 'Dimashq', target: 'C1001', note: 'Romanised Arabic name of Damascus' },
  { alias: 'Damas', target: 'C1001', note: 'French name of Damascus' },
  { alias: 'Sham', target: 'C1001', note: 'Colloquial name of Damascus (ash-Sham)' },
  { alias: 'Ash-Sham', target: 'C1001', note: 'Colloquial name of Damascus, with article' },
  { alias: 'الشام', target: 'C1001', note: 'Colloquial Arabic name of Damascus' },
  // Aleppo
  { alias: 'Halab', target: 'C1007', note: 'Romanised Arabic name of Aleppo (حلب)' },
  { alias: 'Haleb', target: 'C1007', note: 'Turkish and colloquial spelling of Aleppo' },
  { alias: 'Alep', target: 'C1007', note: 'French name of Aleppo' },
  { alias: 'Eastern Aleppo', target: 'aleppo-east', note: 'Opposition-held eastern Aleppo city, besieged in 2016 (named area)' },
  { alias: 'East Aleppo', target: 'aleppo-east', note: 'Short form of eastern Aleppo' },
  { alias: 'Western Aleppo', target: 'aleppo-west', note: 'Government-held western Aleppo city in 2016 (named area)' },
  { alias: 'West Aleppo', target: 'aleppo-west', note: 'Short form of western Aleppo' },
  { alias: 'Urum al-Kubra', target: 'C1029', note: 'Where the UN-SARC aid convoy was struck on 19 September 2016; OCHA writes Big Orm (أورم الكبرى)' },
  { alias: 'Orem al-Kubra', target: 'C1029', note: 'Spelling of Urum al-Kubra in press reports of the 2016 convoy attack' },
  { alias: 'Orum al-Kubra', target: 'C1029', note: 'Another romanisation of أورم الكبرى' },
  { alias: 'Urm al-Kubra', target: 'C1029', note: 'Romanisation of أورم الكبرى' },
  { alias: 'Kobani', target: 'C1946', note: 'Kurdish name of Ain al-Arab (عين العرب)' },
  { alias: 'Kobane', target: 'C1946', note: 'Kurdish name of Ain al-Arab, common press spelling' },
  // Dar'a, Idlib and the north-west
  { alias: 'Daraa', target: 'C5993', note: "Usual English spelling of Dar'a city, the governorate capital" },
  { alias: 'Deraa', target: 'C5993', note: "Older press spelling of Dar'a city" },
  { alias: "Dara'a", target: 'C5993', note: "Another spelling of Dar'a city" },
  { alias: 'Idlib', target: 'C3871', note: 'Usual spelling of Idleb city, the governorate capital' },
  { alias: 'Khan Sheikhoun', target: 'C3987', note: 'Site of the April 2017 sarin attack; OCHA writes Khan Shaykun' },
  { alias: 'Khan Shaykhun', target: 'C3987', note: 'Romanisation of خان شيخون used in OPCW reports' },
  { alias: 'Kafranbel', target: 'C4068', note: 'Usual spelling of Kafr Nabl; OCHA writes Kafr Nobol' },
  // East and centre
  { alias: 'Palmyra', target: 'C2889', note: 'Classical name of Tadmor (تدمر)' },
  { alias: 'Tabqa', target: 'C5929', note: 'Everyday name of al-Thawrah city on the Euphrates dam (Tabaqa in Hasakeh is another place)' },
  { alias: 'Al-Tabqa', target: 'C5929', note: 'Everyday name of al-Thawrah city, with article' },
];
