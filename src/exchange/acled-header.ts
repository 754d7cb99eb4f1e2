import { DossierError } from '../common/errors.js';
import type { Wording } from '../common/wording.js';
import { acledFileWordings } from './acled-file-wordings.js';
import { ACLED_REQUIRED_COLUMNS } from './acled-format.js';

/**
 * An ACLED file's header, its names trimmed and lowercased as the importer reads them. A header that names a
 * column twice, or lacks one the import needs, refuses the whole file: no row could be read with certainty.
 */
export function checkAcledHeader(names: string[]): string[] {
  const header = names.map((name) => name.trim().toLowerCase());
  const twice = repeatedColumn(header);
  if (twice) {
    const problem = acledFileWordings.say('columnTwice', { column: twice.name, first: twice.first + 1, second: twice.second + 1 });
    throw headerError(problem, { problem: problem.text, column: twice.name });
  }
  const missing = ACLED_REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    const said = acledFileWordings.say('missingColumns', { count: missing.length, names, needed: ACLED_REQUIRED_COLUMNS.join(', ') });
    throw headerError(said, { problem: `missing column${missing.length > 1 ? 's' : ''} ${names}`, missing });
  }
  return header;
}

function headerError(wording: Wording, details: Record<string, unknown>): DossierError {
  return new DossierError('VALIDATION_FAILED', `header: ${wording.text}`, { field: 'header', ...details, wording });
}

/** The first column named twice (names already trimmed and lowercased); unnamed columns are never read, so they may repeat. */
function repeatedColumn(header: string[]): { name: string; first: number; second: number } | undefined {
  const seen = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) return { name, first, second: i };
    seen.set(name, i);
  }
  return undefined;
}
