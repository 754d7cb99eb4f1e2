// The S3 server out of reach in the middle of an intake (issue 17): the network to the real S3 test server (Ceph
// RGW) is cut by a relay while an upload streams in, and stays cut past the SDK's retries. The intake fails in words
// (VAULT_UNAVAILABLE, a 503: the connection was cut), nothing is recorded as stored (no item, no intake, no ledger entry), and
// once the network is back the next intake lands and both verifications pass.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier, type Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { loadConfig } from '../src/common/config.js';
import { auditVault } from '../src/evidence/custody.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { adminClient, emptyPrefix, LOCKED_BUCKET, S3_ENDPOINT, s3Available } from './support/blob-stores.js';
import { runCli, tempDir } from './support/dossier.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

const available = await s3Available();

describe.runIf(available)('an S3 server out of reach mid-intake', () => {
  const prefix = `outage-${randomBytes(6).toString('hex')}`;
  let work: string;
  let proxy: TcpProxy;
  let dossier: Dossier;
  let env: Record<string, string>;

  beforeAll(async () => {
    const target = new URL(S3_ENDPOINT!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    work = await tempDir();
    env = { ...(process.env as Record<string, string>), DOSSIER_VAULT_URL: `s3://${LOCKED_BUCKET}/${prefix}`, DOSSIER_S3_ENDPOINT: `http://127.0.0.1:${proxy.port}` };
    const init = await runCli(['--data', path.join(work, 'data'), 'init'], env);
    expect(init.code, init.stderr).toBe(0);
    // The vault's client is made at opening, from the process's environment: pointed through the relay for that.
    const endpoint = process.env.DOSSIER_S3_ENDPOINT;
    process.env.DOSSIER_S3_ENDPOINT = env.DOSSIER_S3_ENDPOINT;
    try {
      dossier = await openDossier(loadConfig({ data: path.join(work, 'data'), env, actor: 'test:analyst' }));
    } finally {
      process.env.DOSSIER_S3_ENDPOINT = endpoint;
    }
    await createCase(dossier, 'test:analyst', { id: 'convoy', title: 'The aid convoy' });
  }, 60_000);
  afterAll(async () => {
    await dossier?.close();
    await proxy?.close();
    const client = adminClient();
    await emptyPrefix(client, LOCKED_BUCKET, `${prefix}/`);
    client.destroy();
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it('fails in words, records nothing, and takes the next intake once the network is back', async () => {
    const entriesBefore = await dossier.ledger.checkpointSize();
    // An upload of 24 MiB arriving a MiB at a time; the network goes after the sixth and does not come back.
    async function* slowUpload() {
      for (let i = 0; i < 24; i++) {
        if (i === 6) proxy.cut();
        yield randomBytes(1 << 20);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const cutShort = ingestEvidence(dossier, 'test:analyst', { caseId: 'convoy', originalName: 'convoy.mp4', content: slowUpload() });
    await expect(cutShort).rejects.toMatchObject({ code: 'VAULT_UNAVAILABLE', message: expect.stringMatching(/connection to the S3 server was cut|does not answer/) });

    expect(await dossier.database.db.selectFrom('evidence_items').selectAll().execute()).toEqual([]);
    expect(await dossier.database.db.selectFrom('evidence_intakes').selectAll().execute()).toEqual([]);
    expect(await dossier.ledger.checkpointSize()).toBe(entriesBefore);

    proxy.restore();
    const bytes = randomBytes(300_000);
    const landed = await ingestEvidence(dossier, 'test:analyst', { caseId: 'convoy', originalName: 'statement.pdf', content: [bytes] });
    expect(landed.item.size).toBe(bytes.length);
    const vault = await auditVault(dossier, 'test:analyst');
    expect(vault).toMatchObject({ ok: true, missing: [], failures: [] });
    const log = await runCli(['--data', path.join(work, 'data'), 'log', 'verify'], env);
    expect(log.code, log.stdout + log.stderr).toBe(0);
  }, 120_000);
});
