import type { ColumnType, Kysely } from 'kysely';

/** A column added later: null for rows written before it, optional when inserting. */
type Later<T> = ColumnType<T | null, T | null | undefined, T | null>;

/**
 * The tables as Kysely sees them. Times are ISO 8601 UTC strings on both engines, so the same row reads
 * the same from SQLite and PostgreSQL; hashes are raw bytes (BLOB / BYTEA).
 */
export interface CasesTable {
  id: string;
  title: string;
  description: string;
  created_at: string;
  created_by: string;
  /** Salt of the ledger's commitments to this row's free text (see ledger/commitment.ts). */
  salt: string;
  /** Days the case's evidence stays locked from its intake, in a vault with object lock; null: the instance's. */
  retention_days: number | null;
}

export interface EvidenceItemsTable {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
  original_name: string;
  intake_at: string;
  intake_by: string;
  source: string | null;
  note: string | null;
}

export interface EvidenceCasesTable {
  evidence_id: string;
  case_id: string;
  linked_at: string;
  linked_by: string;
}

/** Every intake of every file, including repeats of content the vault already holds. */
export interface EvidenceIntakesTable {
  id: string;
  evidence_id: string;
  case_id: string;
  at: string;
  actor: string;
  original_name: string;
  source: string | null;
  note: string | null;
  ledger_seq: number;
  salt: string;
  /** The handover it came in (migrations/0013-handovers.ts), and the file's path and times as handed over. */
  handover_id: Later<string>;
  file_path: Later<string>;
  file_modified_at: Later<string>;
  file_created_at: Later<string>;
}

/** What an item's own metadata says (migrations/0014-media-metadata.ts). */
export interface EvidenceMetadataTable {
  evidence_id: string;
  read_at: string;
  /** The reader and its version, e.g. "ExifTool 13.59". */
  tool: string;
  /** The capture time as an instant, only when the item gave its zone. */
  captured_at: string | null;
  /** The capture time as the device's clock wrote it, zone or not ("2017-02-14T10:31:05"); migrations/0018. */
  captured_local: Later<string>;
  lat: number | null;
  lon: number | null;
  /** JSON: the reading (media-metadata.ts MediaMetadata). */
  reading: string;
  /** JSON: the raw tags, as ExifTool gave them. */
  raw: string;
}

/** What an item's content credentials say (migrations/0015-content-credentials.ts). */
export interface EvidenceCredentialsTable {
  evidence_id: string;
  read_at: string;
  /** The reader and its version, e.g. "@trustnxt/c2pa-ts 0.9.4". */
  tool: string;
  /** none, valid, invalid or unreadable (content-credentials.ts CredentialsState). */
  state: string;
  /** JSON: the report (content-credentials.ts ContentCredentialsReport). */
  report: string;
}

/** A file made from an item for people to look at, never the evidence itself (migrations/0017-derivatives.ts). */
export interface EvidenceDerivativesTable {
  evidence_id: string;
  kind: 'preview' | 'contact-sheet' | 'keyframe' | 'thumbnail';
  /** Its bytes in the vault. */
  sha256: string;
  media_type: string;
  size: number;
  made_at: string;
  /** The programs and their versions, e.g. "ffmpeg 5.1.9-0+deb12u1". */
  tool: string;
  /** JSON: each step's argument list, the program first; {original} and {work}/ stand for the paths. */
  command: string;
  /** Where in the video a keyframe or a video's thumbnail was taken. */
  frame_seconds: number | null;
  /** JSON: a contact sheet's tiles' times, in order. */
  tile_seconds: string | null;
  ledger_seq: number;
}

/** What an image looks like, per frame and region (migrations/0016-perceptual-hashes.ts). */
export interface EvidencePerceptualHashesTable {
  evidence_id: string;
  /** '' for an image; for a video, the keyframe's time in seconds. */
  frame: string;
  /** 'full', 'centre-90', 'centre-80' (similarity/perceptual-hash.ts REGIONS). */
  region: string;
  algorithm: string;
  /** 64 bits as 16 hex digits. */
  hash: string;
  /** Its four 16-bit pieces, high to low, each indexed (multi-index hashing). */
  piece0: number;
  piece1: number;
  piece2: number;
  piece3: number;
  hashed_at: string;
}

/** One item found to look like another of the same case, as its ledger entry says (migrations/0016-perceptual-hashes.ts). */
export interface LookAlikeLinksTable {
  case_id: string;
  /** The item whose hashing found the link. */
  evidence_id: string;
  /** The item the case already held that it looks like. */
  look_alike_id: string;
  distance: number;
  algorithm: string;
  linked_at: string;
  linked_by: string;
  ledger_seq: number;
}

/** A handover of material (migrations/0013-handovers.ts). */
export interface HandoversTable {
  id: string;
  case_id: string;
  received_at: string;
  received_by: string;
  medium: string | null;
  note: string | null;
  /** Who handed it over: sealed (an envelope of the case's key), never stored plain. */
  handed_over_by: string | null;
  /** JSON: the folders handed over, as absolute paths (path-text), by which an interrupted intake is resumed. */
  roots: string | null;
  /** The ledger entry of the last receipt issued; null while the intake has not finished. */
  receipt_seq: number | null;
  salt: string;
  ledger_seq: number;
}

/** `entry` holds the exact canonical JSON that was hashed; the other columns are copies for querying. */
export interface LedgerEntriesTable {
  seq: number;
  entry: string;
  at: string;
  actor: string;
  action: string;
  evidence_sha256: string | null;
  case_id: string | null;
}

/** Perfect subtrees of the ledger's Merkle tree, so proofs cost O(log n) reads. */
export interface MerkleNodesTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface CheckpointsTable {
  tree_size: number;
  root_hash: Buffer;
  note: string;
  created_at: string;
}

/** A record of the documentation model; `doc` is its whole canonical JSON, the rest are query copies. */
export interface RecordsTable {
  id: string;
  kind: string;
  case_id: string;
  parent_id: string | null;
  incident_id: string | null;
  rev: number;
  title: string;
  status: string | null;
  date_earliest: string | null;
  date_latest: string | null;
  sort_date: string;
  span_days: number | null;
  lat: number | null;
  lon: number | null;
  west: number | null;
  south: number | null;
  east: number | null;
  north: number | null;
  admin1: string | null;
  admin2: string | null;
  community: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  doc: string;
  /** The restricted part, sealed (see sealing/keyring.ts); null when the record has none. */
  sealed: string | null;
  /** On an incident's row: the incident types it and its acts carry (records/incident-types.ts); else null. */
  incident_types: string | null;
}

export interface RecordTermsTable {
  record_id: string;
  incident_id: string | null;
  case_id: string;
  vocab: string;
  term: string;
}

export interface RecordRevisionsTable {
  record_id: string;
  rev: number;
  kind: string;
  case_id: string;
  at: string;
  actor: string;
  salt: string;
  commitment: string;
  ledger_seq: number;
  doc: string;
  sealed: string | null;
}

export interface SearchFtsTable {
  title: string;
  body: string;
  /** Tokens naming the case and the kind (see db/search-index.ts). */
  scope: string;
}

export interface SearchDocsTable {
  record_id: string;
  kind: string;
  case_id: string;
  title: string;
  body: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  /** 0 or 1 on both engines. */
  must_change_password: number;
  is_admin: number;
  totp_secret: string | null;
  failed_logins: number;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  created_by: string;
  /** The web app's language (en, fr, ar); null: the browser's. */
  language: string | null;
  /** 'latn' (0-9) or 'arab' (Arabic-Indic digits); null: the language's usual digits. */
  numerals: string | null;
}

/** `id_hash` is the SHA-256 of the cookie's value: a copy of the database does not hand out sessions. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  address: string;
}

export interface ApiTokensTable {
  id: string;
  secret_hash: string;
  user_id: string;
  name: string;
  role: string;
  case_ids: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  role: string;
  granted_at: string;
  granted_by: string;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  event: string;
  actor: string;
  address: string | null;
  details: string;
}

/** A case's data keys, each wrapped (AES-256-GCM) by the master key named by its fingerprint. */
/** One row (id 1): the master key the sealed data is under (migrations/0007-master-key-state.ts). */
export interface MasterKeyStateTable {
  id: number;
  master_key_id: string;
  changed_at: string;
}

/** An analysis pinned to a case (migrations/0009-pinned-analyses.ts). */
export interface PinnedAnalysesTable {
  id: string;
  case_id: string;
  analysis: string;
  title: string;
  /** Canonical JSON of what was asked. */
  parameters: string;
  /** The result exactly as returned: canonical JSON. */
  result: string;
  result_sha256: string;
  tree_size: number;
  pinned_at: string;
  pinned_by: string;
  ledger_seq: number;
}

/** An extraction kept for review (migrations/0012-extractions.ts). */
export interface ExtractionsTable {
  id: string;
  case_id: string;
  evidence_id: string;
  /** Canonical JSON of how it was run: the anchor and language given. */
  options: string;
  /** SHA-256 of the text read, so a text changed since (OCR run again) is noticed. */
  text_sha256: string;
  /** The extraction exactly as computed: canonical JSON. */
  result: string;
  result_sha256: string;
  created_at: string;
  created_by: string;
  ledger_seq: number;
}

/** A candidate incident of an extraction and the decision on it (migrations/0012-extractions.ts). */
export interface ExtractionCandidatesTable {
  extraction_id: string;
  /** Its position in the extraction's incidents, from 0. */
  number: number;
  case_id: string;
  status: string;
  /** Canonical JSON of what accepting it would record, as last shaped. */
  proposal: string;
  merged_into: number | null;
  reason: string | null;
  reason_salt: string | null;
  /** JSON: the ids of the records an accept made. */
  records: string | null;
  /** JSON: fields of a corroborated candidate that had no record of the incident to be claimed about. */
  not_recorded: string | null;
  decided_at: string | null;
  decided_by: string | null;
  ledger_seq: number | null;
}

/** Where an imported record came from (migrations/0008-record-origins.ts). */
export interface RecordOriginsTable {
  record_id: string;
  case_id: string;
  partner_log: string;
  partner_case_id: string;
  partner_record_id: string;
  partner_rev: number;
  bag_tag_manifest_sha256: string;
  bag_entry: string;
  transfer_seq: number;
}

export interface CaseKeysTable {
  case_id: string;
  version: number;
  wrapped: string;
  master_key_id: string;
  created_at: string;
}

export interface DisclosuresTable {
  case_id: string;
  object_id: string;
  /** 'record', 'evidence' or 'analysis' (a pinned analysis). */
  object_type: string;
  disclosed_at: string;
  disclosed_by: string;
}

export interface WebCapturesTable {
  id: string;
  case_id: string;
  /** As asked for; may name a person, so it is kept here and only committed to in the ledger. */
  url: string;
  requested_at: string;
  requested_by: string;
  /** 'queued', 'running', 'done' or 'failed'. */
  state: string;
  /** Null: any of the server's workers; otherwise the one process that may run it. */
  runner: string | null;
  /** Until when the running capture's worker is known to be alive (renewed while it runs). */
  lease_until: string | null;
  attempts: number;
  started_at: string | null;
  ended_at: string | null;
  final_url: string | null;
  http_status: number | null;
  error_code: string | null;
  error_message: string | null;
  wacz_evidence_id: string | null;
  screenshot_evidence_id: string | null;
  pdf_evidence_id: string | null;
  text_evidence_id: string | null;
  /** The page's own metadata and the capture's notes, as JSON. */
  metadata: string | null;
  salt: string;
  ledger_seq: number | null;
}

export interface EvidenceTextsTable {
  id: string;
  evidence_id: string;
  case_id: string;
  /** 'web-page', 'web-archive', 'pdf' or 'ocr'. */
  origin: string;
  /** Where in the item: a page's URL, "page 3". */
  locator: string;
  /** Which part of the text at that locator (a long page is kept in parts), from 0. */
  part: number;
  text: string;
  /** `text` folded as queries are; PostgreSQL's tsvector is made from it. */
  folded: string;
}

/** SQLite only (FTS5). */
export interface EvidenceTextFtsTable {
  body: string;
  scope: string;
}

/** Background work taken by runners under a lease (migrations/0019-jobs.ts). */
export interface JobsTable {
  id: string;
  kind: string;
  /** JSON: what the job works on (an item's id, its case, who took it in). */
  payload: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  finished_at: string | null;
  last_error: string | null;
}

/** Requests counted per client and route in fixed windows, shared by every server (migrations/0020-rate-limits.ts). */
export interface RateLimitsTable {
  key: string;
  /** Milliseconds since the epoch. */
  window_started_at: number | string;
  count: number;
}

/** A witness the ledger's checkpoints are sent to (migration 0027). */
export interface WitnessesTable {
  name: string;
  url: string;
  verifier_key: string;
  added_at: string;
  added_by: string;
  /** The size of the latest checkpoint it cosigned for this log, as it last told us; null before it answered. */
  cosigned_size: number | string | null;
  /** Why the last request to it failed, until one succeeds. */
  last_error: string | null;
}

export interface CheckpointCosignaturesTable {
  tree_size: number | string;
  witness: string;
  /** POSIX seconds, as the cosignature states them. */
  cosigned_at: number | string;
  /** The note signature line, with its newline. */
  line: string;
}

/** An RFC 3161 token over a checkpoint's text (migration 0028). */
export interface CheckpointTimestampsTable {
  tree_size: number | string;
  tsa_url: string;
  token: Buffer;
  /** The authority's time, as its token states it. */
  stamped_at: string;
  tsa_name: string | null;
  serial: string | null;
}

export interface WitnessPolicyTable {
  id: number;
  quorum: number;
}

/** An incident's place in the team's work (migration 0030); no row reads as "to do" since it was made. */
/** A label's current state on an evidence item or incident of a case (migration 0034): updated, never deleted. */
export interface SensitivityLabelsTable {
  case_id: string;
  /** 'evidence' or 'incident'. */
  subject_kind: string;
  subject_id: string;
  label: string;
  /** 'set' or 'removed'. */
  state: string;
  changed_at: string;
  changed_by: string;
  ledger_seq: number;
}

/** Every change of a label, append-only, beside its ledger entry. */
export interface SensitivityLabelHistoryTable {
  id: string;
  case_id: string;
  subject_kind: string;
  subject_id: string;
  label: string;
  state: string;
  at: string;
  actor: string;
  /** The suggestion accepted by this change, if it was one. */
  suggestion_id: string | null;
  ledger_seq: number;
}

/** A case owners' own label: a code and a name; retired (1) rather than deleted. */
export interface CaseLabelsTable {
  case_id: string;
  code: string;
  name: string;
  retired: number;
  changed_at: string;
  changed_by: string;
}

/** A label suggested at intake by a local heuristic: 'open' until accepted or dismissed. `reason` is JSON. */
export interface SensitivitySuggestionsTable {
  id: string;
  case_id: string;
  subject_kind: string;
  subject_id: string;
  label: string;
  reason: string;
  made_at: string;
  state: string;
  decided_at: string | null;
  decided_by: string | null;
}

/** An account's care settings: 'always', 'graphic' or 'never'; graphic items a day before a reminder (null: off). */
export interface CareSettingsTable {
  user_id: string;
  blur: string;
  daily_limit: number | null;
  /** The UTC day (YYYY-MM-DD) the reminder was last dismissed. */
  reminder_dismissed_on: string | null;
  updated_at: string;
}

/** One click-through to a graphic item by one account, counted per UTC day. */
export interface GraphicRevealsTable {
  id: string;
  user_id: string;
  day: string;
  at: string;
  case_id: string;
  subject_kind: string;
  subject_id: string;
  /** 1 when the item was labelled graphic (counted for the reminder); 0 for an item blurred by "always". */
  graphic: number;
}

/** One notice to one member (src/notifications); `detail` is JSON. */
export interface NotificationsTable {
  id: string;
  username: string;
  case_id: string;
  kind: string;
  subject_kind: string;
  subject_id: string;
  actor: string;
  detail: string;
  created_at: string;
  read_at: string | null;
}

/** A comment of the team's discussion (migration 0032), with its latest wording; `rev` counts its revisions. */
export interface CommentsTable {
  id: string;
  case_id: string;
  /** 'evidence' or the kind of the record it is about. */
  subject_kind: string;
  subject_id: string;
  reply_to: string | null;
  author: string;
  created_at: string;
  rev: number;
  body: string;
  updated_at: string;
}

/** Every wording a comment has had, each logged; `mentions` and `links` are JSON lists. */
export interface CommentRevisionsTable {
  comment_id: string;
  rev: number;
  case_id: string;
  author: string;
  at: string;
  body: string;
  salt: string;
  commitment: string;
  mentions: string;
  links: string;
  ledger_seq: number | string;
}

/** PostgreSQL's search over comments (SQLite's is the FTS5 table comment_fts); `tsv` is generated. */
export interface CommentSearchTable {
  comment_id: string;
  case_id: string;
  body: string;
}

/** An invitation to join a case in a role (migration 0035); the link's token is kept as its digest only. */
export interface InvitationsTable {
  id: string;
  token_hash: string;
  case_id: string;
  role: string;
  hint: string | null;
  created_at: string;
  created_by: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** One one-time recovery code of an account's second factor, as a digest (migration 0035). */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** Each account's choice of what it is told and how (src/notifications/settings.ts); no row: the defaults. */
export interface NotificationSettingsTable {
  username: string;
  /** JSON array of notification kinds. */
  in_app_kinds: string;
  email_mode: string;
  email_address: string | null;
  updated_at: string;
}

/** Who follows which record; `unfollowed_at` set when they stopped (rows are kept). */
export interface NotificationFollowsTable {
  subject_id: string;
  username: string;
  case_id: string;
  subject_kind: string;
  followed_at: string;
  unfollowed_at: string | null;
}

/** Mails owed for notices, sent after the notice's transaction commits (src/notifications/outbox.ts). */
export interface NotificationOutboxTable {
  id: string;
  notification_id: string;
  username: string;
  mode: string;
  due_at: string;
  created_at: string;
  claimed_until: string | null;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
}

export interface IncidentWorkflowTable {
  record_id: string;
  case_id: string;
  status: string;
  /** When it entered its status: the queue's order. */
  status_since: string;
  due_date: string | null;
  duplicate_of: string | null;
  cancel_reason: string | null;
  updated_at: string;
  updated_by: string;
}

export interface IncidentAssigneesTable {
  record_id: string;
  case_id: string;
  username: string;
}

/** An evidence item's place in a case's work (migration 0036); no row: "to do" since it was linked to the case. */
export interface EvidenceWorkflowTable {
  case_id: string;
  evidence_id: string;
  status: string;
  status_since: string;
  due_date: string | null;
  cancel_reason: string | null;
  updated_at: string;
  updated_by: string;
}

export interface EvidenceAssigneesTable {
  case_id: string;
  evidence_id: string;
  username: string;
}

/** A case's own transition table, as its owners set it (JSON: status → statuses it may move to). */
export interface CaseWorkflowsTable {
  case_id: string;
  transitions: string;
  updated_at: string;
  updated_by: string;
}

export interface Schema {
  cases: CasesTable;
  evidence_items: EvidenceItemsTable;
  evidence_cases: EvidenceCasesTable;
  evidence_intakes: EvidenceIntakesTable;
  ledger_entries: LedgerEntriesTable;
  merkle_nodes: MerkleNodesTable;
  checkpoints: CheckpointsTable;
  records: RecordsTable;
  record_terms: RecordTermsTable;
  record_revisions: RecordRevisionsTable;
  /** SQLite only (FTS5). */
  search_fts: SearchFtsTable;
  /** PostgreSQL only (tsvector). */
  search_docs: SearchDocsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  case_members: CaseMembersTable;
  audit_events: AuditEventsTable;
  case_keys: CaseKeysTable;
  master_key_state: MasterKeyStateTable;
  record_origins: RecordOriginsTable;
  pinned_analyses: PinnedAnalysesTable;
  extractions: ExtractionsTable;
  handovers: HandoversTable;
  evidence_metadata: EvidenceMetadataTable;
  evidence_credentials: EvidenceCredentialsTable;
  evidence_derivatives: EvidenceDerivativesTable;
  jobs: JobsTable;
  rate_limits: RateLimitsTable;
  evidence_perceptual_hashes: EvidencePerceptualHashesTable;
  look_alike_links: LookAlikeLinksTable;
  extraction_candidates: ExtractionCandidatesTable;
  disclosures: DisclosuresTable;
  web_captures: WebCapturesTable;
  evidence_texts: EvidenceTextsTable;
  evidence_text_fts: EvidenceTextFtsTable;
  witnesses: WitnessesTable;
  checkpoint_cosignatures: CheckpointCosignaturesTable;
  witness_policy: WitnessPolicyTable;
  checkpoint_timestamps: CheckpointTimestampsTable;
  incident_workflow: IncidentWorkflowTable;
  incident_assignees: IncidentAssigneesTable;
  case_workflows: CaseWorkflowsTable;
  evidence_workflow: EvidenceWorkflowTable;
  evidence_assignees: EvidenceAssigneesTable;
  notifications: NotificationsTable;
  comments: CommentsTable;
  comment_revisions: CommentRevisionsTable;
  comment_search: CommentSearchTable;
  sensitivity_labels: SensitivityLabelsTable;
  sensitivity_label_history: SensitivityLabelHistoryTable;
  case_labels: CaseLabelsTable;
  sensitivity_suggestions: SensitivitySuggestionsTable;
  care_settings: CareSettingsTable;
  graphic_reveals: GraphicRevealsTable;
  invitations: InvitationsTable;
  recovery_codes: RecoveryCodesTable;
  notification_settings: NotificationSettingsTable;
  notification_follows: NotificationFollowsTable;
  notification_outbox: NotificationOutboxTable;
}

export type Db = Kysely<Schema>;
