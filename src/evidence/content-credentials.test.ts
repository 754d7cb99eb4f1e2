import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS_READER, readContentCredentials, type ContentCredentialsReport } from './content-credentials.js';
import { contentCredentialsOfFile } from './content-credentials-file.js';
import { credentialsInWords } from './credential-words.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/c2pa');
const fixture = (name: string) => fs.readFile(path.join(FIXTURES, name));
const report = async (name: string) => readContentCredentials(await fixture(name));

/** c2pa-rs's own report of a fixture (its Reader JSON), the fields Dossier surfaces. */
interface KnownGood {
  active_manifest: string;
  manifests: Record<string, {
    claim_generator: string;
    title: string;
    format: string;
    ingredients: { title: string; format: string; relationship: string; active_manifest?: string }[];
    assertions: { label: string; data: { actions?: { action: string; softwareAgent?: string; when?: string }[] } }[];
    signature_info: { alg: string; issuer: string; common_name: string; cert_serial_number: string; time: string };
  }>;
  validation_state: string;
  validation_results: { activeManifest: { success: { code: string }[]; failure: { code: string }[] } };
}
const knownGood = async (name: string) => JSON.parse(await fs.readFile(path.join(FIXTURES, 'known_good', name), 'utf8')) as KnownGood;

/** What Dossier surfaces must agree with what c2pa-rs reports, field by field. */
function expectAgreement(ours: ContentCredentialsReport, theirs: KnownGood): void {
  const expected = theirs.manifests[theirs.active_manifest]!;
  const manifest = ours.activeManifest!;
  expect(manifest.label).toBe(theirs.active_manifest);
  expect(ours.manifests).toBe(Object.keys(theirs.manifests).length);
  expect(manifest.claimGenerator).toBe(expected.claim_generator);
  expect(manifest.title).toBe(expected.title);
  expect(manifest.format).toBe(expected.format);
  expect(manifest.ingredients).toEqual(expected.ingredients.map((i) => ({ title: i.title, format: i.format, relationship: i.relationship, hasManifest: Boolean(i.active_manifest) })));
  const actions = expected.assertions.flatMap((a) => (a.label.startsWith('c2pa.actions') ? (a.data.actions ?? []) : []));
  expect(manifest.actions.map((a) => ({ action: a.action, softwareAgent: a.softwareAgent, when: a.when }))).toEqual(
    actions.map((a) => ({ action: a.action, softwareAgent: a.softwareAgent ?? null, when: a.when ?? null })),
  );
  const signer = manifest.signer!;
  expect(signer.organization).toBe(expected.signature_info.issuer);
  expect(signer.commonName).toBe(expected.signature_info.common_name);
  expect(signer.serialNumber).toBe(expected.signature_info.cert_serial_number);
  expect(signer.algorithm?.toUpperCase()).toBe(expected.signature_info.alg.toUpperCase());
  expect(Date.parse(signer.signedAt!)).toBe(Date.parse(expected.signature_info.time));
  expect(ours.state).toBe(theirs.validation_state.toLowerCase());
  const results = theirs.validation_results.activeManifest;
  expect(ours.failures.map((f) => f.code).sort()).toEqual([...new Set(results.failure.map((f) => f.code))].sort());
  // Each check c2pa-rs passed that this reader performs passes here too (it has no timestamp trust list to pass).
  for (const code of ['claimSignature.validated', 'assertion.hashedURI.match', 'assertion.dataHash.match']) {
    expect(ours.passed.includes(code)).toBe(results.success.some((s) => s.code === code));
  }
}

describe('content credentials (C2PA)', () => {
  it('reads C.jpg as valid, agreeing with c2pa-rs, and says its test signer is untrusted', async () => {
    const ours = await report('C.jpg');
    expectAgreement(ours, await knownGood('C.json'));
    expect(ours).toMatchObject({ state: 'valid', trust: 'untrusted', reader: CREDENTIALS_READER, activeManifest: { signer: { testCertificate: true } } });
    expect(ours.passed).not.toContain('signingCredential.trusted');
    expect(credentialsInWords(ours)[0]).toMatch(/^Valid structure and signature, signer untrusted/);
    expect(credentialsInWords(ours).join('\n')).toContain('a TEST certificate; not on any trust list');
  });

  it('reads CA.jpg as valid with its parent ingredient A.jpg, which has no credentials of its own', async () => {
    const ours = await report('CA.jpg');
    expectAgreement(ours, await knownGood('CA.json'));
    expect(ours.activeManifest?.ingredients).toEqual([{ title: 'A.jpg', format: 'image/jpeg', relationship: 'parentOf', hasManifest: false }]);
    expect(ours.informational.map((i) => i.code)).toEqual(['ingredient.unknownProvenance']);
  });

  it('reads XCA.jpg as invalid, naming assertion.dataHash.mismatch: its image bytes changed after signing', async () => {
    const ours = await report('XCA.jpg');
    expectAgreement(ours, await knownGood('XCA.json'));
    expect(ours.state).toBe('invalid');
    expect(ours.failures.map((f) => f.code)).toEqual(['assertion.dataHash.mismatch']);
    const words = credentialsInWords(ours);
    expect(words[0]).toBe('INVALID content credentials: 1 check failed; what the manifest says cannot be relied on.');
    expect(words).toContain('failed:    the file’s bytes changed after signing: their hash no longer matches the one the manifest signed (assertion.dataHash.mismatch)');
  });

  it('never reports E-sig-CA.jpg as valid: its claim no longer matches its signature', async () => {
    const ours = await report('E-sig-CA.jpg');
    expect(ours.state).toBe('invalid');
    expect(ours.failures.map((f) => f.code)).toContain('claimSignature.mismatch');
    expect(ours.passed).not.toContain('claimSignature.validated');
    // The claim as it now reads: the six changed bytes.
    expect(ours.activeManifest?.claimGenerator).toBe('make_test_xxxxxx/0.33.1 c2pa-rs/0.33.1');
  });

  it('reports no_manifest.jpg as carrying no content credentials, and says that proves nothing', async () => {
    const ours = await report('no_manifest.jpg');
    expect(ours).toMatchObject({ state: 'none', activeManifest: null, manifests: 0, failures: [], trust: 'no-signer' });
    expect(credentialsInWords(ours).join('\n')).toContain('Absence of content credentials says nothing about authenticity');
  });

  it('gives a truncated or corrupt JPEG as unreadable with a reason, never a crash', async () => {
    const ca = await fixture('CA.jpg');
    for (const length of [0, 1, 2, 100, 5000, 60_000]) {
      const cut = await readContentCredentials(ca.subarray(0, length));
      expect(cut.state, `cut at ${length}`).toBe('unreadable');
      expect(cut.reason).toBeTruthy();
    }
    const scribbled = Buffer.from(ca);
    scribbled.fill(0x41, 20, 40_000);
    expect(await readContentCredentials(scribbled)).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('could not be read'), reasonWording: { code: 'credentials.structureUnreadable' } });
    // Cut just short of its end: the manifest reads, the image no longer matches it.
    expect((await readContentCredentials(ca.subarray(0, ca.length - 800))).state).not.toBe('valid');
    expect(await readContentCredentials(Buffer.from('GIF89a'))).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('cannot open this format'), reasonWording: { code: 'credentials.unsupportedFormat', values: { jpeg: 'JPEG' } } });
  });

  it('answers a report, never a crash, for any one byte of CA.jpg changed', async () => {
    const ca = await fixture('CA.jpg');
    let seed = 20240806;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const states = new Set<string>();
    for (let round = 0; round < 60; round += 1) {
      const changed = Buffer.from(ca);
      // Most rounds inside the manifest (the first 40 kB), where the parser is most exposed.
      const at = round % 4 === 0 ? next() % ca.length : next() % 40_000;
      changed[at] = changed[at]! ^ (1 + (next() % 255));
      const ours = await readContentCredentials(changed);
      expect(['valid', 'invalid', 'unreadable', 'none']).toContain(ours.state);
      if (ours.state === 'unreadable' || ours.state === 'none') expect(ours.reason).toBeTruthy();
      states.add(ours.state);
    }
    expect(states.has('invalid')).toBe(true);
  });

  it('refuses a file above the size bound instead of holding it in memory', async () => {
    const ours = await contentCredentialsOfFile(path.join(FIXTURES, 'CA.jpg'), { maxBytes: 1000 });
    expect(ours).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('above the 1,000'), reasonWording: { code: 'credentials.tooLargeToHold', values: { max: 1000 } } });
    expect((await contentCredentialsOfFile(path.join(FIXTURES, 'CA.jpg'))).state).toBe('valid');
    expect((await contentCredentialsOfFile(path.join(FIXTURES, 'missing.jpg'))).state).toBe('unreadable');
    // A format the reader cannot open is said to be one, whatever its size.
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-c2pa-'));
    try {
      await fs.writeFile(path.join(work, 'clip.webm'), Buffer.concat([Buffer.from('1a45dfa3', 'hex'), Buffer.alloc(5000)]));
      expect(await contentCredentialsOfFile(path.join(work, 'clip.webm'), { maxBytes: 1000 })).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('cannot open this format') });
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });

  it('looks through an MP4 box by box: no C2PA box is no credentials, one is present but not checked', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-c2pa-'));
    try {
      const box = (type: string, payload: Buffer) => {
        const bytes = Buffer.concat([Buffer.alloc(4), Buffer.from(type, 'latin1'), payload]);
        bytes.writeUInt32BE(bytes.length, 0);
        return bytes;
      };
      const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0isomiso2mp41', 'latin1'));
      const mdat = box('mdat', Buffer.alloc(5000));
      const plain = path.join(work, 'plain.mp4');
      await fs.writeFile(plain, Buffer.concat([ftyp, mdat]));
      // A large file need not be read for this: the walk reads only headers, whatever the bound.
      expect(await contentCredentialsOfFile(plain, { maxBytes: 10 })).toMatchObject({ state: 'none' });
      const c2pa = box('uuid', Buffer.concat([Buffer.from('d8fec3d61b0e483c92975828877ec481', 'hex'), Buffer.alloc(32)]));
      const signed = path.join(work, 'signed.mp4');
      await fs.writeFile(signed, Buffer.concat([ftyp, c2pa, mdat]));
      expect(await contentCredentialsOfFile(signed)).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('NOT checked'), reasonWording: { code: 'credentials.onlyHeif' } });
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });

  it('names the reader that is installed', async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(ROOT, 'node_modules/@trustnxt/c2pa-ts/package.json'), 'utf8')) as { name: string; version: string };
    expect(CREDENTIALS_READER).toBe(`${manifest.name} ${manifest.version}`);
  });
});
