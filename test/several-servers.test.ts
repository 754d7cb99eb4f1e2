// Several servers on one database, as behind a load balancer: sign-in limits are counted once for all of them (in
// the database, or in Redis when given), sessions made by one are honoured by the other, and an upload through one
// is readable through the other at once. On each engine; Redis runs on this machine (127.0.0.1:6379).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier, type Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount, TEST_PASSWORD } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const REDIS_URL = process.env.DOSSIER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether the machine's Redis answers; where it is required (.ci/run sets DOSSIER_REQUIRE_REDIS) its absence fails. */
async function redisAnswers(): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  const answers = await redis.connect().then(() => redis.ping()).then(() => true, () => false);
  redis.disconnect();
  if (!answers && process.env.DOSSIER_REQUIRE_REDIS) throw new Error(`Redis is required here but does not answer at ${REDIS_URL}`);
  if (!answers) console.warn(`\n!! Redis does not answer at ${REDIS_URL}: the Redis half of the several-servers tests is NOT RUN\n`);
  return answers;
}
const redis = await redisAnswers();

describe.each(engines)('two servers on one $name database', (engine) => {
  let first: Dossier;
  let second: Dossier;
  let a: FastifyInstance;
  let b: FastifyInstance;

  beforeAll(async () => {
    first = await newDossier(await engine.createDatabase());
    // The second server opens the same data directory and database itself, as another process would.
    second = await openDossier(first.config);
    a = await buildServer(first, { signInsPerMinute: 4, runJobs: false });
    b = await buildServer(second, { signInsPerMinute: 4, runJobs: false });
    await testAccount(first, 'amal');
    await testAccount(first, 'nadia');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await second?.close();
    await first?.close();
    await engine.dropAll();
  });

  const tryWrong = (server: FastifyInstance, remoteAddress: string) =>
    server.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username: 'amal', password: 'a wrong password here' } }).then((r) => r.statusCode);

  it('counts sign-in attempts once across both servers', async () => {
    const statuses = [];
    for (const server of [a, b, a, b, a, b]) statuses.push(await tryWrong(server, '198.51.100.7'));
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    // Another client is counted by itself; its failure is the account's fifth, which locks it on both servers.
    expect(await tryWrong(b, '198.51.100.8')).toBe(401);
    const locked = await a.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '198.51.100.9', payload: { username: 'amal', password: TEST_PASSWORD } });
    expect([locked.statusCode, locked.json().code]).toEqual([429, 'ACCOUNT_LOCKED']);
  });

  it('honours on one server a session made on the other, and shows an upload through one on the other', async () => {
    const session = await signIn(a, 'nadia');
    const created = await b.inject({ method: 'POST', url: '/api/v1/cases', headers: session, payload: { id: 'shared', title: 'Seen by both' } });
    expect(created.statusCode).toBe(201);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('a witness statement, typed up')], { type: 'text/plain' }), 'statement.txt');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const uploaded = await a.inject({ method: 'POST', url: '/api/v1/cases/shared/evidence', headers: { ...session, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()) });
    expect(uploaded.statusCode).toBe(201);
    const { id } = (uploaded.json() as { items: Array<{ item: { id: string } }> }).items[0]!.item;
    const content = await b.inject({ url: `/api/v1/evidence/${id}/content`, headers: session });
    expect(content.statusCode).toBe(200);
    expect(content.body).toBe('a witness statement, typed up');
  });
});

describe.runIf(redis)('two servers counting in Redis', () => {
  let dossier: Dossier;
  let a: FastifyInstance;
  let b: FastifyInstance;

  beforeAll(async () => {
    dossier = await newDossier();
    a = await buildServer(dossier, { signInsPerMinute: 3, runJobs: false, redisUrl: REDIS_URL });
    b = await buildServer(dossier, { signInsPerMinute: 3, runJobs: false, redisUrl: REDIS_URL });
    await testAccount(dossier, 'amal');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dossier?.close();
  });

  it('counts sign-in attempts once across both servers, and nothing in the database', async () => {
    // A client address of this run alone: the counts live in Redis, beyond this test.
    const client = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const statuses = [];
    for (const server of [a, b, a, b]) statuses.push((await server.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: client, payload: { username: 'amal', password: 'a wrong password here' } })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await dossier.database.db.selectFrom('rate_limits').selectAll().execute()).toEqual([]);
  });

  it('refuses to start when Redis does not answer, naming the setting', async () => {
    await expect(buildServer(dossier, { redisUrl: 'redis://127.0.0.1:9' })).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE', details: { field: 'DOSSIER_REDIS_URL' } });
  });
});
