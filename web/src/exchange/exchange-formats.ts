import { CASE_FILE_PROFILES as PROFILE_NAMES, type CaseFileProfileName } from '../../../src/case-file/profile-names.js';
import { caseFileProfileAbout, caseFileProfileMessages, exchangeMessages as m } from './exchange.messages.js';

/** The case's export formats, as the API serves them under /cases/:caseId/export/:format; `label` and `about` are messages. */
export const EXPORT_FORMATS = [
  { format: 'acled', label: m.acledCsv, extension: 'csv', coarsens: true, about: m.aboutAcled },
  { format: 'geojson', label: m.geojson, extension: 'geojson', coarsens: true, about: m.aboutGeojson },
  { format: 'json', label: m.fullJson, extension: 'json', coarsens: false, about: m.aboutJson },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['format'];

/** The download address of one export; `coarsen` is sent only to the formats that take it. */
export function exportHref(caseId: string, format: ExportFormat, coarsen: boolean): string {
  const path = `/api/v1/cases/${encodeURIComponent(caseId)}/export/${format}`;
  const takes = EXPORT_FORMATS.find((f) => f.format === format)?.coarsens === true;
  return takes && coarsen ? `${path}?coarsen=true` : path;
}

/** The name the browser saves an export under. */
export function exportFileName(caseId: string, format: ExportFormat, coarsen: boolean): string {
  const spec = EXPORT_FORMATS.find((f) => f.format === format)!;
  const suffix = format === 'acled' ? '-acled' : '';
  return `${caseId}${suffix}${spec.coarsens && coarsen ? '-coarsened' : ''}.${spec.extension}`;
}

/** Who a case file is for, and what that keeps and leaves out (messages): the server's own profiles. */
export const CASE_FILE_PROFILES = PROFILE_NAMES.map((name: CaseFileProfileName) => ({ name, label: caseFileProfileMessages[name], about: caseFileProfileAbout[name] }));
export type CaseFileProfile = CaseFileProfileName;

export function caseFileHref(caseId: string, profile: CaseFileProfile, includeDeliberation = false): string {
  // The team's discussion leaves only in a court case file, and only by an owner's choice (the server checks both).
  const deliberation = includeDeliberation && profile === 'court' ? '&includeDeliberation=true' : '';
  return `/api/v1/cases/${encodeURIComponent(caseId)}/export/bag?profile=${profile}${deliberation}`;
}
