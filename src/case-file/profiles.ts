import { DossierError } from '../common/errors.js';
import type { PROTECTION_LEVELS } from '../sources/source-kind.js';
import { CASE_FILE_PROFILES, PROFILE_DESCRIPTIONS, type CaseFileProfileName } from './profile-names.js';

export { CASE_FILE_PROFILES, type CaseFileProfileName } from './profile-names.js';

/**
 * Who a case file is for decides what leaves in it. Sealed (restricted) parts of records (witness names,
 * contacts, exact locations of protected sites) never leave in any profile: they go to a court, if at
 * all, under protective measures through another channel.
 */
export interface CaseFileProfile {
  name: CaseFileProfileName;
  description: string;
  /** Sources shown whole; any other is reduced to its id, type, reliability and protection level. */
  sourcesShown: ReadonlyArray<(typeof PROTECTION_LEVELS)[number]>;
  /** Protected sites and exact sites coarsened to their settlement in records, ACLED and GeoJSON. */
  coarsenSensitivePlaces: boolean;
  /** Whether the evidence files themselves are in the bag (otherwise only their hashes, sizes and types). */
  evidenceFiles: boolean;
  /** Whether intake notes and sources (free text that may name people) are kept. */
  intakeText: boolean;
  /** Original file names (which may name a witness or a place) or neutral ones made of the hash. */
  fileNames: 'original' | 'neutral';
  /** Which custody entries go in: all that concern the case, or only the intakes of its evidence. */
  custody: 'all' | 'intake';
  /** Whether the analyses pinned to the case go in (each checkable against its `analyse` entry). */
  pinnedAnalyses: boolean;
}

export const PROFILES: Readonly<Record<CaseFileProfileName, CaseFileProfile>> = {
  court: {
    name: 'court',
    description: PROFILE_DESCRIPTIONS.court,
    sourcesShown: ['public', 'confidential'],
    coarsenSensitivePlaces: false,
    evidenceFiles: true,
    intakeText: true,
    fileNames: 'original',
    custody: 'all',
    pinnedAnalyses: true,
  },
  partner: {
    name: 'partner',
    description: PROFILE_DESCRIPTIONS.partner,
    sourcesShown: ['public'],
    coarsenSensitivePlaces: true,
    evidenceFiles: true,
    intakeText: false,
    fileNames: 'original',
    custody: 'all',
    pinnedAnalyses: true,
  },
  public: {
    name: 'public',
    description: PROFILE_DESCRIPTIONS.public,
    sourcesShown: ['public'],
    coarsenSensitivePlaces: true,
    evidenceFiles: false,
    intakeText: false,
    fileNames: 'neutral',
    custody: 'intake',
    pinnedAnalyses: false,
  },
};

export function caseFileProfile(name: string | undefined): CaseFileProfile {
  const profile = PROFILES[(name ?? 'court') as CaseFileProfileName];
  if (!profile) {
    throw new DossierError('VALIDATION_FAILED', `profile: must be one of ${CASE_FILE_PROFILES.join(', ')}, not "${name}"`, { field: 'profile', value: name });
  }
  return profile;
}
