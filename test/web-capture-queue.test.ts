/**
 * The capture queue's rows on SQLite and PostgreSQL: who may claim what (the server's workers, or only the
 * process that reserved it), leases, and what happens to a capture whose worker stopped.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { claimNextCapture, getCapture, MAX_ATTEMPTS, renewLease, requestCaptures, requeueAbandoned } from '../src/web-capture/captures.js';
import { newDossier } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

const engines = await enginesUnderTest();

describe.each(engines)('the capture queue on $name', (engine) => {
  let dossier: Dossier;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'q', title: 'Queue' });
  });
  afterAll(async () => {
    await dossier.close();
    await engine.dropAll();
    fs.rmSync(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('gives a reserved capture only to its runner, and the others only to the server, oldest first', async () => {
    const [mine] = await requestCaptures(dossier.database, 'cli:a', 'q', ['https://example.org/mine'], { runner: 'cli:host:1:abc' });
    const [first, second] = await requestCaptures(dossier.database, 'web:b', 'q', ['https://example.org/1', 'https://example.org/2']);
    expect(await claimNextCapture(dossier.database, 'cli:host:2:other', 60_000)).toBeNull();
    expect((await claimNextCapture(dossier.database, 'cli:host:1:abc', 60_000))?.id).toBe(mine!.id);
    const claimed = await claimNextCapture(dossier.database, null, 60_000);
    expect([first!.id, second!.id]).toContain(claimed?.id);
    expect(claimed).toMatchObject({ state: 'running', attempts: 1 });
    expect((await claimNextCapture(dossier.database, null, 60_000))?.id).not.toBe(claimed?.id);
    expect(await claimNextCapture(dossier.database, null, 60_000)).toBeNull();
  });

  it('leaves a capture whose worker renews its lease, and queues again one whose lease ran out, for the server', async () => {
    await requestCaptures(dossier.database, 'web:b', 'q', ['https://example.org/a', 'https://example.org/b'], { runner: 'cli:gone' });
    const alive = await claimNextCapture(dossier.database, 'cli:gone', 60_000);
    const stopped = await claimNextCapture(dossier.database, 'cli:gone', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await renewLease(dossier.database, alive!.id, 60_000);
    expect(await requeueAbandoned(dossier.database)).toBe(1);
    expect(await getCapture(dossier.database.db, alive!.id)).toMatchObject({ state: 'running' });
    expect(await getCapture(dossier.database.db, stopped!.id)).toMatchObject({ state: 'queued' });
    // Queued again for the server's workers: the process that reserved it is gone.
    expect((await claimNextCapture(dossier.database, null, 60_000))?.id).toBe(stopped!.id);
  });

  it('fails a capture interrupted too often, saying so', async () => {
    const [flaky] = await requestCaptures(dossier.database, 'web:b', 'q', ['https://example.org/flaky']);
    await dossier.database.db.updateTable('web_captures').set({ state: 'running', attempts: MAX_ATTEMPTS, lease_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', flaky!.id).execute();
    await requeueAbandoned(dossier.database);
    expect(await getCapture(dossier.database.db, flaky!.id)).toMatchObject({ state: 'failed', error: { code: 'CAPTURE_FAILED', message: `the capture was interrupted ${MAX_ATTEMPTS} times` } });
  });
});
