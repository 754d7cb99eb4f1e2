import fs from 'node:fs/promises';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

/** Every byte of the text's UTF-8 percent-encoded, as a client would put it on the wire (a lone surrogate as U+FFFD). */
function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

interface Route {
  method: string;
  url: string;
}

/** Texts a careless or hostile client sends: empty, huge, control characters, paths, lone surrogates, numbers. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', '..', '../../etc/passwd', '%00', '\u0000', '\ud800', '-1', '1e309', 'NaN', '9'.repeat(40), 'null', '[]', '{}', '=cmd|\' /C calc\'!A1'),
  fc.string({ minLength: 2000, maxLength: 5000 }),
);

/** Any JSON a client could send as a body. */
const hostileBody = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(hostileText, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }));

/**
 * Every route of the API, fed malformed path parameters, query strings and bodies by fast-check, as a signed-in
 * administrator who owns the demo case (so the requests pass access control and reach validation and the
 * domain): none may answer with a 5xx, an internal error or a stack trace. What a user sends wrong is theirs to
 * correct, and the answer must say so.
 */
describe('every API route answers malformed input with a 4xx naming the problem, never a 500', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let headers: Record<string, string>;
  const routes: Route[] = [];

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, {
      signInsPerMinute: 100_000,
      runJobs: false,
      onRoute: (route) => {
        for (const method of [route.method].flat()) {
          if (method !== 'HEAD' && route.url.startsWith('/api/v1') && !route.url.startsWith('/api/v1/docs')) routes.push({ method, url: route.url });
        }
      },
    });
    await app.ready();
    await seedDemoCase(dossier);
    await testAccount(dossier, 'chief', { isAdmin: true });
    await setMember(dossier.database.db, 'test:setup', DEMO_CASE_ID, 'chief', 'owner');
    headers = await signIn(app, 'chief');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('covers the routes', () => {
    expect(routes.length).toBeGreaterThan(80);
  });

  it('never answers 5xx, INTERNAL or a stack trace', async () => {
    // Signing out or changing the password would end the session the rest of the run uses.
    const fuzzed = routes.filter((r) => !['/api/v1/auth/logout', '/api/v1/auth/password'].includes(r.url));
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fuzzed),
        fc.array(hostileText, { minLength: 4, maxLength: 4 }),
        fc.dictionary(fc.constantFrom('limit', 'from', 'cursor', 'q', 'case', 'size', 'index', 'old', 'new', 'sort', 'type', 'pcode', 'dateFrom', 'dateTo', 'bbox', 'format', 'raw'), hostileText, { maxKeys: 4 }),
        hostileBody,
        fc.boolean(),
        async (route, values, query, body, realCase) => {
          let i = 0;
          // Path parameters: sometimes the real case (so the request reaches the domain), else hostile text.
          const url = route.url.replace(/:([A-Za-z]+)|\*/g, (_match, name: string | undefined) =>
            percentEncoded(name === 'caseId' && realCase ? DEMO_CASE_ID : (values[i++ % values.length] ?? 'x')),
          );
          const search = new URLSearchParams(Object.entries(query)).toString();
          const withBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
          const response = await app.inject({
            method: route.method as 'GET',
            url: `${url}${search ? `?${search}` : ''}`,
            headers: { ...headers, ...(withBody ? { 'content-type': 'application/json' } : {}) },
            ...(withBody ? { payload: JSON.stringify(body) } : {}),
          });
          const text = response.body;
          if (response.statusCode >= 500 || /"code":"INTERNAL"|\n\s+at [\w.<>]+ \(/.test(text)) {
            failures.push(`${route.method} ${url}${search ? `?${search}` : ''} → ${response.statusCode} ${text.slice(0, 300)}`);
          }
          return true;
        },
      ),
      { numRuns: Number(process.env.ROUTE_FUZZ_RUNS ?? 1500), seed: process.env.ROUTE_FUZZ_SEED ? Number(process.env.ROUTE_FUZZ_SEED) : undefined },
    );
    expect(failures.slice(0, 20)).toEqual([]);
  }, 300_000);
});
