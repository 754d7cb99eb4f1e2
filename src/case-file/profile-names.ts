/** Who a case file can be made for, and what each keeps and leaves out, in words. Plain data: the web app reads it too. */
export const CASE_FILE_PROFILES = ['court', 'partner', 'public'] as const;
export type CaseFileProfileName = (typeof CASE_FILE_PROFILES)[number];

export const PROFILE_DESCRIPTIONS: Readonly<Record<CaseFileProfileName, string>> = {
  court: 'For a court or prosecutor: every record and evidence file, public and confidential sources, exact places, the whole custody record.',
  partner: 'For a partner organisation: evidence files and records, public sources only, protected and exact sites coarsened, intake notes left out.',
  public: 'For publication: records with public sources only and coarsened places; evidence listed by hash, size and type (no file names) but not included; custody of intakes only.',
};
