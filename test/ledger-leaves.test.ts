import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { canonicalJson } from '../src/common/canonical-json.js';
import { verifyEntries, type Verdict } from '../src/ledger/proofs/entry-verification.js';
import { verifyWholeLog, type WholeLogSource } from '../src/ledger/proofs/log-verification.js';
import { leafHash, rootFromLeafHashes } from '../src/ledger/proofs/merkle.js';
import type { InclusionProofMessage } from '../src/ledger/proofs/signed-head.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const EVIDENCE = 'a'.repeat(63) + 'b';

describe.each(engines)('the log’s leaf hashes and a reader’s verification of the whole log, on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let owner: Record<string, string>;
  let counsel: Record<string, string>;
  let outsider: Record<string, string>;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    await testAccount(dossier, 'owner');
    await testAccount(dossier, 'counsel');
    await testAccount(dossier, 'outsider');
    await createCase(dossier, 'test:setup', { id: 'aleppo', title: 'Aleppo' }, (trx) => setMember(trx, 'test:setup', 'aleppo', 'owner', 'owner').then(() => undefined));
    await createCase(dossier, 'test:setup', { id: 'ghouta', title: 'Ghouta' }, (trx) => setMember(trx, 'test:setup', 'ghouta', 'outsider', 'owner').then(() => undefined));
    await setMember(dossier.database.db, 'test:setup', 'aleppo', 'counsel', 'external_counsel');
    // Enough entries for several pages of leaves, alternating between the two cases.
    for (let batch = 0; batch < 6; batch++) {
      await dossier.database.writeTransaction((trx) =>
        dossier.ledger.append(trx, Array.from({ length: 40 }, (_, i) => ({ actor: 'user:owner', action: 'view' as const, subject: { case: i % 2 ? 'aleppo' : 'ghouta', evidence: EVIDENCE }, details: { n: batch * 40 + i } }))),
      );
    }
    [owner, counsel, outsider] = [await signIn(app, 'owner'), await signIn(app, 'counsel'), await signIn(app, 'outsider')];
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function get(url: string, headers: Record<string, string> = owner, accept = 'application/json') {
    const response = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { ...headers, accept } });
    return { status: response.statusCode, headers: response.headers, body: /json/.test(String(response.headers['content-type'])) ? (JSON.parse(response.body) as Json) : response.body };
  }

  /** What the web app fetches, through the same API, as one signed-in reader. */
  function apiSource(headers: Record<string, string>, caseId?: string): WholeLogSource & { inclusionProof(i: number, s: number): Promise<InclusionProofMessage> } {
    const body = async (url: string) => {
      const response = await get(url, headers);
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    return {
      logKey: () => body('/ledger/key'),
      checkpointNote: async () => (await body('/ledger/checkpoint')).note,
      leafHashes: async (from, limit, size) => (await body(`/ledger/leaves?from=${from}&limit=${limit}&size=${size}`)).leaves,
      inclusionProof: (index, size) => body(`/ledger/proofs/inclusion?index=${index}&size=${size}`),
      visibleEntries: (from) => body(`/ledger/search?from=${from}&limit=100${caseId ? `&case=${caseId}` : ''}`),
    };
  }

  it('serves every leaf hash, page by page, as the entries hash and as the signed root needs', async () => {
    const size = await dossier.ledger.checkpointSize();
    expect(size).toBe(243);
    const leaves: string[] = [];
    for (let from = 0; from < size; from += 100) {
      const page = await get(`/ledger/leaves?from=${from}&limit=100`);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ treeSize: size, from });
      leaves.push(...page.body.leaves);
    }
    const entries = await dossier.ledger.entries({ limit: 1000 });
    expect(leaves).toEqual(entries.map((entry) => Buffer.from(leafHash(Buffer.from(canonicalJson(entry)))).toString('hex')));
    const root = Buffer.from(rootFromLeafHashes(leaves.map((h) => Buffer.from(h, 'hex')))).toString('hex');
    expect((await get(`/ledger/proofs/inclusion?index=1`)).body.rootHash).toBe(root);
  });

  it('gives many entries’ inclusion proofs at once, each the same as asked for alone, for any signed size', async () => {
    for (const size of [1, 2, 100, 243]) {
      const indexes = Array.from({ length: size }, (_, i) => i);
      const together = await dossier.ledger.inclusionProofs(indexes, size);
      const alone = await Promise.all(indexes.map((i) => dossier.ledger.inclusionProof(i, size)));
      expect(together).toEqual(alone);
    }
    await expect(dossier.ledger.inclusionProofs([243], 243)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'index' } });
  });

  it('stops at the requested signed size, and refuses sizes it has not signed and pages too large', async () => {
    expect((await get('/ledger/leaves?from=0&limit=5000&size=10')).body.leaves).toHaveLength(10);
    expect((await get('/ledger/leaves?from=240&limit=100')).body.leaves).toHaveLength(3);
    expect((await get('/ledger/leaves?from=300')).body.leaves).toEqual([]);
    expect((await get('/ledger/leaves?size=244')).status).toBe(400);
    expect((await get('/ledger/leaves?limit=5001')).status).toBe(400);
  });

  it('gives leaf hashes only to those who may read some case’s ledger', async () => {
    expect((await get('/ledger/leaves', {})).status).toBe(401);
    expect((await get('/ledger/leaves', counsel)).body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await get('/ledger/leaves', outsider)).status).toBe(200);
  });

  it('serves the signed head as JSON to the web app and as a note to everyone else', async () => {
    const note = await get('/ledger/checkpoint', {}, 'text/plain');
    expect(note.body).toMatch(/^test\.dossier\.local\/ledger\n243\n/);
    const json = await get('/ledger/checkpoint', {});
    expect(json.body).toEqual({ note: note.body, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), witnesses: [] });
    // One URL, two bodies: a cache that ignored Accept would hand the note to the web app or JSON to a witness.
    expect([note.headers.vary, json.headers.vary]).toEqual(['accept', 'accept']);
  });

  it('verifies the whole log in a reader’s hands: every entry they may see, against the signed head', async () => {
    const progress: number[] = [];
    const all = await verifyWholeLog(apiSource(owner), (_step, fraction) => progress.push(fraction));
    // The owner of one case sees its 121 entries (the case's creation and 120 views) and the ledger's first.
    expect(all).toMatchObject({ status: 'verified', entries: 122, treeSize: 243 });
    expect(progress.at(-1)).toBe(1);
    expect(await verifyWholeLog(apiSource(owner, 'aleppo'))).toMatchObject({ status: 'verified', entries: 121, treeSize: 243 });
  });

  it('verifies each entry of an evidence item’s custody history by its inclusion proof', async () => {
    const source = apiSource(owner);
    const head = (await verifyWholeLog(source)) as Json;
    const entries = (await get(`/ledger/entries?case=aleppo&evidence=${EVIDENCE}&limit=1000`)).body.items;
    const verdicts: Verdict[] = [];
    await verifyEntries(source, entries, head.head.checkpoint, (_entry, verdict) => verdicts.push(verdict));
    expect(verdicts).toHaveLength(120);
    expect(verdicts.every((v) => v.status === 'verified')).toBe(true);
  });

  it('names the first altered entry to a reader who may see it; others still see their own entries verified', async () => {
    // Entry 57 is a view in "ghouta", which the outsider owns and the owner of "aleppo" may not read.
    const seq = 57;
    const row = await dossier.database.db.selectFrom('ledger_entries').select(['entry', 'case_id']).where('seq', '=', seq).executeTakeFirstOrThrow();
    expect(row.case_id).toBe('ghouta');
    await dossier.database.db.updateTable('ledger_entries').set({ entry: row.entry.replace('"n":', '"n":1') }).where('seq', '=', seq).execute();
    try {
      expect(await verifyWholeLog(apiSource(outsider))).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.altered', text: expect.stringMatching(/entry 57 .*altered/) }) });
      expect(await verifyWholeLog(apiSource(owner))).toMatchObject({ status: 'verified', entries: 122 });
    } finally {
      await dossier.database.db.updateTable('ledger_entries').set({ entry: row.entry }).where('seq', '=', seq).execute();
    }
  });
});
