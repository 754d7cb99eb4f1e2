/**
 * Content credentials in words, for the CLI and the web app alike (pure: no Node, no library). Each verdict
 * carries its limits: a valid manifest proves only what its signer asserted, by a signer no trust list vouches
 * for here; no manifest says nothing either way about the image.
 */
import type { ContentCredentialsReport, CredentialSigner, CredentialStatus } from './content-credentials.js';

export const CREDENTIALS_CAVEAT =
  'A valid manifest proves only that its signer asserted this history and that the file has not changed since; it does not prove the scene is real. Absence of content credentials says nothing about authenticity: most cameras and platforms add none, and many strip them.';

// The C2PA 2.1 status codes Dossier is likely to meet, said plainly; others are shown by their code.
const STATUS_WORDS: Record<string, string> = {
  'assertion.dataHash.mismatch': 'the file’s bytes changed after signing: their hash no longer matches the one the manifest signed',
  'assertion.bmffHash.mismatch': 'the video’s bytes changed after signing: their hash no longer matches the one the manifest signed',
  'assertion.boxesHash.mismatch': 'parts of the file changed after signing: their hashes no longer match the signed ones',
  'assertion.hashedURI.mismatch': 'an assertion (a statement in the manifest) was changed after signing',
  'assertion.missing': 'an assertion the claim refers to is missing from the manifest',
  'assertion.dataHash.malformed': 'the hash of the file’s bytes in the manifest is malformed',
  'claimSignature.mismatch': 'the claim no longer matches its signature: the manifest was altered after signing',
  'claimSignature.missing': 'the claim is not signed',
  'claimSignature.outsideValidity': 'the claim was signed outside the signing certificate’s validity period',
  'claim.missing': 'the manifest has no claim',
  'claim.cbor.invalid': 'the claim is malformed',
  'claim.hardBindings.missing': 'the manifest does not bind itself to the file’s bytes (no hash of the content)',
  'signingCredential.invalid': 'the signing certificate is not acceptable for C2PA signing',
  'signingCredential.expired': 'the signing certificate had expired',
  'signingCredential.untrusted': 'the signing certificate is not on a trust list',
  'timeStamp.mismatch': 'the signature’s timestamp does not match the signed claim',
  'timeStamp.untrusted': 'the timestamp authority is not on a trust list',
  'timeStamp.outsideValidity': 'the timestamp falls outside the certificate’s validity',
  'ingredient.unknownProvenance': 'an ingredient came with no content credentials of its own: its history before this step is unknown',
  'manifest.unknownProvenance': 'a manifest’s origin is unknown',
  'ingredient.manifest.mismatch': 'an ingredient’s manifest does not match the one recorded for it',
  'ingredient.claimSignature.mismatch': 'an ingredient’s claim signature does not match the one recorded for it',
  'algorithm.unsupported': 'the manifest uses an algorithm the reader does not support',
  'general.error': 'the manifest could not be checked',
};

/** One status, in words, with the code kept for the record. */
export function statusInWords(status: CredentialStatus): string {
  const words = STATUS_WORDS[status.code] ?? status.explanation ?? 'see the C2PA specification';
  return `${words} (${status.code})`;
}

export function signerInWords(signer: CredentialSigner | null): string {
  if (!signer) return 'no signing certificate found';
  const who = [signer.commonName, signer.organization].filter(Boolean).join(', ') || 'an unnamed signer';
  const test = signer.testCertificate ? ', a TEST certificate' : '';
  return `${who}${signer.issuedBy ? `, certificate issued by ${signer.issuedBy}` : ''}${test}; not on any trust list Dossier checks (it holds none)${signer.algorithm ? `; ${signer.algorithm}` : ''}${signer.signedAt ? `; signed ${signer.signedAt.replace('T', ' ').slice(0, 19)} UTC` : ''}`;
}

/** The verdict in one line. */
export function verdictInWords(report: ContentCredentialsReport): string {
  switch (report.state) {
    case 'none':
      return `No content credentials: ${report.reason ?? 'the file carries no C2PA manifest'}.`;
    case 'unreadable':
      return `Content credentials could not be checked: ${report.reason ?? 'unreadable'}.`;
    case 'invalid':
      return `INVALID content credentials: ${report.failures.length} check${report.failures.length === 1 ? '' : 's'} failed; what the manifest says cannot be relied on.`;
    case 'valid':
      return 'Valid structure and signature, signer untrusted: the manifest is intact and the file unchanged since signing.';
  }
}

/** The whole reading, line by line (the CLI indents them). */
export function credentialsInWords(report: ContentCredentialsReport): string[] {
  const lines = [verdictInWords(report)];
  for (const failure of report.failures) lines.push(`failed:    ${statusInWords(failure)}`);
  const manifest = report.activeManifest;
  if (manifest) {
    lines.push(`signer:    ${signerInWords(manifest.signer)}`);
    lines.push(`generator: ${manifest.claimGenerator ?? '-'}`);
    lines.push(`title:     ${manifest.title ?? '-'}${manifest.format ? ` (${manifest.format})` : ''}`);
    for (const action of manifest.actions) {
      lines.push(`action:    ${action.action}${action.softwareAgent ? ` by ${action.softwareAgent}` : ''}${action.when ? ` at ${action.when}` : ''}`);
    }
    for (const ingredient of manifest.ingredients) {
      lines.push(`ingredient: ${ingredient.title ?? '(untitled)'}${ingredient.format ? ` (${ingredient.format})` : ''}, ${ingredient.relationship ?? 'relationship not said'}, ${ingredient.hasManifest ? 'with content credentials of its own' : 'no content credentials of its own'}`);
    }
  }
  for (const note of report.informational) lines.push(`note:      ${statusInWords(note)}`);
  if (report.state !== 'unreadable') lines.push(`caveat:    ${CREDENTIALS_CAVEAT}`);
  return lines;
}
