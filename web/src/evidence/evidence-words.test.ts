import { afterEach, describe, expect, it } from 'vitest';
import type { ContentCredentialsReport, CredentialSigner, CredentialStatus } from '../../../src/evidence/content-credentials.js';
import { noCredentials, unreadableCredentials, unsupportedFormat } from '../../../src/evidence/content-credentials.js';
import { credentialReason } from '../../../src/evidence/credential-wordings.js';
import { readMediaMetadata } from '../../../src/evidence/media-metadata.js';
import { signerInWords as serverSigner, statusInWords as serverStatus, verdictInWords as serverVerdict } from '../../../src/evidence/credential-words.js';
import { siteDistanceInWords, type IncidentSiteDistance } from '../../../src/evidence/incident-site.js';
import { filterInWords } from '../../../src/evidence/metadata-filter.js';
import { distanceInWords } from '../../../src/similarity/look-alike-distance.js';
import { calendarDay, deviceClock, utcTime } from '../format/dates.js';
import { setActiveLocale } from '../i18n/active-locale.js';
import { byteSize, clockTime } from './evidence-format.js';
import { editTracesInWords, filterSummary, lookAlikeDistance, signerInWords, siteDistance, statusInWords, verdictInWords } from './evidence-words.js';

afterEach(() => void setActiveLocale('en', undefined));

/** A photo's tags with every kind of edit trace the server reads. */
const EDITED = {
  'EXIF:DateTimeOriginal': '2017:02:14 10:31:05',
  'EXIF:ModifyDate': '2017:02:15 08:00:00',
  'EXIF:Software': 'Adobe Photoshop CC 2015 (Windows)',
  'XMP:HistoryAction': 'saved, converted',
  'Photoshop:XResolution': 72,
};

const report = (state: ContentCredentialsReport['state'], reason: string | null, failures: CredentialStatus[] = []): ContentCredentialsReport =>
  ({ state, reason, activeManifest: null, manifests: 0, failures, informational: [], passed: [], trust: 'no-signer', reader: 'test' }) as ContentCredentialsReport;

describe('the server’s words, said in English by the web app as the server says them', () => {
  it('content credentials: verdicts, statuses known and unknown, signers', () => {
    const failures: CredentialStatus[] = [{ code: 'assertion.dataHash.mismatch', explanation: null, url: null }];
    const reports = [report('valid', null), report('invalid', null, failures), report('invalid', null, [...failures, ...failures]), report('none', null), report('none', 'the video carries no C2PA manifest box'), noCredentials(credentialReason('noManifestBox')), unreadableCredentials(unsupportedFormat()), unreadableCredentials(credentialReason('cannotOpen', { problem: 'EACCES' })), unreadableCredentials(credentialReason('tooLargeToHold', { size: 2_000_000_000, max: 536_870_912 })), report('unreadable', null)];
    for (const r of reports) expect(verdictInWords(r)).toBe(serverVerdict(r));
    const statuses: CredentialStatus[] = [
      { code: 'signingCredential.invalid', explanation: null, url: null },
      { code: 'ingredient.unknownProvenance', explanation: null, url: null },
      { code: 'some.new.code', explanation: 'what the reader says', url: null },
      { code: 'another.code', explanation: null, url: null },
    ];
    for (const status of statuses) expect(statusInWords(status)).toBe(serverStatus(status));
    // A code that names an object's own property is not taken for one of the known codes.
    expect(statusInWords({ code: 'toString', explanation: null, url: null })).toBe('see the C2PA specification (toString)');
    const signer: CredentialSigner = { organization: 'C2PA Test Signing Cert', commonName: 'C2PA Signer', issuedBy: 'C2PA Test Intermediate Root CA', serialNumber: null, algorithm: 'PS256', signedAt: null, testCertificate: true } as CredentialSigner;
    expect(signerInWords(signer)).toBe(serverSigner(signer));
    const bare = { ...signer, organization: null, commonName: null, issuedBy: null, algorithm: null, testCertificate: false };
    expect(signerInWords(bare)).toBe(serverSigner(bare));
    expect(signerInWords(null)).toBe(serverSigner(null));
    expect(signerInWords({ ...signer, signedAt: '2024-05-01T10:00:00Z' })).toMatch(/; signed May 1, 2024, 10:00:00 UTC$/);
  });

  it('distances from an incident’s site, and how alike look-alikes are', () => {
    const site: IncidentSiteDistance = { incidentId: 'i', title: 't', caseId: 'c', site: { lat: 0, lon: 0 }, area: false, insideArea: null, distanceKm: 2.345 };
    for (const s of [site, { ...site, distanceKm: 0.4567 }, { ...site, area: true, insideArea: true }, { ...site, area: true, insideArea: false, distanceKm: 12 }]) expect(siteDistance(s)).toBe(siteDistanceInWords(s));
    for (const d of [null, 0, 2, 3, 6, 7, 10, 11, 40]) expect(lookAlikeDistance(d)).toBe(distanceInWords(d));
  });

  it('a metadata search, with its dates said as days', () => {
    const filter = { near: { centre: { lat: 33.5, lon: 36.4 }, km: 5, place: 'Arbin (C2321)' }, device: 'Samsung', edited: false, hasGps: true };
    expect(filterSummary(3, filter)).toBe(filterInWords(3, filter));
    expect(filterSummary(1, { edited: true })).toBe(filterInWords(1, { edited: true }));
    expect(filterSummary(1, { ...filter, takenFrom: '2017-03-01T00:00:00', takenTo: '2017-03-31T23:59:59' })).toBe('1 item taken within 5 km of Arbin (C2321), from Mar 1, 2017 to Mar 31, 2017, with a device "Samsung", with no trace of editing, with a GPS position');
  });

  it('edit traces, said from their codes as the server says them, and those of an older reading as given', () => {
    const reading = readMediaMetadata(EDITED);
    expect(reading.editTraces).toHaveLength(4);
    expect(editTracesInWords(reading)).toEqual(reading.editTraces);
    expect(editTracesInWords({ editTraces: ['something said before traces had codes'] })).toEqual(['something said before traces had codes']);
  });
});

describe('in French and Arabic', () => {
  it('says the same things in the reader’s language and digits', () => {
    setActiveLocale('fr', undefined);
    expect(verdictInWords(report('invalid', null, [{ code: 'claim.missing', explanation: null, url: null }]))).toBe('Identifiants de contenu NON VALIDES : 1 contrôle a échoué ; on ne peut pas se fier à ce que dit le manifeste.');
    expect(editTracesInWords(readMediaMetadata(EDITED))).toEqual([
      'EXIF:Software nomme un logiciel de retouche : Adobe Photoshop CC 2015 (Windows)',
      'enregistré de nouveau le 2017:02:15 08:00:00, après la prise de vue du 2017:02:14 10:31:05',
      'historique de retouche XMP : saved, converted',
      'blocs de données Photoshop présents',
    ]);
    expect(verdictInWords(unreadableCredentials(credentialReason('tooLargeToHold', { size: 2_000_000_000, max: 536_870_912 })))).toBe(
      'Les identifiants de contenu n’ont pas pu être vérifiés : 2\u202f000\u202f000\u202f000 octets, au-delà des 536\u202f870\u202f912 que le lecteur C2PA peut garder en mémoire (il lui faut le fichier entier) : non vérifié.',
    );
    expect(byteSize(2_300_000)).toBe('2,3\u202fMo');
    setActiveLocale('ar', 'arab');
    expect(verdictInWords(unreadableCredentials(unsupportedFormat()))).toBe('تعذّر التحقق من بيانات اعتماد المحتوى: ليست صورة JPEG أو PNG أو HEIF: لا يستطيع قارئ C2PA فتح هذا النسق، لذا لم يُتحقَّق من شيء.');
    expect(verdictInWords(report('invalid', null, Array.from({ length: 3 }, () => ({ code: 'claim.missing', explanation: null, url: null }))))).toContain('فشلت ٣ فحوص');
    expect(lookAlikeDistance(1)).toBe('شبه مطابق');
    expect(clockTime(83.4)).toBe('١:٢٣٫٤');
  });
});

describe('sizes, times and durations', () => {
  it('in English', () => {
    expect([0, 1, 999, 1000, 2_345, 999_990, 2_300_000, 1_250_000_000].map(byteSize)).toEqual(['0 bytes', '1 byte', '999 bytes', '1 kB', '2.3 kB', '1 MB', '2.3 MB', '1.25 GB']);
    expect(utcTime('2017-02-14T07:31:05.000Z', { seconds: true })).toBe('Feb 14, 2017, 07:31:05 UTC');
    expect(utcTime('2017-02-14T00:05:00Z')).toBe('Feb 14, 2017, 00:05 UTC');
    expect(utcTime('not a time')).toBe('not a time');
    expect(deviceClock('2017-03-02T16:20:00')).toBe('Mar 2, 2017, 16:20:00');
    expect(calendarDay('2017-03-31T23:59:59')).toBe('Mar 31, 2017');
    expect([0, 6, 83.4, 59.96, 600].map(clockTime)).toEqual(['0:00.0', '0:06.0', '1:23.4', '1:00.0', '10:00.0']);
  });
});
