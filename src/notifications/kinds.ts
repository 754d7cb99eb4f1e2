/** What a member is told about. Plain data, so the web app reads it too; each kind is worded in notification-wordings.ts. */
export const NOTIFICATION_KINDS = [
  'mention', // someone named me in a comment
  'reply', // someone answered my comment
  'assigned', // I was made an assignee
  'review_requested', // an incident I may complete is ready for review
  'status_changed', // something I follow moved in the workflow
  'capture_finished', // a web capture I asked for is done (or failed)
  'extraction_finished', // a text extraction I asked for is done (or failed)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
