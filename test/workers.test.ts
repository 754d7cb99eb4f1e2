// Background work apart from the web servers: a server started without a runner leaves an upload's examinations
// to `dossier worker` processes, and a worker killed outright (SIGKILL) in the middle of a job leaves it to another,
// which finishes it once the lease runs out. On PostgreSQL when it answers (the deployment this is for).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { CLI, newDossier, runCli, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';
import { ffmpegForTests } from './support/ffmpeg.js';
import { makeTestVideo } from './support/test-video.js';

const engines = await enginesUnderTest();
const engine = engines.find((candidate) => candidate.name === 'postgres') ?? engines[0]!;
const ffmpeg = await ffmpegForTests('the worker tests (a video’s derivatives are the job)');

describe.runIf(ffmpeg)(`background work done by dossier worker processes, on ${engine.name}`, () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let work: string;
  let databaseUrl: string | undefined;
  let headers: Record<string, string>;
  const workers: ChildProcess[] = [];

  const startWorker = (leaseSeconds: number) => {
    const child = spawn(process.execPath, [CLI, '--data', dossier.config.dataDir, 'worker', '--capture-workers', '0', '--lease-seconds', String(leaseSeconds)], {
      env: { ...process.env, ...(databaseUrl ? { DOSSIER_DATABASE_URL: databaseUrl } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    workers.push(child);
    return child;
  };
  const jobOf = async (evidenceId: string) =>
    (await dossier.database.db.selectFrom('jobs').selectAll().where('kind', '=', 'examine').orderBy('created_at', 'desc').execute()).find((job) => (JSON.parse(job.payload) as { evidenceId: string }).evidenceId === evidenceId)!;
  const upload = async () => {
    const form = new FormData();
    form.append('file', new Blob([await fs.readFile(path.join(work, 'clip.mp4'))]), 'clip.mp4');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const response = await app.inject({ method: 'POST', url: '/api/v1/cases/strikes/evidence', headers: { ...headers, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()) });
    expect(response.statusCode).toBe(201);
    return (response.json() as { items: Array<{ item: { id: string } }> }).items[0]!.item.id;
  };

  beforeAll(async () => {
    work = await tempDir('dossier-workers-');
    makeTestVideo(path.join(work, 'clip.mp4'));
    databaseUrl = await engine.createDatabase();
    dossier = await newDossier(databaseUrl);
    app = await buildServer(dossier, { runJobs: false });
    await testAccount(dossier, 'investigator');
    headers = await signIn(app, 'investigator');
    expect((await app.inject({ method: 'POST', url: '/api/v1/cases', headers, payload: { id: 'strikes', title: 'Strikes' } })).statusCode).toBe(201);
  });
  afterAll(async () => {
    for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await app?.close();
    await dossier?.close();
    await engine.dropAll();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('leaves an upload’s examinations to a worker, which does them and stops cleanly', async () => {
    const id = await upload();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await jobOf(id)).state).toBe('queued');
    const worker = startWorker(60);
    await expect.poll(async () => (await jobOf(id)).state, { timeout: 60_000, interval: 200 }).toBe('done');
    const derivatives = await app.inject({ url: `/api/v1/evidence/${id}/derivatives`, headers });
    expect((derivatives.json() as { derivatives: unknown[] }).derivatives.length).toBeGreaterThan(0);
    worker.kill('SIGTERM');
    const [code] = await once(worker, 'exit');
    expect(code).toBe(0);
  }, 90_000);

  it('hands the job of a worker killed mid-way to another, which finishes it; the ledger verifies', async () => {
    const id = await upload();
    const doomed = startWorker(2);
    await expect.poll(async () => (await jobOf(id)).state, { timeout: 30_000, interval: 25 }).toBe('running');
    expect((await jobOf(id)).lease_owner).toContain(`/${doomed.pid}/`);
    doomed.kill('SIGKILL');
    await once(doomed, 'exit');
    const heir = startWorker(2);
    await expect.poll(async () => (await jobOf(id)).state, { timeout: 60_000, interval: 200 }).toBe('done');
    expect(await jobOf(id)).toMatchObject({ attempts: 2, lease_owner: null, last_error: null });
    heir.kill('SIGTERM');
    await once(heir, 'exit');
    const verified = await runCli(['--data', dossier.config.dataDir, 'log', 'verify'], databaseUrl ? { DOSSIER_DATABASE_URL: databaseUrl } : {});
    expect(verified.code).toBe(0);
  }, 120_000);
});
