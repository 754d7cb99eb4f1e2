import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWaczSignature } from './wacz-signature.js';

const datapackage = Buffer.from('{"profile":"data-package","resources":[],"created":"2026-12-02T05:00:00Z","wacz_version":"1.1.1"}');
const datapackageSha256 = createHash('sha256').update(datapackage).digest('hex');
const created = '2026-12-02T05:00:00Z';

function signedWithKey(hash = `sha256:${datapackageSha256}`) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signature = sign('sha256', Buffer.from(hash, 'ascii'), { key: privateKey, dsaEncoding: 'der' }).toString('base64');
  return { hash, created, signature, publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), software: 'test' };
}

describe('WACZ signatures made with a bare public key', () => {
  it('verify, naming the key by its fingerprint and saying it does not prove who holds it', async () => {
    const signed = signedWithKey();
    const verdict = await verifyWaczSignature(signed, datapackageSha256, created);
    const fingerprint = createHash('sha256').update(Buffer.from(signed.publicKey, 'base64')).digest('hex');
    expect(verdict).toMatchObject({ status: 'verified', signer: `public key sha256:${fingerprint}`, problems: [] });
    expect(verdict.notes.join(' ')).toMatch(/not who holds it/);
  });

  it('fail for another package, another time, another key or a changed signature, saying which', async () => {
    const signed = signedWithKey();
    const otherPackage = await verifyWaczSignature(signed, 'f'.repeat(64), created);
    expect(otherPackage.problems.join(' ')).toMatch(/datapackage.json hashes to sha256:f{64}/);
    const otherTime = await verifyWaczSignature(signed, datapackageSha256, '2026-12-03T00:00:00Z');
    expect(otherTime.problems.join(' ')).toMatch(/signedData.created .* is not datapackage.json's created/);
    const otherKey = await verifyWaczSignature({ ...signed, publicKey: signedWithKey().publicKey }, datapackageSha256, created);
    expect(otherKey).toMatchObject({ status: 'failed', problems: ['the signature does not verify with signedData.publicKey'] });
    const bytes = Buffer.from(signed.signature, 'base64');
    bytes[10] = bytes[10]! ^ 1;
    const changed = await verifyWaczSignature({ ...signed, signature: bytes.toString('base64') }, datapackageSha256, created);
    expect(changed.status).toBe('failed');
  });

  it('fail when there is neither a key nor a domain certificate, or the key is not a key', async () => {
    const { publicKey: _key, ...withoutKey } = signedWithKey();
    expect((await verifyWaczSignature(withoutKey, datapackageSha256, created)).problems).toEqual(['signedData has neither a publicKey nor a domain with its domainCert']);
    const notAKey = await verifyWaczSignature({ ...signedWithKey(), publicKey: 'bm90IGEga2V5' }, datapackageSha256, created);
    expect(notAKey.problems[0]).toMatch(/signedData.publicKey is not a public key/);
  });
});
