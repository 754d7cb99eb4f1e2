import { defineWordings, type Wording, type WordingValues } from '../common/wording.js';

/**
 * Why an item's content credentials (C2PA) were not found or could not be checked (content-credentials.ts,
 * content-credentials-file.ts, evidence-credentials.ts). Names of the standard and of formats are values, read
 * the same in every language; what a library or the system said is a value too, as it said it.
 */
export const credentialWordings = defineWordings('credentials', {
  noManifest: 'the file carries no {c2pa} manifest',
  noManifestBox: 'the video carries no {c2pa} manifest box',
  unsupportedFormat: 'not a {jpeg}, {png} or {heif} image: the {c2pa} reader cannot open this format, so nothing was checked',
  onlyHeif:
    'a {c2pa} manifest is present, but the {c2pa} reader validates only {heif} among {bmff} files (not {mp4} or {mov} video): its signature and hashes were NOT checked',
  storeWithoutManifest: 'a {c2pa} manifest store is present but holds no manifest: not valid',
  storeUnparsable: 'a {c2pa} manifest store is present but could not be parsed ({problem}): not valid',
  readerFailed: 'the {c2pa} reader failed on this file ({problem}): nothing was checked',
  structureUnreadable: "the file's structure could not be read ({problem}): damaged or cut short?",
  cannotOpen: 'the file could not be opened ({problem})',
  cannotRead: 'the file could not be read ({problem})',
  tooLargeToCopy: '{size, number} bytes, above the {max, number} the {c2pa} reader may copy and hold: not checked',
  tooLargeToHold: '{size, number} bytes, above the {max, number} the {c2pa} reader may hold in memory (it needs the whole file): not checked',
  malformedBox: 'a malformed box at byte {offset}: the video is damaged or cut short, nothing was checked',
});

/** The format names the reasons about formats are given. */
export const CREDENTIAL_FORMATS = { jpeg: 'JPEG', png: 'PNG', heif: 'HEIF', bmff: 'ISO BMFF', mp4: 'MP4', mov: 'MOV' } as const;

/** A reason, the standard's name given. */
export function credentialReason(key: keyof typeof credentialWordings.english, values: WordingValues = {}): Wording {
  return credentialWordings.say(key, { c2pa: 'C2PA', ...values });
}
