// The shared queue of background work, on both engines: one runner per job at a time, a dead runner's job taken
// over once its lease runs out, a job that kills its runners given up, a stopping runner's job put back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { claimJob, enqueueJob, finishJob, jobCounts, MAX_ATTEMPTS, releaseJob, renewLease } from '../src/jobs/job-queue.js';
import { JobInterrupted, JobRunner } from '../src/jobs/job-runner.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const later = (ms: number) => new Date(Date.now() + ms);

describe.each(engines)('the jobs queue on $name', (engine) => {
  let dossier: Dossier;
  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
  });
  afterAll(async () => {
    await dossier?.close();
    await engine.dropAll();
  });
  const drain = async () => {
    while (await claimJob(dossier.database, 'drain', ['test', 'slow', 'other'], 60_000).then(async (job) => job && finishJob(dossier.database, job.id, 'drain'))) {
      // finish every job left by an earlier test
    }
  };

  it('gives each job to one runner, oldest first, and only its holder finishes it', async () => {
    await drain();
    // Queued a millisecond apart: within one millisecond the order is the ids' random part.
    const first = await enqueueJob(dossier.database, 'test', { n: 1 }, later(-1));
    await enqueueJob(dossier.database, 'test', { n: 2 });
    const a = await claimJob(dossier.database, 'A', ['test'], 60_000);
    const b = await claimJob(dossier.database, 'B', ['test'], 60_000);
    expect(a).toMatchObject({ id: first, payload: { n: 1 }, attempts: 1 });
    expect(b?.payload).toEqual({ n: 2 });
    expect(await claimJob(dossier.database, 'C', ['test'], 60_000)).toBeUndefined();
    expect(await finishJob(dossier.database, a!.id, 'B')).toBe(false);
    expect(await finishJob(dossier.database, a!.id, 'A')).toBe(true);
    expect(await finishJob(dossier.database, b!.id, 'B', { error: 'ffmpeg could not read it' })).toBe(true);
    expect(await jobCounts(dossier.database)).toMatchObject({ queued: 0, running: 0 });
  });

  it('hands a job whose lease ran out to another runner; the first can no longer renew or finish it', async () => {
    await drain();
    const id = await enqueueJob(dossier.database, 'test', { n: 3 });
    expect((await claimJob(dossier.database, 'A', ['test'], 1_000))?.id).toBe(id);
    expect(await claimJob(dossier.database, 'B', ['test'], 1_000)).toBeUndefined();
    const takenOver = await claimJob(dossier.database, 'B', ['test'], 60_000, later(2_000));
    expect(takenOver).toMatchObject({ id, attempts: 2 });
    expect(await renewLease(dossier.database, id, 'A', 60_000)).toBe(false);
    expect(await finishJob(dossier.database, id, 'A')).toBe(false);
    expect(await finishJob(dossier.database, id, 'B')).toBe(true);
  });

  it(`gives a job up after ${MAX_ATTEMPTS} runners died on it, and claims the next`, async () => {
    await drain();
    const deadly = await enqueueJob(dossier.database, 'test', { deadly: true }, later(-1));
    const next = await enqueueJob(dossier.database, 'test', { n: 4 });
    let at = Date.now();
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      const job = await claimJob(dossier.database, `runner-${i}`, ['test'], 1_000, new Date(at));
      expect(job).toMatchObject({ id: deadly, attempts: i });
      at += 2_000; // each runner dies: its lease runs out
    }
    const claimed = await claimJob(dossier.database, 'survivor', ['test'], 60_000, new Date(at));
    expect(claimed?.id).toBe(next);
    const row = await dossier.database.db.selectFrom('jobs').selectAll().where('id', '=', deadly).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'failed', last_error: `its runner stopped ${MAX_ATTEMPTS} times before finishing it` });
    await finishJob(dossier.database, next, 'survivor');
  });

  it('puts a stopping runner\'s job back, its try not counted', async () => {
    await drain();
    const id = await enqueueJob(dossier.database, 'test', { n: 5 });
    await claimJob(dossier.database, 'A', ['test'], 60_000);
    expect(await releaseJob(dossier.database, id, 'A')).toBe(true);
    expect(await claimJob(dossier.database, 'B', ['test'], 60_000)).toMatchObject({ id, attempts: 1 });
    await finishJob(dossier.database, id, 'B');
  });

  it('never gives one job to two runners claiming at once', async () => {
    await drain();
    for (let i = 0; i < 30; i++) await enqueueJob(dossier.database, 'other', { i });
    const claimed: string[] = [];
    await Promise.all(
      ['A', 'B', 'C'].map(async (owner) => {
        for (let job = await claimJob(dossier.database, owner, ['other'], 60_000); job; job = await claimJob(dossier.database, owner, ['other'], 60_000)) {
          claimed.push(job.id);
          await finishJob(dossier.database, job.id, owner);
        }
      }),
    );
    expect(claimed).toHaveLength(30);
    expect(new Set(claimed).size).toBe(30);
  });

  it('runs jobs as they are queued, records failures, and when stopped puts the job in hand back', async () => {
    await drain();
    const seen: unknown[] = [];
    let release: () => void = () => undefined;
    const runner = new JobRunner(
      dossier.database,
      {
        test: async (job) => {
          seen.push(job.payload);
          if ((job.payload as { fail?: boolean }).fail) throw new Error('no such file');
        },
        slow: async (_job, stopping) => {
          await new Promise<void>((resolve) => (release = resolve));
          if (stopping.aborted) throw new JobInterrupted();
        },
      },
      { pollMs: 50 },
    ).start();
    await enqueueJob(dossier.database, 'test', { ok: true });
    const failing = await enqueueJob(dossier.database, 'test', { fail: true });
    runner.wake();
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBe(2);
    await expect.poll(async () => (await dossier.database.db.selectFrom('jobs').select(['state', 'last_error']).where('id', '=', failing).executeTakeFirst())?.state, { timeout: 5_000 }).toBe('failed');
    const slow = await enqueueJob(dossier.database, 'slow', {});
    runner.wake();
    await expect.poll(async () => (await dossier.database.db.selectFrom('jobs').select('state').where('id', '=', slow).executeTakeFirst())?.state, { timeout: 5_000 }).toBe('running');
    const closing = runner.close();
    release();
    await closing;
    expect(await dossier.database.db.selectFrom('jobs').select(['state', 'attempts', 'lease_owner']).where('id', '=', slow).executeTakeFirst()).toEqual({ state: 'queued', attempts: 0, lease_owner: null });
  });
});
