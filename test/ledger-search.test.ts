import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import type { EntryDraft } from '../src/ledger/entry.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const PHOTO = '3f'.repeat(32);
const VIDEO = '3e'.repeat(32);

describe.each(engines)('searching the custody ledger, on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let owner: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    await testAccount(dossier, 'owner');
    await testAccount(dossier, 'admin', { isAdmin: true });
    await createCase(dossier, 'test:setup', { id: 'aleppo', title: 'Aleppo' }, (trx) => setMember(trx, 'test:setup', 'aleppo', 'owner', 'owner').then(() => undefined));
    await createCase(dossier, 'test:setup', { id: 'hidden', title: 'Another team’s case' });
    const drafts: EntryDraft[] = [
      { actor: 'user:Nadia', action: 'intake', subject: { case: 'aleppo', evidence: PHOTO }, details: { evidenceId: 'ev_photo', note: 'صورة المستشفى' } },
      { actor: 'user:omar', action: 'view', subject: { case: 'aleppo', evidence: PHOTO }, details: {} },
      { actor: 'user:omar', action: 'create', subject: { case: 'aleppo' }, details: { kind: 'incident', id: 'inc_01convoy', rev: 1 } },
      { actor: 'user:nadia', action: 'export', subject: { case: 'aleppo' }, details: { part: '100% of it' } },
      { actor: 'user:nadia', action: 'intake', subject: { case: 'hidden', evidence: VIDEO }, details: { evidenceId: 'ev_video', note: 'convoy' } },
      { actor: 'user:omar', action: 'create', subject: { case: 'hidden' }, details: { kind: 'incident', id: 'inc_01convoy_hidden', rev: 1 } },
      // A bulk creation names each record in a list; its origin has letters outside A–Z in both cases.
      {
        actor: 'user:import',
        action: 'create',
        subject: { case: 'aleppo' },
        details: { records: [{ kind: 'incident', id: 'inc_02shelling', rev: 1 }, { kind: 'source', id: 'src_Ärzte', rev: 1 }], origin: 'Ärzte-ÉQUIPE.csv' },
      },
    ];
    await dossier.database.writeTransaction((trx) => dossier.ledger.append(trx, drafts));
    [owner, admin] = [await signIn(app, 'owner'), await signIn(app, 'admin')];
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function search(query: string, headers = owner) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/ledger/search?${query}`, headers });
    const body = JSON.parse(response.body) as Json;
    return { status: response.statusCode, body, seqs: (body.items ?? []).map((e: Json) => e.seq) as number[] };
  }

  it('lists the entries of the reader’s cases and the ledger’s first entry, never another case’s', async () => {
    const all = await search('');
    expect(all.body.total).toBe(7);
    expect(all.body.items.map((e: Json) => e.action)).toEqual(['init', 'create', 'intake', 'view', 'create', 'export', 'create']);
    expect(JSON.stringify(all.body)).not.toContain('hidden');
    expect((await search('case=aleppo')).body.total).toBe(6);
    expect((await search('case=hidden')).body).toEqual({ items: [], next: null, total: 0 });
    expect((await search('', admin)).seqs).toEqual([0]);
  });

  it('finds by action, actor (any case), evidence hash prefix and record id', async () => {
    expect((await search('action=intake')).body.items.map((e: Json) => e.details.evidenceId)).toEqual(['ev_photo']);
    expect((await search('actor=NADIA')).body.total).toBe(2);
    expect((await search(`evidence=${PHOTO.slice(0, 8)}`)).body.total).toBe(2);
    expect((await search(`evidence=${PHOTO.toUpperCase()}`)).body.total).toBe(2);
    expect((await search('record=inc_01convoy')).body.items.map((e: Json) => e.details.id)).toEqual(['inc_01convoy']);
    expect((await search('record=ev_photo')).body.total).toBe(1);
    expect((await search('record=inc_01')).body.total).toBe(0);
  });

  it('finds a record id exactly where entries name records, in case and all, the same on both databases', async () => {
    expect((await search('record=inc_02shelling')).body.items.map((e: Json) => e.actor)).toEqual(['user:import']);
    expect((await search(`record=${encodeURIComponent('src_Ärzte')}`)).body.total).toBe(1);
    // SQLite's LIKE once matched these, PostgreSQL's did not.
    for (const id of ['INC_01CONVOY', 'EV_PHOTO', 'Inc_02shelling', 'src_ärzte']) expect((await search(`record=${encodeURIComponent(id)}`)).body.total, id).toBe(0);
    // Other values of the details are not ids, nor is a JSON fragment.
    expect((await search('record=incident')).body.total).toBe(0);
    expect((await search(`record=${encodeURIComponent('{"kind":"incident","id":"inc_02shelling","rev":1}')}`)).body.total).toBe(0);
  });

  it('folds A–Z in free text and actors, other letters as written, the same on both databases', async () => {
    expect((await search(`q=${encodeURIComponent('ärzte-équipe')}`)).body.total).toBe(0);
    expect((await search(`q=${encodeURIComponent('ÄRZTE-ÉQUIPE')}`)).body.total).toBe(1);
    expect((await search(`q=${encodeURIComponent('Ärzte-Équipe')}`)).body.total).toBe(1);
    expect((await search('actor=USER:IMPORT')).body.total).toBe(1);
  });

  it('finds free text anywhere in the entry, in any script, taking % and _ literally', async () => {
    expect((await search(`q=${encodeURIComponent('المستشفى')}`)).body.total).toBe(1);
    expect((await search('q=CONVOY')).body.items.map((e: Json) => e.details.id)).toEqual(['inc_01convoy']);
    expect((await search(`q=${encodeURIComponent('100%')}`)).body.total).toBe(1);
    expect((await search(`q=${encodeURIComponent('%')}`)).body.total).toBe(1);
    // Unescaped, "_" would match any character, and "n_te" every entry with a note.
    expect((await search('q=n_te')).body.total).toBe(0);
  });

  it('pages by index with a total, and combines filters', async () => {
    const first = await search('limit=2');
    expect(first.seqs).toEqual([0, 1]);
    expect(first.body).toMatchObject({ next: 2, total: 7 });
    const second = await search(`limit=2&from=${first.body.next}`);
    // Entry 2 is the other case's creation: skipped, not counted.
    expect(second.seqs).toEqual([3, 4]);
    expect((await search('actor=omar&action=create')).body.total).toBe(1);
  });

  it('refuses unknown actions and malformed hashes, and anonymous readers', async () => {
    expect((await search('action=delete')).status).toBe(400);
    expect((await search('evidence=xyz')).status).toBe(400);
    expect((await search('', {})).status).toBe(401);
  });
});
