import { defineWordings } from '../common/wording.js';

/**
 * A case's activity feed (case-activity.ts), one line a ledger entry: who did what, to which record or item, by
 * its id. Never a detail of the entry beyond that: details can commit to restricted fields.
 */
export const activityWordings = defineWordings('activity', {
  entry:
    '{actor} {action, select, init {started the ledger} create {created} update {changed} link {linked} intake {added} view {viewed} annotate {annotated} export {exported} transfer {transferred} verify {verified} capture {captured a web page as} sweep {swept the vault} analyse {pinned an analysis} extract {read the text of} derive {made a viewing copy of} look_alike {found look-alikes of} review {reviewed a candidate of} hold {changed the legal hold on} workflow {moved in the workflow} other {acted ({action})}}{hasSubject, select, yes { {subject}} other {}}',
});
