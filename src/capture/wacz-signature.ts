/**
 * Signatures of WACZ packages (the WACZ signing and verification spec, as written by Webrecorder's authsign):
 * `datapackage-digest.json` carries `signedData`, an ECDSA P-256 / SHA-256 signature over the string
 * "sha256:<hex of datapackage.json>", made either by a domain whose certificate chain is included
 * (`domainCert`, judged at signing time against the web's trusted roots, with an RFC 3161 time-stamp of the
 * signature as the proof of that time) or by a bare public key (`publicKey`, which says only that the holder
 * of that key signed).
 */
import { createHash, createPublicKey, verify, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { readReply, verifyTimestampReply } from '../common/timestamp.js';

export interface SignedData {
  hash?: unknown;
  signature?: unknown;
  created?: unknown;
  software?: unknown;
  domain?: unknown;
  domainCert?: unknown;
  publicKey?: unknown;
  timeSignature?: unknown;
  timestampCert?: unknown;
}

export interface SignatureVerdict {
  status: 'verified' | 'failed';
  /** Who signed: "domain example.org" or "public key sha256:…". */
  signer: string | null;
  /** When the time-stamp says the signature existed, if it was checked. */
  stampedAt: string | null;
  /**
   * What the time-stamp was checked up to: an authority root the reader gave (`trusted-root`), or only the
   * certificate the package carries (`carried-certificate`: it proves the stamp is intact, not who made it).
   */
  stampTrust: 'trusted-root' | 'carried-certificate' | null;
  /** Why it failed, or what could not be vouched for although the signature holds. */
  problems: string[];
  notes: string[];
}

export interface SignatureCheckOptions {
  /** Trusted roots for domain certificates (PEM). Default: the roots node ships (Mozilla's list). */
  trustedRoots?: readonly string[];
  /** Trusted time-stamping authority roots (PEM file); without one the stamp is checked against the certificate it carries. */
  tsaCaFile?: string;
}

/** Time-stamp and signing time may differ by this much (authsign allows the same order of delay). */
const STAMP_WINDOW_MS = 10 * 60 * 1000;

export async function verifyWaczSignature(signed: SignedData, datapackageSha256: string, datapackageCreated: unknown, options: SignatureCheckOptions = {}): Promise<SignatureVerdict> {
  const verdict: SignatureVerdict = { status: 'failed', signer: null, stampedAt: null, stampTrust: null, problems: [], notes: [] };
  const expectedHash = `sha256:${datapackageSha256}`;
  if (signed.hash !== expectedHash) verdict.problems.push(`signedData.hash is ${JSON.stringify(signed.hash)}, but datapackage.json hashes to ${expectedHash}`);
  if (typeof signed.created !== 'string' || Number.isNaN(Date.parse(signed.created))) verdict.problems.push('signedData.created is not a date');
  else if (signed.created !== datapackageCreated) verdict.problems.push(`signedData.created (${signed.created}) is not datapackage.json's created (${String(datapackageCreated)})`);
  if (typeof signed.signature !== 'string') {
    verdict.problems.push('signedData.signature is missing');
    return verdict;
  }
  const signature = Buffer.from(signed.signature, 'base64');
  const message = Buffer.from(typeof signed.hash === 'string' ? signed.hash : '', 'ascii');
  const signedAt = typeof signed.created === 'string' ? new Date(signed.created) : new Date(Number.NaN);

  if (typeof signed.publicKey === 'string') {
    checkKeySignature(signed.publicKey, message, signature, verdict);
  } else if (typeof signed.domainCert === 'string' && typeof signed.domain === 'string') {
    checkDomainSignature(signed.domain, signed.domainCert, signedAt, message, signature, options.trustedRoots ?? rootCertificates, verdict);
    await checkTimeSignature(signed, signedAt, options.tsaCaFile, verdict);
  } else {
    verdict.problems.push('signedData has neither a publicKey nor a domain with its domainCert');
  }
  if (verdict.problems.length === 0) verdict.status = 'verified';
  return verdict;
}

function checkKeySignature(publicKey: string, message: Buffer, signature: Buffer, verdict: SignatureVerdict): void {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  } catch (error) {
    verdict.problems.push(`signedData.publicKey is not a public key: ${(error as Error).message}`);
    return;
  }
  verdict.signer = `public key ${publicKeyFingerprint(key)}`;
  if (!verifiesWith(key, message, signature)) verdict.problems.push('the signature does not verify with signedData.publicKey');
  verdict.notes.push('signed with a bare public key: it proves which key signed, not who holds it');
}

/** "sha256:<hex>" of a key's public half (SPKI DER): how a WACZ signer and the ledger name the same key. */
export function publicKeyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return `sha256:${createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex')}`;
}

/** A signature that is not even well-formed DER does not verify either. */
function verifiesWith(key: KeyObject, message: Buffer, signature: Buffer): boolean {
  try {
    return verify('sha256', message, { key, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}

function checkDomainSignature(domain: string, chainPem: string, signedAt: Date, message: Buffer, signature: Buffer, roots: readonly string[], verdict: SignatureVerdict): void {
  verdict.signer = `domain ${domain}`;
  let chain: X509Certificate[];
  try {
    chain = (chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((pem) => new X509Certificate(pem));
  } catch (error) {
    verdict.problems.push(`signedData.domainCert cannot be read: ${(error as Error).message}`);
    return;
  }
  const leaf = chain[0];
  if (!leaf) {
    verdict.problems.push('signedData.domainCert holds no certificate');
    return;
  }
  if (!verifiesWith(leaf.publicKey, message, signature)) verdict.problems.push(`the signature does not verify with the certificate of ${leaf.subject.replace(/\n/g, ', ')}`);
  if (!leaf.checkHost(domain)) verdict.problems.push(`the certificate is not for ${domain}`);
  // The path ends at the first certificate that is, or is issued by, a trusted root: a chain may carry a
  // cross-signed copy of a root (ISRG Root X1 under the expired DST Root CA X3) that is not needed.
  const anchors = roots.map((pem) => new X509Certificate(pem));
  const anchoredAt = chain.findIndex((certificate) => anchors.some((root) => root.fingerprint256 === certificate.fingerprint256 || (certificate.checkIssued(root) && certificate.verify(root.publicKey))));
  const path = anchoredAt === -1 ? chain : chain.slice(0, anchoredAt + 1);
  for (const [i, certificate] of path.entries()) {
    const issuer = path[i + 1];
    if (issuer && !(certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey))) verdict.problems.push(`certificate ${i + 1} of domainCert is not issued by the next one`);
    if (Number.isNaN(signedAt.getTime()) || signedAt < new Date(certificate.validFrom) || signedAt > new Date(certificate.validTo)) {
      verdict.problems.push(`certificate ${i + 1} of domainCert (${commonName(certificate)}) was not valid at the signing time${Number.isNaN(signedAt.getTime()) ? '' : ` ${signedAt.toISOString()}`}`);
    }
  }
  if (anchoredAt === -1) verdict.problems.push(`the domain certificate chain ends at "${chain[chain.length - 1]!.issuer.replace(/\n/g, ', ')}", which is not a trusted root`);
}

function commonName(certificate: X509Certificate): string {
  return certificate.subject.split('\n').find((part) => part.startsWith('CN=')) ?? certificate.subject.replace(/\n/g, ', ');
}

async function checkTimeSignature(signed: SignedData, signedAt: Date, tsaCaFile: string | undefined, verdict: SignatureVerdict): Promise<void> {
  if (typeof signed.timeSignature !== 'string') {
    verdict.problems.push('a domain signature needs an RFC 3161 time-stamp (signedData.timeSignature) to prove when it was made');
    return;
  }
  const work = await mkdtemp(join(tmpdir(), 'dossier-wacz-stamp-'));
  try {
    const reply = join(work, 'stamp.tsr');
    const data = join(work, 'signature.txt');
    await writeFile(reply, Buffer.from(signed.timeSignature, 'base64'));
    // The stamp is over the signature as written (its base 64 text).
    await writeFile(data, String(signed.signature), 'ascii');
    const facts = await readReply(reply);
    const stampedAt = facts.time ? new Date(facts.time) : null;
    if (!facts.granted || !stampedAt) {
      verdict.problems.push(`the time-stamp is not a granted stamp (${facts.statusText})`);
      return;
    }
    verdict.stampedAt = stampedAt.toISOString();
    if (Math.abs(stampedAt.getTime() - signedAt.getTime()) > STAMP_WINDOW_MS) verdict.problems.push(`the time-stamp (${verdict.stampedAt}) is not within ten minutes of the signing time`);
    const carried = typeof signed.timestampCert === 'string' ? join(work, 'tsa.pem') : undefined;
    if (carried) await writeFile(carried, String(signed.timestampCert));
    const caFile = tsaCaFile ?? carried;
    if (!caFile) {
      verdict.problems.push('the time-stamp carries no authority certificate, and none was given to check it with');
      return;
    }
    const stampHolds = await verifyTimestampReply(reply, data, {
      caFile,
      ...(carried && { untrustedFile: carried }),
      partialChain: tsaCaFile === undefined,
      atTime: stampedAt.getTime() / 1000,
    }).then(
      () => true,
      (error: Error) => {
        verdict.problems.push(`the time-stamp does not verify: ${error.message}`);
        return false;
      },
    );
    if (stampHolds) verdict.stampTrust = tsaCaFile === undefined ? 'carried-certificate' : 'trusted-root';
    if (tsaCaFile === undefined) verdict.notes.push(`the time-stamp is by ${facts.tsa ?? 'an unnamed authority'}, checked against the certificate the package carries (give the authority's root to check it up to that root)`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
