/**
 * Content credentials (C2PA): what the manifest embedded in an image says about how it was made (the claim
 * generator, the actions, the ingredients, the signer) and whether it still holds (its signature, its hashes of
 * the assertions and of the image bytes). Pure: bytes in, a JSON-friendly report out, with @trustnxt/c2pa-ts
 * doing the parsing and the checks, so the same reading can run in the browser.
 *
 * Two honesty rules. A valid manifest proves only what its signer asserted, and Dossier holds no trust list:
 * the library's own "trusted" codes (it does no chain-of-trust validation) are dropped, and every signer is
 * reported untrusted. And a manifest that cannot be parsed is never reported as valid.
 */
import { BMFF, JPEG, PNG, type Asset } from '@trustnxt/c2pa-ts/asset';
import { CBORBox, SuperBox } from '@trustnxt/c2pa-ts/jumbf';
import { ActionAssertion, IngredientAssertion, ManifestStore, ValidationError, type Manifest, type ValidationResult } from '@trustnxt/c2pa-ts/manifest';
import type { Wording } from '../common/wording.js';
import { CREDENTIAL_FORMATS, credentialReason } from './credential-wordings.js';

/** The reader named in each stored reading (test/content-credentials.test.ts checks it against the installed one). */
export const CREDENTIALS_READER = '@trustnxt/c2pa-ts 0.9.4';

export type CredentialsState = 'none' | 'valid' | 'invalid' | 'unreadable';

export interface CredentialStatus {
  code: string;
  explanation: string | null;
  url: string | null;
}

export interface CredentialSigner {
  /** The certificate subject's organisation (what c2pa-rs calls the issuer of the credential). */
  organization: string | null;
  commonName: string | null;
  /** Who issued the signer's certificate (its issuer's common name). */
  issuedBy: string | null;
  /** Decimal, as c2pa-rs prints it. */
  serialNumber: string | null;
  /** COSE name: PS256, ES256… */
  algorithm: string | null;
  /** From the signature's RFC 3161 timestamp, if it carries one. */
  signedAt: string | null;
  /** The certificate calls itself a test certificate ("FOR TESTING_ONLY", "Test Signing Cert"). */
  testCertificate: boolean;
}

export interface CredentialAction {
  action: string;
  when: string | null;
  softwareAgent: string | null;
  digitalSourceType: string | null;
}

export interface CredentialIngredient {
  title: string | null;
  format: string | null;
  relationship: string | null;
  /** The ingredient carried content credentials of its own. */
  hasManifest: boolean;
}

export interface ActiveManifest {
  label: string | null;
  claimGenerator: string | null;
  title: string | null;
  format: string | null;
  signer: CredentialSigner | null;
  actions: CredentialAction[];
  ingredients: CredentialIngredient[];
}

export interface ContentCredentialsReport {
  state: CredentialsState;
  /** Why the state is 'none' or 'unreadable', in words. */
  reason: string | null;
  /** The same, by code and values (credential-wordings.ts), for a reader in another language; absent from readings kept before it was. */
  reasonWording?: Wording | null;
  activeManifest: ActiveManifest | null;
  /** Manifests in the store: the active one and those of ingredients. */
  manifests: number;
  failures: CredentialStatus[];
  informational: CredentialStatus[];
  /** Codes of the checks that passed (signature, hashed assertions, data hash…). */
  passed: string[];
  /** No trust list is consulted, so a signer is never more than untrusted. */
  trust: 'untrusted' | 'no-signer';
  reader: string;
}

// The library marks these success without any trust list: they are not a trust decision, so they are left out.
const UNEARNED_TRUST = new Set(['signingCredential.trusted', 'timeStamp.trusted']);
// Successes that inform rather than pass a check (C2PA 2.1 §15 lists them as informational).
const INFORMATIONAL = new Set(['ingredient.unknownProvenance', 'manifest.unknownProvenance', 'timeStamp.untrusted', 'signingCredential.ocsp.skipped', 'signingCredential.ocsp.inaccessible', 'algorithm.deprecated']);
const COSE_ALGORITHMS: Record<number, string> = { [-7]: 'ES256', [-35]: 'ES384', [-36]: 'ES512', [-37]: 'PS256', [-38]: 'PS384', [-39]: 'PS512', [-8]: 'Ed25519' };
const ASSET_TYPES = [JPEG, PNG, BMFF];
export const unsupportedFormat = (): Wording => credentialReason('unsupportedFormat', CREDENTIAL_FORMATS);
export const UNSUPPORTED_FORMAT = unsupportedFormat().text;

/** A report with no manifest to describe: none found, none readable, or one rejected before it could be read. */
function withoutManifest(state: CredentialsState, reason: Wording | null, failures: CredentialStatus[] = []): ContentCredentialsReport {
  return { state, reason: reason?.text ?? null, reasonWording: reason, activeManifest: null, manifests: 0, failures, informational: [], passed: [], trust: 'no-signer', reader: CREDENTIALS_READER };
}

export function noCredentials(reason: Wording): ContentCredentialsReport {
  return withoutManifest('none', reason);
}

export function unreadableCredentials(reason: Wording): ContentCredentialsReport {
  return withoutManifest('unreadable', reason);
}

/** Reads and validates the C2PA manifest store of a whole JPEG, PNG or HEIF file; never throws on bad input. */
export async function readContentCredentials(bytes: Uint8Array): Promise<ContentCredentialsReport> {
  try {
    return await readAndValidate(bytes);
  } catch (error) {
    // The library met something none of the steps below foresaw: say so, and vouch for nothing.
    return unreadableCredentials(credentialReason('readerFailed', { problem: message(error) }));
  }
}

async function readAndValidate(bytes: Uint8Array): Promise<ContentCredentialsReport> {
  const AssetType = ASSET_TYPES.find((type) => type.canRead(bytes));
  if (!AssetType) return unreadableCredentials(unsupportedFormat());
  let asset: Asset;
  let jumbf: Uint8Array | undefined;
  try {
    asset = new AssetType(bytes);
    jumbf = asset.getManifestJUMBF();
  } catch (error) {
    return unreadableCredentials(credentialReason('structureUnreadable', { problem: message(error) }));
  }
  if (!jumbf) return noCredentials(credentialReason('noManifest'));
  let store: ManifestStore;
  try {
    // A copy of the manifest store alone (kilobytes): the parser wants a plain ArrayBuffer behind it.
    store = ManifestStore.read(SuperBox.fromBuffer(new Uint8Array(jumbf)));
  } catch (error) {
    // A C2PA code means a manifest that breaks the rules: invalid. Anything else: a store we could not even parse.
    if (error instanceof ValidationError) return withoutManifest('invalid', null, [status(error.code, error.explanation ?? message(error))]);
    return unreadableCredentials(credentialReason('storeUnparsable', { problem: message(error) }));
  }
  const active = store.getActiveManifest();
  if (!active) return unreadableCredentials(credentialReason('storeWithoutManifest'));
  let validation: ValidationResult;
  try {
    validation = await store.validate(asset);
  } catch (error) {
    return { ...describeStore(store, active), state: 'invalid', failures: [status(error instanceof ValidationError ? error.code : 'general.error', message(error))] };
  }
  return { ...describeStore(store, active), ...sortStatuses(validation) };
}

/** The manifest as described, its verdict left 'invalid' until the validation's statuses say otherwise. */
function describeStore(store: ManifestStore, active: Manifest): ContentCredentialsReport {
  return {
    state: 'invalid',
    reason: null,
    reasonWording: null,
    activeManifest: describeManifest(active),
    manifests: store.manifests.length,
    failures: [],
    informational: [],
    passed: [],
    trust: active.signature?.signatureData.certificate ? 'untrusted' : 'no-signer',
    reader: CREDENTIALS_READER,
  };
}

function sortStatuses(validation: ValidationResult): Pick<ContentCredentialsReport, 'state' | 'failures' | 'informational' | 'passed'> {
  const failures: CredentialStatus[] = [];
  const informational: CredentialStatus[] = [];
  const passed = new Set<string>();
  const seen = new Set<string>();
  for (const entry of validation.statusEntries) {
    // The library may say the same thing twice (an ingredient checked by two paths): once is enough.
    const key = `${entry.code} ${entry.url ?? ''} ${String(entry.success)}`;
    if (UNEARNED_TRUST.has(entry.code) || seen.has(key)) continue;
    seen.add(key);
    if (entry.success === false) failures.push(status(entry.code, entry.explanation, entry.url));
    else if (INFORMATIONAL.has(entry.code)) informational.push(status(entry.code, entry.explanation, entry.url));
    else passed.add(entry.code);
  }
  // The library's own verdict counts too: it is never overruled towards valid.
  const state = failures.length > 0 || !validation.isValid ? 'invalid' : 'valid';
  return { state, failures, informational, passed: [...passed] };
}

function describeManifest(manifest: Manifest): ActiveManifest {
  const claim = manifest.claim;
  const assertions = manifest.assertions?.assertions ?? [];
  return {
    label: manifest.label ?? null,
    claimGenerator: claim ? claimGenerator(claim.sourceBox, claim.claimGeneratorName, claim.claimGeneratorVersion) : null,
    title: claim?.title ?? null,
    format: claim?.format ?? null,
    signer: describeSigner(manifest),
    actions: assertions.filter((a): a is ActionAssertion => a instanceof ActionAssertion).flatMap(describeActions),
    ingredients: assertions.filter((a): a is IngredientAssertion => a instanceof IngredientAssertion).map((ingredient) => ({
      title: ingredient.title ?? null,
      format: ingredient.format ?? null,
      relationship: ingredient.relationship ?? null,
      hasManifest: Boolean(ingredient.activeManifest ?? ingredient.c2pa_manifest),
    })),
  };
}

/** The claim's own words: a v1 claim's `claim_generator` string ("make_test_images/0.33.1 c2pa-rs/0.33.1"), else name/version. */
function claimGenerator(box: SuperBox | undefined, name: string | undefined, version: string | undefined): string | null {
  const raw = cborContent(box);
  if (typeof raw?.claim_generator === 'string') return raw.claim_generator;
  if (!name) return null;
  return version ? `${name}/${version}` : name;
}

function describeSigner(manifest: Manifest): CredentialSigner | null {
  const signature = manifest.signature?.signatureData;
  const certificate = signature?.certificate;
  if (!signature || !certificate) return null;
  const field = (name: { getField(id: string): string[] }, id: string) => name.getField(id)[0] ?? null;
  return {
    organization: field(certificate.subjectName, 'O'),
    commonName: field(certificate.subjectName, 'CN'),
    issuedBy: field(certificate.issuerName, 'CN'),
    serialNumber: /^[0-9a-f]+$/i.test(certificate.serialNumber) ? BigInt(`0x${certificate.serialNumber}`).toString() : null,
    algorithm: signature.algorithm ? (COSE_ALGORITHMS[signature.algorithm.coseIdentifier] ?? String(signature.algorithm.coseIdentifier)) : null,
    signedAt: signature.timestamp?.toISOString() ?? null,
    testCertificate: /\btest/i.test(certificate.subject),
  };
}

/** From the assertion's CBOR when it is there: the parsed form drops `when` and flattens v1's softwareAgent string. */
function describeActions(assertion: ActionAssertion): CredentialAction[] {
  const raw = cborContent(assertion.sourceBox)?.actions;
  const actions = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : (assertion.actions as unknown as Record<string, unknown>[]);
  return actions.map((action) => ({
    action: String(action.action),
    when: typeof action.when === 'string' ? action.when : null,
    softwareAgent: softwareAgent(action.softwareAgent),
    digitalSourceType: typeof action.digitalSourceType === 'string' ? action.digitalSourceType : null,
  }));
}

function softwareAgent(agent: unknown): string | null {
  if (typeof agent === 'string') return agent;
  if (agent && typeof agent === 'object' && 'name' in agent) {
    const { name, version } = agent as { name: unknown; version?: unknown };
    return version ? `${String(name)} ${String(version)}` : String(name);
  }
  return null;
}

function cborContent(box: SuperBox | undefined): Record<string, unknown> | undefined {
  const content = box?.contentBoxes[0];
  return content instanceof CBORBox && content.content && typeof content.content === 'object' ? (content.content as Record<string, unknown>) : undefined;
}

function status(code: string, explanation?: string, url?: string): CredentialStatus {
  return { code, explanation: explanation ?? null, url: url ?? null };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
