/** What can happen to evidence and cases; each is one custody event in the ledger. Plain data, so the web app reads it too. */
export const CUSTODY_ACTIONS = [
  'init', // the ledger's first entry: commits to its origin and signing key
  'create',
  'update',
  'link',
  'intake',
  'view',
  'annotate',
  'export',
  'transfer',
  'verify',
  'capture', // a web page preserved: commits to its URL, names the items stored and how the capture went
  'sweep', // blobs no item referred to (left by interrupted intakes) removed from the vault, each by hash and size
  'analyse', // an analysis pinned to a case: commits to its question, method version, tree size and the SHA-256 of its result
  'extract', // a report's text read into candidate incidents, kept for review: commits to the item, the text's and the result's SHA-256
  'derive', // a file made from an item for viewing (a video's preview, keyframes, contact sheet, a thumbnail): commits to the original's and the derivative's SHA-256 and the exact steps that made it
  'look-alike', // an item found to look like others of its case (perceptual hash): commits to the items' ids, SHA-256s and distances
  'review', // a candidate incident decided: accepted (the records made), merged, or rejected (a commitment to the reason)
  'hold', // a legal hold put on an item's bytes in a vault with object lock, or lifted: the server refuses to delete them while it is on
  'workflow', // an incident's or an evidence item's place in the team's work changed (status, assignees, due date, duplicate link), or a case's transition table: who, what, from → to
  'comment_added', // a comment of the team's discussion on a record or an item: its subject, reply, mentions and links, and a commitment to its words (never the words)
  'comment_revised', // a comment edited: a new revision beside the old, each wording committed to, so deliberation is tamper-evident
  'label', // a sensitivity label set on or removed from an evidence item or incident (a suggestion accepted says so), or a case's own label added, renamed or retired
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];
