// Checks what the S3 blob store will rely on against the gateway of scripts/s3-test-server, and reports what
// the gateway does with the parts of S3 it may not support (checksums, conditional writes).
//   eval "$(scripts/s3-test-server start)" && node scripts/s3-test-server-check.mjs
// @aws-sdk/client-s3 is taken from this checkout, or else from the current folder's node_modules.
import { createRequire } from 'node:module';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

function loadSdk() {
  for (const base of [import.meta.url, `${process.cwd()}/`]) {
    try {
      return createRequire(base)('@aws-sdk/client-s3');
    } catch {
      // try the next place
    }
  }
  throw new Error('@aws-sdk/client-s3 is not installed here or in the current folder');
}
const s3sdk = loadSdk();
const {
  S3Client, ListBucketsCommand, GetObjectLockConfigurationCommand, GetBucketVersioningCommand, PutObjectCommand,
  HeadObjectCommand, GetObjectCommand, DeleteObjectCommand, PutObjectRetentionCommand, PutObjectLegalHoldCommand,
  GetObjectLegalHoldCommand, GetObjectRetentionCommand, CreateMultipartUploadCommand, UploadPartCommand,
  CompleteMultipartUploadCommand, ListObjectVersionsCommand,
} = s3sdk;

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run eval "$(scripts/s3-test-server start)" first`);
  return value;
};
const endpoint = env('DOSSIER_S3_ENDPOINT');
const locked = env('DOSSIER_S3_TEST_LOCKED_BUCKET');
const plain = env('DOSSIER_S3_TEST_PLAIN_BUCKET');
const credentials = { accessKeyId: env('AWS_ACCESS_KEY_ID'), secretAccessKey: env('AWS_SECRET_ACCESS_KEY') };
const client = (extra = {}) =>
  new S3Client({ endpoint, region: env('AWS_REGION'), credentials, forcePathStyle: true, maxAttempts: 1, ...extra });
// The SDK's defaults since early 2025 add CRC32 checksums to every upload; "when required" sends them only
// where S3 insists (the lock and legal-hold calls), as an older server expects.
const s3 = client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });

let failed = 0;
const results = [];
async function check(name, fn) {
  try {
    const note = await fn();
    results.push(`ok    ${name}${note ? `: ${note}` : ''}`);
  } catch (error) {
    failed += 1;
    results.push(`FAIL  ${name}: ${error?.name ?? ''} ${error?.message ?? error}`);
  }
  console.log(results.at(-1));
}
// What the server did with a request we only want described, not judged.
async function outcome(fn) {
  try {
    const value = await fn();
    return `accepted${typeof value === 'string' ? ` (${value})` : ''}`;
  } catch (error) {
    return `refused: ${error?.name} HTTP ${error?.$metadata?.httpStatusCode} ${error?.message ?? ''}`.trim();
  }
}
const expectRefused = async (fn, code) => {
  try {
    await fn();
  } catch (error) {
    if (error?.name === code || error?.Code === code) return `${code} (HTTP ${error.$metadata?.httpStatusCode})`;
    throw new Error(`expected ${code}, got ${error?.name}: ${error?.message}`);
  }
  throw new Error(`expected ${code}, but the server accepted it`);
};
const sha256 = (data) => createHash('sha256').update(data).digest('base64');
const inSeconds = (s) => new Date(Date.now() + s * 1000);
const run = `check-${Date.now()}`;
const body = Buffer.from(`evidence ${run}\n`);

await check('ListBuckets shows both test buckets', async () => {
  const names = (await s3.send(new ListBucketsCommand({}))).Buckets.map((b) => b.Name);
  for (const b of [locked, plain]) if (!names.includes(b)) throw new Error(`${b} missing from ${names}`);
});
await check('locked bucket: object lock enabled, versioning on', async () => {
  const lock = await s3.send(new GetObjectLockConfigurationCommand({ Bucket: locked }));
  const versioning = await s3.send(new GetBucketVersioningCommand({ Bucket: locked }));
  if (lock.ObjectLockConfiguration?.ObjectLockEnabled !== 'Enabled') throw new Error(JSON.stringify(lock));
  if (versioning.Status !== 'Enabled') throw new Error(`versioning ${versioning.Status}`);
  return `ObjectLockEnabled=Enabled, versioning ${versioning.Status}`;
});
await check('plain bucket: no object lock', async () =>
  expectRefused(() => s3.send(new GetObjectLockConfigurationCommand({ Bucket: plain })), 'ObjectLockConfigurationNotFoundError'));

let versionId;
await check('PutObject COMPLIANCE, retain until 60 s ahead', async () => {
  const until = inSeconds(60);
  const put = await s3.send(new PutObjectCommand({
    Bucket: locked, Key: `${run}/compliance`, Body: body, ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: until,
  }));
  versionId = put.VersionId;
  if (!versionId) throw new Error('no VersionId returned');
  const head = await s3.send(new HeadObjectCommand({ Bucket: locked, Key: `${run}/compliance` }));
  if (head.ObjectLockMode !== 'COMPLIANCE') throw new Error(`HeadObject says mode ${head.ObjectLockMode}`);
  const retention = await s3.send(new GetObjectRetentionCommand({ Bucket: locked, Key: `${run}/compliance`, VersionId: versionId }));
  return `version ${versionId}, HeadObject retain-until ${head.ObjectLockRetainUntilDate?.toISOString()}, GetObjectRetention ${retention.Retention?.Mode} ${retention.Retention?.RetainUntilDate?.toISOString()}`;
});
await check('DeleteObject of the locked version is refused', async () =>
  expectRefused(() => s3.send(new DeleteObjectCommand({ Bucket: locked, Key: `${run}/compliance`, VersionId: versionId })), 'AccessDenied'));
await check('shortening a COMPLIANCE retention is refused', async () =>
  expectRefused(() => s3.send(new PutObjectRetentionCommand({
    Bucket: locked, Key: `${run}/compliance`, VersionId: versionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: inSeconds(5) },
  })), 'AccessDenied'));
await check('DeleteObject without a version only adds a delete marker', async () => {
  const del = await s3.send(new DeleteObjectCommand({ Bucket: locked, Key: `${run}/compliance` }));
  const still = await s3.send(new GetObjectCommand({ Bucket: locked, Key: `${run}/compliance`, VersionId: versionId }));
  const text = await still.Body.transformToString();
  if (text !== body.toString()) throw new Error('locked version changed');
  return `DeleteMarker=${del.DeleteMarker}, the version still reads back`;
});

await check('legal hold: set, read, blocks delete, released', async () => {
  const key = `${run}/hold`;
  const put = await s3.send(new PutObjectCommand({ Bucket: locked, Key: key, Body: body }));
  await s3.send(new PutObjectLegalHoldCommand({ Bucket: locked, Key: key, VersionId: put.VersionId, LegalHold: { Status: 'ON' } }));
  const hold = await s3.send(new GetObjectLegalHoldCommand({ Bucket: locked, Key: key, VersionId: put.VersionId }));
  if (hold.LegalHold?.Status !== 'ON') throw new Error(`legal hold reads ${JSON.stringify(hold.LegalHold)}`);
  const refused = await expectRefused(() => s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId })), 'AccessDenied');
  await s3.send(new PutObjectLegalHoldCommand({ Bucket: locked, Key: key, VersionId: put.VersionId, LegalHold: { Status: 'OFF' } }));
  await s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId }));
  return `delete while held: ${refused}; deleted after release`;
});
await check('legal hold given at PutObject', async () => {
  const key = `${run}/hold-at-put`;
  const put = await s3.send(new PutObjectCommand({ Bucket: locked, Key: key, Body: body, ObjectLockLegalHoldStatus: 'ON' }));
  const head = await s3.send(new HeadObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId }));
  if (head.ObjectLockLegalHoldStatus !== 'ON') throw new Error(`HeadObject says ${head.ObjectLockLegalHoldStatus}`);
  await s3.send(new PutObjectLegalHoldCommand({ Bucket: locked, Key: key, VersionId: put.VersionId, LegalHold: { Status: 'OFF' } }));
  await s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId }));
});
await check('GOVERNANCE: delete refused, allowed with BypassGovernanceRetention', async () => {
  const key = `${run}/governance`;
  const put = await s3.send(new PutObjectCommand({
    Bucket: locked, Key: key, Body: body, ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: inSeconds(600),
  }));
  const refused = await expectRefused(() => s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId })), 'AccessDenied');
  await s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId, BypassGovernanceRetention: true }));
  return `without bypass: ${refused}`;
});
await check('a retention of 3 s ends: the version can then be deleted', async () => {
  const key = `${run}/short`;
  const put = await s3.send(new PutObjectCommand({
    Bucket: locked, Key: key, Body: body, ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: inSeconds(3),
  }));
  await expectRefused(() => s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId })), 'AccessDenied');
  await new Promise((r) => setTimeout(r, 4500));
  await s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: put.VersionId }));
});
await check('retain-until in the past', async () => outcome(() => s3.send(new PutObjectCommand({
  Bucket: locked, Key: `${run}/past`, Body: body, ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: inSeconds(-60),
}))));

// Checksums: what the gateway does with x-amz-checksum-* (S3 validates them and stores them).
await check('PutObject with a correct x-amz-checksum-sha256', async () => outcome(async () => {
  const put = await s3.send(new PutObjectCommand({ Bucket: plain, Key: `${run}/sum-good`, Body: body, ChecksumSHA256: sha256(body) }));
  const head = await s3.send(new HeadObjectCommand({ Bucket: plain, Key: `${run}/sum-good`, ChecksumMode: 'ENABLED' }));
  return `PutObject answered ChecksumSHA256=${put.ChecksumSHA256}; HeadObject ChecksumSHA256=${head.ChecksumSHA256}`;
}));
await check('PutObject with a WRONG x-amz-checksum-sha256 (S3 refuses: BadDigest)', async () =>
  outcome(() => s3.send(new PutObjectCommand({ Bucket: plain, Key: `${run}/sum-bad`, Body: body, ChecksumSHA256: sha256('other') }))));
await check('PutObject with a WRONG Content-MD5 (S3 refuses: BadDigest)', async () =>
  outcome(() => s3.send(new PutObjectCommand({
    Bucket: plain, Key: `${run}/md5-bad`, Body: body, ContentMD5: createHash('md5').update('other').digest('base64'),
  }))));
await check('SDK defaults (CRC32 on every upload), Buffer body', async () =>
  outcome(() => client().send(new PutObjectCommand({ Bucket: plain, Key: `${run}/sdk-default-buffer`, Body: body }))));
await check('SDK defaults, stream body (aws-chunked with a trailing checksum)', async () =>
  outcome(() => client().send(new PutObjectCommand({
    Bucket: plain, Key: `${run}/sdk-default-stream`, Body: Readable.from([body]), ContentLength: body.length,
  }))));
await check('SDK defaults, PutObject with object lock', async () =>
  outcome(() => client().send(new PutObjectCommand({
    Bucket: locked, Key: `${run}/sdk-default-lock`, Body: body, ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: inSeconds(5),
  }))));
await check('PutObject If-None-Match: * over an existing key (S3 refuses: 412)', async () => {
  await s3.send(new PutObjectCommand({ Bucket: plain, Key: `${run}/once`, Body: body }));
  return outcome(() => s3.send(new PutObjectCommand({ Bucket: plain, Key: `${run}/once`, Body: body, IfNoneMatch: '*' })));
});

// Multipart: two parts (the first at the 5 MiB minimum), with and without SHA-256 part checksums.
async function multipart(bucket, key, { checksum, wrongChecksum, lock } = {}) {
  const parts = [randomBytes(5 * 1024 * 1024), randomBytes(1234)];
  const create = await s3.send(new CreateMultipartUploadCommand({
    Bucket: bucket, Key: key, ...(checksum ? { ChecksumAlgorithm: 'SHA256' } : {}),
    ...(lock ? { ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: inSeconds(60), ObjectLockLegalHoldStatus: 'ON' } : {}),
  }));
  const done = [];
  for (const [i, part] of parts.entries()) {
    const up = await s3.send(new UploadPartCommand({
      Bucket: bucket, Key: key, UploadId: create.UploadId, PartNumber: i + 1, Body: part,
      ...(checksum ? { ChecksumSHA256: wrongChecksum ? sha256('other') : sha256(part) } : {}),
    }));
    done.push({ PartNumber: i + 1, ETag: up.ETag, ...(checksum ? { ChecksumSHA256: up.ChecksumSHA256 ?? sha256(part) } : {}) });
  }
  const complete = await s3.send(new CompleteMultipartUploadCommand({
    Bucket: bucket, Key: key, UploadId: create.UploadId, MultipartUpload: { Parts: done },
  }));
  const got = Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body.transformToByteArray());
  if (!got.equals(Buffer.concat(parts))) throw new Error('read back differs');
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }));
  return `CompleteMultipartUpload ETag "${complete.ETag}", HeadObject ETag ${head.ETag}, ${got.length} bytes read back, ` +
    `lock ${head.ObjectLockMode ?? 'none'}, legal hold ${head.ObjectLockLegalHoldStatus ?? 'none'}, checksum ${head.ChecksumSHA256 ?? 'none'}`;
}
await check('multipart upload, plain', () => multipart(plain, `${run}/mp`));
await check('multipart upload with SHA256 part checksums', async () => outcome(() => multipart(plain, `${run}/mp-sum`, { checksum: true })));
await check('multipart upload with WRONG part checksums (S3 refuses: BadDigest)', async () =>
  outcome(() => multipart(plain, `${run}/mp-badsum`, { checksum: true, wrongChecksum: true })));
await check('multipart into the locked bucket: lock given at create, then PutObjectRetention', async () => {
  const key = `${run}/mp-lock`;
  const note = await multipart(locked, key, { lock: true });
  const head = await s3.send(new HeadObjectCommand({ Bucket: locked, Key: key }));
  // S3 locks the object from the create call's headers; see what this gateway did, then lock it explicitly.
  await s3.send(new PutObjectRetentionCommand({
    Bucket: locked, Key: key, VersionId: head.VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: inSeconds(60) },
  }));
  const refused = await expectRefused(() => s3.send(new DeleteObjectCommand({ Bucket: locked, Key: key, VersionId: head.VersionId })), 'AccessDenied');
  await s3.send(new PutObjectLegalHoldCommand({ Bucket: locked, Key: key, VersionId: head.VersionId, LegalHold: { Status: 'OFF' } }));
  return `${note}; after PutObjectRetention, delete of the version: ${refused}`;
});
await check('stream body with ContentLength, checksums only when required', async () => {
  const put = await s3.send(new PutObjectCommand({
    Bucket: plain, Key: `${run}/stream`, Body: Readable.from([body]), ContentLength: body.length,
  }));
  return `ETag ${put.ETag}`;
});
await check('stream body of unknown length (chunked transfer)', async () =>
  outcome(async () => (await s3.send(new PutObjectCommand({ Bucket: plain, Key: `${run}/stream-unknown`, Body: Readable.from([body]) }))).ETag));

// Addressing and region: what a client must set.
await check('virtual-host addressing (forcePathStyle off, endpoint named localhost)', async () =>
  outcome(async () => (await client({
    endpoint: endpoint.replace('127.0.0.1', 'localhost'), forcePathStyle: false, requestChecksumCalculation: 'WHEN_REQUIRED',
  }).send(new ListObjectVersionsCommand({ Bucket: plain, MaxKeys: 1 }))).Name));
for (const region of ['us-east-1', 'default', 'eu-west-1']) {
  await check(`region ${region} in the signature`, async () =>
    outcome(async () => (await client({ region, requestChecksumCalculation: 'WHEN_REQUIRED' })
      .send(new PutObjectCommand({ Bucket: plain, Key: `${run}/region-${region}`, Body: body }))).ETag));
}

console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
