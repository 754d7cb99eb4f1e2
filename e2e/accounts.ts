/** The accounts e2e/serve.ts creates; the suites sign in with them. */
export const ONE_TIME_PASSWORD = 'one-time password 4821';
export const PASSWORD = 'a long test passphrase';
export const ACCOUNTS = {
  /** An owner of the demo case who must choose a new password at first sign-in. */
  newcomer: 'amal',
  /** An owner of the demo case, password already chosen. */
  owner: 'nadia',
  /** An analyst of the demo case: reads, never writes. */
  analyst: 'omar',
  /** External counsel on the demo case: sees only what the owners disclose, runs and pins no analysis. */
  counsel: 'karim',
  /** A reviewer, member of no case until a suite adds her to a case of its own (the workflow suite). */
  reviewer: 'rana',
  /** An instance administrator, member of no case. */
  admin: 'root-admin',
  /** An owner of the demo case who reads the app in Arabic and French (the language suites change her choice). */
  polyglot: 'layla',
  /** An administrator the language suites switch between languages, so root-admin's stays English. */
  polyglotAdmin: 'sami',
} as const;
