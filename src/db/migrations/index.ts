import type { Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { initialSchema } from './0001-initial.js';
import { recordsSchema } from './0002-records.js';
import { accessSchema } from './0003-access.js';
import { sealedSchema } from './0004-sealed.js';
import { disclosuresSchema } from './0005-disclosures.js';
import { webCapturesSchema } from './0006-web-captures.js';
import { masterKeyStateSchema } from './0007-master-key-state.js';
import { recordOriginsSchema } from './0008-record-origins.js';
import { pinnedAnalysesSchema } from './0009-pinned-analyses.js';
import { revisionsByLedgerSchema } from './0010-revisions-by-ledger.js';
import { evidenceTextPartsSchema } from './0011-evidence-text-parts.js';
import { extractionsSchema } from './0012-extractions.js';
import { handoversSchema } from './0013-handovers.js';
import { mediaMetadataSchema } from './0014-media-metadata.js';
import { contentCredentialsSchema } from './0015-content-credentials.js';
import { perceptualHashesSchema } from './0016-perceptual-hashes.js';
import { derivativesSchema } from './0017-derivatives.js';
import { captureLocalTimeSchema } from './0018-capture-local-time.js';
import { jobsSchema } from './0019-jobs.js';
import { rateLimitsSchema } from './0020-rate-limits.js';
import { incidentTypesForFacetsSchema } from './0021-incident-types-for-facets.js';
import { postgresListIndexesSchema } from './0023-postgres-list-indexes.js';
import { caseRetentionSchema } from './0024-case-retention.js';
import { postgresCoveringIndexesSchema } from './0025-postgres-covering-indexes.js';
import { partialPlaceIndexesSchema } from './0026-partial-place-indexes.js';
import { witnessesSchema } from './0027-witnesses.js';
import { checkpointTimestampsSchema } from './0028-checkpoint-timestamps.js';
import { accountLanguageSchema } from './0029-account-language.js';
import { workflowSchema } from './0030-workflow.js';
import { notificationsSchema } from './0031-notifications.js';
import { commentsSchema } from './0032-comments.js';
import { sensitivitySchema } from './0034-sensitivity.js';
import { invitationsSchema } from './0035-invitations.js';
import { evidenceWorkflowSchema } from './0036-evidence-workflow.js';
import { notificationSettingsSchema } from './0033-notification-settings.js';

/**
 * Versioned migrations, applied in name order at start. Never edit one that has shipped: add the next.
 * Each takes the engine so that the few dialect-specific column types stay in the migration that needs them.
 */
export function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-initial': initialSchema(engine),
    '0002-records': recordsSchema(engine),
    '0003-access': accessSchema(engine),
    '0004-sealed': sealedSchema(engine),
    '0005-disclosures': disclosuresSchema(engine),
    '0006-web-captures': webCapturesSchema(engine),
    '0007-master-key-state': masterKeyStateSchema(engine),
    '0008-record-origins': recordOriginsSchema(engine),
    '0009-pinned-analyses': pinnedAnalysesSchema(engine),
    '0010-revisions-by-ledger': revisionsByLedgerSchema(engine),
    '0011-evidence-text-parts': evidenceTextPartsSchema(engine),
    '0012-extractions': extractionsSchema(engine),
    '0013-handovers': handoversSchema(engine),
    '0014-media-metadata': mediaMetadataSchema(engine),
    '0015-content-credentials': contentCredentialsSchema(engine),
    '0016-perceptual-hashes': perceptualHashesSchema(engine),
    '0017-derivatives': derivativesSchema(engine),
    '0018-capture-local-time': captureLocalTimeSchema(engine),
    '0019-jobs': jobsSchema(engine),
    '0020-rate-limits': rateLimitsSchema(engine),
    '0021-incident-types-for-facets': incidentTypesForFacetsSchema(engine),
    '0023-postgres-list-indexes': postgresListIndexesSchema(engine),
    '0024-case-retention': caseRetentionSchema(engine),
    '0025-postgres-covering-indexes': postgresCoveringIndexesSchema(engine),
    '0026-partial-place-indexes': partialPlaceIndexesSchema(engine),
    '0027-witnesses': witnessesSchema(engine),
    '0028-checkpoint-timestamps': checkpointTimestampsSchema(engine),
    '0029-account-language': accountLanguageSchema(engine),
    '0030-workflow': workflowSchema(engine),
    '0031-notifications': notificationsSchema(engine),
    '0032-comments': commentsSchema(engine),
    '0034-sensitivity': sensitivitySchema(engine),
    '0035-invitations': invitationsSchema(engine),
    '0036-evidence-workflow': evidenceWorkflowSchema(engine),
    '0033-notification-settings': notificationSettingsSchema(engine),
  };
}
