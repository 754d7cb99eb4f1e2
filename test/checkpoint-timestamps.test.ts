import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundWork } from '../src/app/background-work.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { CASE_FILE_PATHS } from '../src/bag/case-file-layout.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { createCase } from '../src/cases/cases.js';
import { auditStamps, stampLatestCheckpoint, stampsOf } from '../src/timestamping/checkpoint-stamps.js';
import { rewriteManifests } from './support/bag-forgery.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';
import { startLocalTsa, type LocalTsa } from './support/local-tsa.js';

const engines = await enginesUnderTest();
const actor = 'test:owner';

async function latestSize(dossier: Dossier): Promise<number> {
  return Number((await dossier.ledger.latestCheckpoint())!.split('\n')[1]);
}

describe.each(engines)('checkpoints time-stamped by RFC 3161 authorities, on $name', (engine) => {
  let dossier: Dossier;
  let tsa: LocalTsa;
  let second: LocalTsa;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    [tsa, second] = await Promise.all([startLocalTsa(), startLocalTsa()]);
    await createCase(dossier, actor, { id: 'stamped', title: 'Stamped' });
  });
  afterAll(async () => {
    await Promise.all([tsa.close(), second.close()]);
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('stamps the latest checkpoint by each authority once, and log verify checks every token against its checkpoint', async () => {
    const size = await latestSize(dossier);
    const results = await stampLatestCheckpoint(dossier.database, [tsa.url, second.url]);
    expect(results.map((r) => [r.tsa, r.outcome, r.treeSize])).toEqual([[tsa.url, 'stamped', size], [second.url, 'stamped', size]]);
    expect(results[0]!.time).toMatch(/ GMT$/);
    expect((await stampLatestCheckpoint(dossier.database, [tsa.url])).map((r) => r.outcome)).toEqual(['current']);
    expect((await stampsOf(dossier.database, size)).map((s) => s.tsa).sort()).toEqual([tsa.url, second.url].sort());

    // Each token checked against the authority's CA: the first's verifies, the second's has another CA.
    const checked = await auditStamps(dossier.database, tsa.caFile);
    expect(checked).toMatchObject({ checked: 2, verified: 1, ok: false });
    expect(checked.problems).toEqual([expect.stringContaining(`size ${size}, ${second.url}: the time-stamp's signature does not verify`)]);
    expect(await auditStamps(dossier.database)).toMatchObject({ ok: true, checked: 2, verified: 0, latest: { treeSize: size } });
  });

  it('names a token moved to another checkpoint, and keeps nothing from an authority that does not answer', async () => {
    await createCase(dossier, actor, { id: 'later', title: 'Later' });
    const later = await latestSize(dossier);
    expect(await stampLatestCheckpoint(dossier.database, ['http://127.0.0.1:9/tsa'])).toEqual([
      { tsa: 'http://127.0.0.1:9/tsa', outcome: 'failed', treeSize: later, problem: expect.stringContaining('no time-stamp') },
    ]);
    expect(await stampsOf(dossier.database, later)).toEqual([]);
    // A token of the earlier head filed under the later one: its imprint is not the later checkpoint's.
    const earlierSize = (await dossier.database.db.selectFrom('checkpoint_timestamps').select('tree_size').orderBy('tree_size').executeTakeFirstOrThrow()).tree_size;
    const [earlier] = await stampsOf(dossier.database, Number(earlierSize));
    await dossier.database.writeTransaction((trx) => trx.insertInto('checkpoint_timestamps').values({ tree_size: later, tsa_url: 'http://moved.example/tsa', token: earlier!.token, stamped_at: earlier!.stampedAt, tsa_name: null, serial: null }).execute());
    const audit = await auditStamps(dossier.database);
    expect(audit.ok).toBe(false);
    expect(audit.problems).toEqual([expect.stringMatching(new RegExp(`^size ${later}, http://moved\\.example/tsa: the time-stamp is for SHA-256 [0-9a-f]{64}, not for the checkpoint's`))]);
    await dossier.database.writeTransaction((trx) => trx.deleteFrom('checkpoint_timestamps').where('tsa_url', '=', 'http://moved.example/tsa').execute());
  });

  it('stamps on a schedule in the background work of servers and workers', async () => {
    await createCase(dossier, actor, { id: 'scheduled', title: 'Scheduled' });
    const size = await latestSize(dossier);
    const problems: unknown[] = [];
    const background = startBackgroundWork({ ...dossier, config: { ...dossier.config, checkpointTsaUrls: [tsa.url] } }, true, () => undefined, {
      checkpointStampMs: 50,
      witnessPushMs: 0,
      onStampProblem: (result) => problems.push(result),
    });
    try {
      const deadline = Date.now() + 15_000;
      while ((await stampsOf(dossier.database, size)).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect((await stampsOf(dossier.database, size)).map((s) => s.tsa)).toEqual([tsa.url]);
      expect(problems).toEqual([]);
    } finally {
      await background.close();
    }
  });
});

describe('a case file carries the time-stamps of its checkpoint, and its reader checks them', () => {
  let dossier: Dossier;
  let tsa: LocalTsa;
  let work: string;

  beforeAll(async () => {
    dossier = await newDossier();
    await seedDemoCase(dossier);
    tsa = await startLocalTsa();
    work = await tempDir('dossier-stamped-bag-');
  });
  afterAll(async () => {
    await tsa.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await fs.rm(work, { recursive: true, force: true });
  });

  it('proves when the head the proofs lead to existed; a token of another head is named', async () => {
    const deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
    const out = path.join(work, 'bag');
    const exported = await exportCaseFile(deps, actor, DEMO_CASE_ID, { out, tsaUrl: tsa.url });
    expect((await stampsOf(dossier.database, exported.checkpointSize)).map((s) => s.tsa)).toEqual([tsa.url]);
    const report = await verifyCaseFile(out, { tsaCaFile: tsa.caFile });
    expect(report.valid).toBe(true);
    expect(report.caseFile?.checkpointTimestamps).toEqual([expect.objectContaining({ status: 'verified' })]);
    const cli = await runCli(['verify', out, '--tsa-ca', tsa.caFile]);
    expect(cli.stdout).toMatch(/ok {3}RFC 3161 time-stamp of the checkpoint: .*signature verified/);

    // Another head's token put in its place (and every manifest rewritten): the imprint gives it away.
    await createCase(dossier, actor, { id: 'other', title: 'Other' });
    const [result] = await stampLatestCheckpoint(dossier.database, [tsa.url]);
    const [other] = await stampsOf(dossier.database, result!.treeSize);
    await fs.writeFile(path.join(out, CASE_FILE_PATHS.checkpointTimestampsDir, '1.tsr'), other!.token);
    await rewriteManifests(out);
    const forged = await verifyCaseFile(out, { tsaCaFile: tsa.caFile });
    expect(forged.valid).toBe(false);
    expect(forged.errors.map((e) => `${e.code} ${e.path}`)).toContain(`CHECKPOINT_TIMESTAMP_INVALID ${CASE_FILE_PATHS.checkpointTimestampsDir}/1.tsr`);
  });

  it('has the head it ships stamped by the configured authorities, going on without one that does not answer', async () => {
    const deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
    await createCase(dossier, actor, { id: 'shipped', title: 'Shipped' });
    const out = path.join(work, 'scheduled-authorities');
    const exported = await exportCaseFile(deps, actor, DEMO_CASE_ID, { out, checkpointTsaUrls: [tsa.url, 'http://127.0.0.1:9/tsa'] });
    expect((await stampsOf(dossier.database, exported.checkpointSize)).map((s) => s.tsa)).toEqual([tsa.url]);
    expect(exported.timestamp).toBeNull();
    const report = await verifyCaseFile(out, { tsaCaFile: tsa.caFile });
    expect(report.valid).toBe(true);
    expect(report.caseFile?.checkpointTimestamps).toEqual([expect.objectContaining({ status: 'verified' })]);
  });
});
