import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { auditRevisions } from '../src/records/revisions-audit.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
// Planted values that must appear nowhere at rest: Latin and Arabic script, and a phone number.
const NAME = 'Zaynab Qasimiyya-Planted';
const NAME_AR = 'زينب قاسمية المزروعة';
const PHONE = '+963 944 518 227';
const PLANTED = [NAME, NAME_AR, PHONE, 'Qasimiyya'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.each(engines)('a witness’s identity at rest and in transit, on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let databaseUrl: string | undefined;
  let log = '';
  let investigator: Record<string, string>;
  let counsel: Record<string, string>;
  let analyst: Record<string, string>;
  let sourceId: string;

  beforeAll(async () => {
    databaseUrl = await engine.createDatabase();
    dossier = await newDossier(databaseUrl);
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    app = await buildServer(dossier, { logger: { level: 'debug', stream } });
    await app.ready();
    investigator = await signIn(app, await testAccount(dossier, 'investigator'));
    await testAccount(dossier, 'counsel');
    await app.inject({ method: 'POST', url: '/api/v1/cases', headers: investigator, payload: { id: 'witnesses', title: 'Witness statements' } });
    await setMember(dossier.database.db, 'test:setup', 'witnesses', 'counsel', 'external_counsel');
    await setMember(dossier.database.db, 'test:setup', 'witnesses', await testAccount(dossier, 'analyst'), 'analyst');
    counsel = await signIn(app, 'counsel');
    analyst = await signIn(app, 'analyst');
    const created = await call('POST', '/cases/witnesses/sources', investigator, {
      name: 'Witness W-07',
      sourceType: 'witness',
      reliability: 'B',
      partyToConflict: 'no',
      protectionLevel: 'restricted',
      description: 'A nurse at the field hospital, interviewed in person.',
      restricted: { fullName: NAME, otherNames: [NAME_AR], contact: 'old number', protectionNotes: 'Consent to testify given; identity not to be disclosed.' },
    });
    expect(created.status).toBe(201);
    sourceId = created.body.id;
    // A second version of the restricted part, so old and new values are both at rest somewhere.
    const changed = await call('PATCH', `/cases/witnesses/sources/${sourceId}`, investigator, {
      restricted: { fullName: NAME, otherNames: [NAME_AR], contact: PHONE, protectionNotes: 'Moved; new number.' },
    });
    expect(changed.status).toBe(200);
    // A mistaken request that echoes the value back must not log it either.
    expect((await call('POST', '/cases/witnesses/sources', investigator, { name: 'x', restricted: { fullName: NAME, shoeSize: 9 } })).status).toBe(400);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: string, url: string, headers: Record<string, string>, body?: unknown) {
    const response = await app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers, ...(body !== undefined ? { payload: body as object } : {}) });
    return { status: response.statusCode, text: response.body, body: /json/.test(String(response.headers['content-type'])) ? (JSON.parse(response.body) as Json) : undefined };
  }

  it('opens the restricted part for an investigator, and logs that read in the ledger', async () => {
    const read = await call('GET', `/cases/witnesses/sources/${sourceId}/restricted`, investigator);
    expect(read.status).toBe(200);
    expect(read.body.restricted).toMatchObject({ fullName: NAME, otherNames: [NAME_AR], contact: PHONE });
    const entries = (await call('GET', '/ledger/entries?case=witnesses&limit=1000', investigator)).body.items as Json[];
    const reads = entries.filter((e) => e.action === 'view' && e.details.id === sourceId && e.details.part === 'restricted');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor: 'user:investigator', details: { kind: 'source', rev: 2 } });
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([]);
  });

  it('shows an analyst only that there is a restricted part, and neither analyst nor counsel can open it', async () => {
    const asAnalyst = await call('GET', `/cases/witnesses/sources/${sourceId}`, analyst);
    expect(asAnalyst.body).toMatchObject({ name: 'Witness W-07', hasRestricted: true });
    expect(asAnalyst.body.restricted).toBeUndefined();
    expect((await call('GET', `/cases/witnesses/sources/${sourceId}/restricted`, analyst)).status).toBe(403);
    expect((await call('GET', `/cases/witnesses/sources/${sourceId}/restricted`, counsel)).status).toBe(403);
    const listed = await call('GET', '/cases/witnesses/sources', analyst);
    for (const value of PLANTED) expect(listed.text).not.toContain(value);
  });

  it('gives external counsel only what was disclosed, and never the restricted part', async () => {
    // No general read of the case: the record routes and the exports are closed to counsel.
    expect((await call('GET', `/cases/witnesses/sources/${sourceId}`, counsel)).status).toBe(403);
    expect((await call('GET', '/cases/witnesses/export/json', counsel)).status).toBe(403);
    expect((await call('GET', `/cases/witnesses/disclosed/records/${sourceId}`, counsel)).status).toBe(404);
    const other = await call('POST', '/cases/witnesses/incidents', investigator, { title: 'Shelling of the field hospital', types: ['artillery_rocket_missile'] });
    expect((await call('PUT', `/cases/witnesses/disclosures/${sourceId}`, counsel)).status).toBe(403);
    expect((await call('PUT', `/cases/witnesses/disclosures/${sourceId}`, analyst)).status).toBe(403);
    // The account that opened the case owns it, and owners decide what is disclosed.
    expect((await call('PUT', `/cases/witnesses/disclosures/${sourceId}`, investigator)).status).toBe(200);
    const shown = await call('GET', `/cases/witnesses/disclosed/records/${sourceId}`, counsel);
    expect(shown.body).toMatchObject({ name: 'Witness W-07', hasRestricted: true });
    const exported = await call('GET', '/cases/witnesses/disclosed/export', counsel);
    expect(exported.status).toBe(200);
    expect(exported.body.records.map((r: Json) => r.id)).toEqual([sourceId]);
    expect(exported.text).not.toContain(other.body.id);
    for (const value of PLANTED) expect(exported.text, 'counsel export').not.toContain(value);
    expect((await call('DELETE', `/cases/witnesses/disclosures/${sourceId}`, investigator)).status).toBe(204);
    expect((await call('GET', `/cases/witnesses/disclosed/records/${sourceId}`, counsel)).status).toBe(404);
  });

  it('is in no export of the case, and not in the search index', async () => {
    for (const format of ['json', 'geojson', 'acled']) {
      const exported = await call('GET', `/cases/witnesses/export/${format}`, analyst);
      expect(exported.status).toBe(200);
      for (const value of PLANTED) expect(exported.text, `${format} export`).not.toContain(value);
    }
    for (const query of [NAME, 'Qasimiyya', NAME_AR]) {
      const found = await call('GET', `/cases/witnesses/search?q=${encodeURIComponent(query)}`, investigator);
      expect(found.body.hits, query).toEqual([]);
    }
  });

  it('is nowhere in the database at rest, nor in the server’s log', async () => {
    if (engine.name === 'sqlite') {
      // Every file of the data directory: the database, its WAL, the vault, the keys.
      await dossier.database.db.selectFrom('records').select('id').limit(1).execute();
      for (const file of await filesUnder(dossier.config.dataDir)) {
        const bytes = await fs.readFile(file);
        for (const value of PLANTED) expect(bytes.includes(Buffer.from(value, 'utf8')), `${value} in ${path.basename(file)}`).toBe(false);
      }
    } else {
      const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', databaseUrl!], { maxBuffer: 256 * 1024 * 1024 });
      expect(stdout).toContain('Witness W-07');
      for (const value of PLANTED) expect(stdout.includes(value), `${value} in the dump`).toBe(false);
    }
    expect(log).toContain('"url":"/api/v1/cases/witnesses/sources"');
    for (const value of PLANTED) expect(log.includes(value), `${value} in the log`).toBe(false);
  });
});
