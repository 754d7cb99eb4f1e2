import { CASE_FILE_PROFILES as PROFILE_NAMES, PROFILE_DESCRIPTIONS, type CaseFileProfileName } from '../../../src/case-file/profile-names.js';

/** The case's export formats, as the API serves them under /cases/:caseId/export/:format. */
export const EXPORT_FORMATS = [
  {
    format: 'acled',
    label: 'ACLED CSV',
    extension: 'csv',
    coarsens: true,
    about: 'ACLED’s 31 columns, one row per place and day; claims, qualifications and assessments are not in the format.',
  },
  {
    format: 'geojson',
    label: 'GeoJSON',
    extension: 'geojson',
    coarsens: true,
    about: 'The incidents as an RFC 7946 FeatureCollection, for a GIS; its “losses” member says what it leaves out.',
  },
  {
    format: 'json',
    label: 'Full JSON',
    extension: 'json',
    coarsens: false,
    about: 'The whole case, every record of every kind and the evidence list, without loss: for the team, not to share.',
  },
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

const PROFILE_LABELS: Record<CaseFileProfileName, string> = { court: 'a court', partner: 'a partner organisation', public: 'publication' };

/** Who a case file is for, and what that keeps and leaves out: the server's own profiles, described once. */
export const CASE_FILE_PROFILES = PROFILE_NAMES.map((name) => ({ name, label: PROFILE_LABELS[name], about: PROFILE_DESCRIPTIONS[name] }));
export type CaseFileProfile = CaseFileProfileName;

export function caseFileHref(caseId: string, profile: CaseFileProfile): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/export/bag?profile=${profile}`;
}
