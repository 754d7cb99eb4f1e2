import fs from 'node:fs';
import { CHROMIUM } from '../../src/capture/browser-capture.js';

/**
 * Whether Debian's chromium is here. .ci/run installs it and sets DOSSIER_REQUIRE_BROWSER, so on CI a
 * missing browser fails the run; elsewhere the browser suites are skipped, loudly.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.DOSSIER_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  console.warn(`\n!! ${CHROMIUM} is missing: the capture tests are NOT RUN (apt-get install chromium)\n`);
  return false;
}
