import fs from 'node:fs';
import path from 'node:path';

/**
 * What the language checks share (the catalogue's tests here, the browser suites in e2e/): the names written the
 * same in every language, and the walk over the web app's files. Tests only; the app never imports it.
 */

/** Names of formats, standards and the app itself, kept in Latin letters in Arabic too. */
const NAMES_IN_EVERY_LANGUAGE = new Set(
  ['Dossier', 'BagIt', 'PDF', 'CSV', 'JSON', 'WARC', 'WACZ', 'C2PA', 'ACLED', 'OCHA', 'EDTF', 'SHA', 'RFC', 'URL', 'ID', 'TOTP', 'HTTP', 'S3', 'P-code', 'Ed25519', 'UTC', 'GeoJSON', 'KML', 'MIME', 'Markdown', 'UTF', 'ISO'].map((name) =>
    name.toLowerCase(),
  ),
);

export const isNameInEveryLanguage = (word: string): boolean => NAMES_IN_EVERY_LANGUAGE.has(word.toLowerCase());

/** The web app's source folder. */
export const WEB_SOURCE = path.resolve(import.meta.dirname, '..');

/** Every file under `dir` whose name `keep` accepts, depth first. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}
