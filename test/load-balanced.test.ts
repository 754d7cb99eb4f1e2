// The deployment of issue 17, for real: two `dossier serve --no-worker` processes and a `dossier worker` on one
// PostgreSQL database and one S3 vault (Ceph RGW), behind HAProxy (scripts/load-balancer). Uploads and record
// writes go through both at once; then the ledger is one log, every upload is in the vault, the counts add up; a
// server killed outright in the middle of an upload leaves nothing visible, and the other goes on.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier, type Dossier } from '../src/app/open.js';
import { loadConfig } from '../src/common/config.js';
import { adminClient, emptyPrefix, LOCKED_BUCKET, s3Available } from './support/blob-stores.js';
import { testAccount, TEST_PASSWORD } from './support/accounts.js';
import { CLI, PROJECT_ROOT, runCli, runProcess, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';
import { freePort, untilServerAnswers } from './support/ports.js';

const postgres = (await enginesUnderTest()).find((engine) => engine.name === 'postgres');
const s3 = await s3Available();
const LOAD_BALANCER = path.join(PROJECT_ROOT, 'scripts/load-balancer');

describe.runIf(postgres && s3)('two servers and a worker behind HAProxy, on PostgreSQL and S3', () => {
  const prefix = `lb-${randomBytes(6).toString('hex')}`;
  let work: string;
  let env: Record<string, string>;
  let dossier: Dossier;
  const processes: ChildProcess[] = [];
  let ports: { lb: number; a: number; b: number };
  let servers: { a: ChildProcess; b: ChildProcess };
  let session: Record<string, string>;
  const cli = (args: string[]) => runCli(['--data', path.join(work, 'data'), ...args], env);

  const start = (args: string[]) => {
    const child = spawn(process.execPath, [CLI, '--data', path.join(work, 'data'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    processes.push(child);
    return child;
  };
  const serve = (port: number) => start(['serve', '--port', String(port), '--no-worker', '--trust-proxy-hops', '1', '--capture-workers', '0']);
  const healthy = (port: number) => untilServerAnswers(port);
  const via = (url: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${ports.lb}/api/v1${url}`, { ...init, headers: { ...session, ...(init.headers as Record<string, string>) } });
  const upload = async (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await via('/cases/siege/evidence', { method: 'POST', body: form });
    expect(response.status).toBe(201);
    return { servedBy: response.headers.get('x-served-by'), id: ((await response.json()) as { items: Array<{ item: { id: string } }> }).items[0]!.item.id };
  };

  beforeAll(async () => {
    work = await tempDir('dossier-lb-');
    env = { DOSSIER_DATABASE_URL: (await postgres!.createDatabase())!, DOSSIER_VAULT_URL: `s3://${LOCKED_BUCKET}/${prefix}` };
    expect((await cli(['init'])).code).toBe(0);
    dossier = await openDossier(loadConfig({ data: path.join(work, 'data'), env: { ...process.env, ...env } }));
    await testAccount(dossier, 'analyst');
    ports = { lb: await freePort(), a: await freePort(), b: await freePort() };
    servers = { a: serve(ports.a), b: serve(ports.b) };
    start(['worker', '--capture-workers', '0']);
    await Promise.all([healthy(ports.a), healthy(ports.b)]);
    const balancer = await runProcess(LOAD_BALANCER, ['start', String(ports.lb), String(ports.a), String(ports.b)]);
    expect(balancer.code, balancer.stderr).toBe(0);
    await healthy(ports.lb);
    const login = await fetch(`http://127.0.0.1:${ports.lb}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'analyst', password: TEST_PASSWORD }) });
    expect(login.status).toBe(200);
    session = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
    expect((await via('/cases', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'siege', title: 'The siege' }) })).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    if (ports) await runProcess(LOAD_BALANCER, ['stop', String(ports.lb)]);
    for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(processes.map((child) => (child.exitCode === null && child.signalCode === null ? once(child, 'exit') : undefined)));
    await dossier?.close();
    await postgres?.dropAll();
    const client = adminClient();
    await emptyPrefix(client, LOCKED_BUCKET, `${prefix}/`);
    client.destroy();
    await fs.rm(work, { recursive: true, force: true });
  }, 60_000);

  it('takes uploads and record writes through both servers at once; one ledger, every upload held, counts that add up', async () => {
    const files = Array.from({ length: 16 }, (_, i) => randomBytes(20_000 + i * 1000));
    const incidents = Array.from({ length: 16 }, (_, i) => ({ title: `Shelling of the bakery queue, day ${i + 1}`, types: ['artillery_rocket_missile'], date: { edtf: `2016-08-${String(i + 1).padStart(2, '0')}` } }));
    const [uploaded, written] = await Promise.all([
      Promise.all(files.map((bytes, i) => upload(bytes, `photo-${i}.jpg`))),
      Promise.all(incidents.map((body) => via('/cases/siege/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }))),
    ]);
    const refused = written.find((response) => response.status !== 201);
    expect(refused, refused && (await refused.text())).toBeUndefined();
    // Both servers took uploads.
    expect(new Set(uploaded.map((u) => u.servedBy))).toEqual(new Set([`s${ports.a}`, `s${ports.b}`]));
    // What one server took, the other (and the balancer, whichever it picks) gives back at once, byte for byte.
    for (const [i, { id }] of uploaded.entries()) {
      const content = await fetch(`http://127.0.0.1:${i % 2 ? ports.a : ports.b}/api/v1/evidence/${id}/content`, { headers: session });
      expect(Buffer.from(await content.arrayBuffer()).equals(files[i]!)).toBe(true);
    }
    const log = await cli(['log', 'verify']);
    expect(log.code, log.stdout + log.stderr).toBe(0);
    const vault = JSON.parse((await cli(['--json', 'vault', 'verify'])).stdout);
    expect(vault).toMatchObject({ ok: true, checked: 16, missing: [], failures: [] });
    expect(JSON.parse((await cli(['--json', 'evidence', 'list', '--case', 'siege'])).stdout)).toHaveLength(16);
    const intakes = await dossier.database.db.selectFrom('ledger_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'intake').executeTakeFirst();
    expect(Number(intakes!.n)).toBe(16);
    const listed = (await (await via('/cases/siege/incidents?limit=100')).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(16);
  }, 180_000);

  it('leaves nothing visible of an upload cut by its server killed outright; the other goes on, and the first comes back', async () => {
    const before = JSON.parse((await cli(['--json', 'vault', 'verify'])).stdout).checked as number;
    // A large upload, sent slowly and straight to server A, which is killed half-way.
    const boundary = 'dossier-kill-test';
    const request = http.request({ host: '127.0.0.1', port: ports.a, method: 'POST', path: '/api/v1/cases/siege/evidence', headers: { ...session, 'content-type': `multipart/form-data; boundary=${boundary}` } });
    request.on('error', () => undefined);
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="long.mp4"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    for (let i = 0; i < 12; i++) {
      request.write(randomBytes(1 << 20));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    servers.a.kill('SIGKILL');
    await once(servers.a, 'exit');
    request.destroy();
    // Through the balancer, the other server answers (the dead one is taken out within two seconds).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    for (let i = 0; i < 4; i++) {
      const health = await fetch(`http://127.0.0.1:${ports.lb}/api/v1/health`);
      expect([health.status, health.headers.get('x-served-by')]).toEqual([200, `s${ports.b}`]);
    }
    expect(JSON.parse((await cli(['--json', 'evidence', 'list', '--case', 'siege'])).stdout)).toHaveLength(16);
    expect(JSON.parse((await cli(['--json', 'vault', 'verify'])).stdout)).toMatchObject({ ok: true, checked: before });
    expect((await cli(['log', 'verify'])).code).toBe(0);
    // Restarted, it serves again, and an upload through the balancer still lands.
    servers.a = serve(ports.a);
    await healthy(ports.a);
    await upload(randomBytes(5000), 'after.jpg');
    expect(JSON.parse((await cli(['--json', 'evidence', 'list', '--case', 'siege'])).stdout)).toHaveLength(17);
  }, 120_000);
});
