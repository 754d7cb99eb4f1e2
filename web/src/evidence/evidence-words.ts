/**
 * What the server's shared helpers say in English (src/evidence/credential-words.ts, metadata-filter.ts,
 * incident-site.ts, src/similarity/look-alike-distance.ts), said in the reader's language from the same data. In
 * English the words are the server's own, which the tests beside this file hold them to. Reasons and traces the
 * server words by code (credential-wordings.ts, edit-trace-wordings.ts) are said from their codes.
 */
import type { Wording } from '../../../src/common/wording.js';
import type { ContentCredentialsReport, CredentialSigner, CredentialStatus } from '../../../src/evidence/content-credentials.js';
import { credentialReason } from '../../../src/evidence/credential-wordings.js';
import type { MediaMetadata } from '../../../src/evidence/media-metadata.js';
import type { IncidentSiteDistance } from '../../../src/evidence/incident-site.js';
import type { MetadataFilter } from '../../../src/evidence/metadata-filter.js';
import { LOOK_ALIKE_THRESHOLD } from '../../../src/similarity/look-alike-distance.js';
import { calendarDay, utcTime } from '../format/dates.js';
import { activeIntl, translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { wordingText } from '../i18n/wording.js';
import { credentialsMessages as c, credentialStatusMessages } from './credentials.messages.js';
import { groundDistance, kilometres } from './evidence-format.js';
import { lookAlikeMessages as l } from './look-alikes.messages.js';
import { metadataMessages as m } from './metadata.messages.js';

const C2PA = 'C2PA';

/** "3 items taken within 5 km of Arbin (C2321), from Jan 1, 2017 to Mar 31, 2017": the search as the server read it. */
export function filterSummary(count: number, filter: MetadataFilter): string {
  const from = filter.takenFrom && calendarDay(filter.takenFrom);
  const to = filter.takenTo && calendarDay(filter.takenTo);
  const conditions = [
    filter.near && translate(m.near, { distance: kilometres(filter.near.km), place: filter.near.place }),
    from && to ? translate(m.fromTo, { from, to }) : from ? translate(m.fromOnly, { from }) : to ? translate(m.toOnly, { to }) : undefined,
    filter.device && translate(m.withDevice, { device: filter.device }),
    filter.edited !== undefined && translate(filter.edited ? m.edited : m.notEdited),
    filter.hasGps && translate(m.withGps),
  ].filter((part): part is string => Boolean(part));
  return translate(m.found, { count, conditions: activeIntl().formatList(conditions, { type: 'unit' }) });
}

/** "2.3 km from the incident's site", said of an area as from its middle. */
export function siteDistance(site: IncidentSiteDistance): string {
  const distance = groundDistance(site.distanceKm);
  return site.area ? translate(m.fromArea, { distance, inside: site.insideArea ? 'yes' : 'no' }) : translate(m.fromSite, { distance });
}

/** Bits of 64 that differ between look-alikes, in words an analyst reads at a glance. */
export function lookAlikeDistance(distance: number | null): string {
  if (distance === null) return translate(l.linked);
  if (distance <= 2) return translate(l.nearIdentical);
  if (distance <= 6) return translate(l.verySimilar);
  if (distance <= LOOK_ALIKE_THRESHOLD) return translate(l.similar);
  return translate(l.somewhatSimilar);
}

const STATUS = credentialStatusMessages as Record<string, Message | undefined>;

/** One C2PA status in words, with its code kept for the record. */
export function statusInWords(status: CredentialStatus): string {
  const known = Object.hasOwn(STATUS, status.code) ? STATUS[status.code] : undefined;
  const words = known ? translate(known, { c2pa: C2PA }) : (status.explanation ?? translate(c.seeSpecification, { c2pa: C2PA }));
  return translate(c.withCode, { words, code: status.code });
}

/**
 * Why there are no credentials, or none could be checked, in the reader's language from the server's code; a
 * reading kept before readings carried codes gives its reason in the server's English.
 */
function reasonInWords(report: ContentCredentialsReport): string | undefined {
  return report.reasonWording ? wordingText(report.reasonWording) : (report.reason ?? undefined);
}

/** The verdict in one line. */
export function verdictInWords(report: ContentCredentialsReport): string {
  switch (report.state) {
    case 'none':
      return translate(c.verdictNone, { reason: reasonInWords(report) ?? wordingText(credentialReason('noManifest')) });
    case 'unreadable':
      return translate(c.verdictUnreadable, { reason: reasonInWords(report) ?? translate(c.unreadable) });
    case 'invalid':
      return translate(c.verdictInvalid, { count: report.failures.length });
    case 'valid':
      return translate(c.verdictValid);
  }
}

/** Who signed, by whose certificate, and that no trust list vouches for them here. */
export function signerInWords(signer: CredentialSigner | null): string {
  if (!signer) return translate(c.noSigner);
  return translate(c.signer, {
    who: [signer.commonName, signer.organization].filter(Boolean).join(', ') || translate(c.unnamedSigner),
    hasIssuer: signer.issuedBy ? 'yes' : 'no',
    issuer: signer.issuedBy ?? '',
    test: signer.testCertificate ? 'yes' : 'no',
    hasAlgorithm: signer.algorithm ? 'yes' : 'no',
    algorithm: signer.algorithm ?? '',
    hasSignedAt: signer.signedAt ? 'yes' : 'no',
    signedAt: signer.signedAt ? utcTime(signer.signedAt, { seconds: true }) : '',
  });
}

/**
 * An item's traces of editing (src/evidence/media-metadata.ts), each in the reader's language from its code; a
 * reading kept before readings carried codes gives them in the server's English.
 */
export function editTracesInWords(reading: Pick<MediaMetadata, 'editTraces' | 'editTraceWordings'>): string[] {
  return reading.editTraceWordings ? reading.editTraceWordings.map((trace: Wording) => wordingText(trace)) : reading.editTraces;
}
