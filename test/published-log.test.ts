import fs from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { isDossierError } from '../src/common/errors.js';
import { signCheckpoint } from '../src/ledger/proofs/checkpoint.js';
import { noteSigner } from '../src/ledger/proofs/signed-note.js';
import { buildServer } from '../src/server/app.js';
import { auditPublishedLog, type AuditRequest } from '../src/transparency/audit-published.js';
import { publishLog } from '../src/transparency/publish.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

const engines = await enginesUnderTest();
const ENTRIES = 100_000;
const BATCH = 5_000;

async function appendEntries(dossier: Dossier, from: number, count: number): Promise<void> {
  for (let done = 0; done < count; done += BATCH) {
    const drafts = Array.from({ length: Math.min(BATCH, count - done) }, (_, i) => ({
      actor: 'user:investigator',
      action: 'intake' as const,
      subject: { case: 'aleppo', evidence: (from + done + i).toString(16).padStart(64, '0') },
      details: { n: from + done + i },
    }));
    await dossier.database.writeTransaction((trx) => dossier.ledger.append(trx, drafts));
  }
}

/** The failure of an audit, as code and message: the message must name what changed. */
async function auditFailure(request: AuditRequest): Promise<{ code: string; message: string }> {
  try {
    await auditPublishedLog(request);
  } catch (error) {
    if (isDossierError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the audit passed');
}

/** A byte of a file flipped, and a way to put it back. */
async function flipByte(file: string, offset: number): Promise<() => Promise<void>> {
  const original = await fs.readFile(file);
  const changed = Buffer.from(original);
  changed[offset] = changed[offset]! ^ 0x01;
  await fs.writeFile(file, changed);
  return () => fs.writeFile(file, original);
}

describe.each(engines)('a published log (C2SP tlog-tiles) of 100k entries, on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let root: string;
  let dir: string;
  let apiPrefix: string;
  let key: string;
  const state = (name: string) => path.join(root, `${name}.json`);

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await appendEntries(dossier, 1, ENTRIES - 1); // the data dir's own first entry makes 100,000
    root = await tempDir('dossier-tiles-');
    dir = path.join(root, 'published');
    key = dossier.dataDir.verifierKey;
    app = await buildServer(dossier, { publishLog: true });
    await app.listen({ host: '127.0.0.1', port: 0 });
    apiPrefix = `http://127.0.0.1:${(app.server.address() as net.AddressInfo).port}/api/v1/ledger/tlog`;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await fs.rm(root, { recursive: true, force: true });
  });

  it('publishes the tiles and entry bundles of the log to a directory, and audits every entry from it', async () => {
    expect(await dossier.ledger.checkpointSize()).toBe(ENTRIES);
    const published = await publishLog(dossier, dir, { entries: true });
    // 390 full level-0 tiles and one of 160; one full level-1 tile and one of 134; a level-2 tile of 1.
    expect(published).toMatchObject({ treeSize: ENTRIES, previousSize: 0, tilesWritten: 394, bundlesWritten: 391 });
    expect((await fs.stat(path.join(dir, 'tile/0/389'))).size).toBe(8192);
    expect((await fs.stat(path.join(dir, 'tile/0/390.p/160'))).size).toBe(160 * 32);
    expect((await fs.stat(path.join(dir, 'tile/2/000.p/1'))).size).toBe(32);
    const audit = await auditPublishedLog({ source: dir, verifierKey: key, stateFile: state('dir') });
    expect(audit).toMatchObject({ head: { treeSize: ENTRIES }, previousSize: 0, tilesRead: 394, bundlesRead: 391, entriesChecked: ENTRIES });
  });

  it('serves the same checkpoint and hash tiles over HTTP, publicly, and no entry bundles', async () => {
    const checkpoint = await fetch(`${apiPrefix}/checkpoint`);
    expect(checkpoint.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(checkpoint.headers.get('cache-control')).toBe('no-cache');
    expect(await checkpoint.text()).toBe(await fs.readFile(path.join(dir, 'checkpoint'), 'utf8'));
    const tile = await fetch(`${apiPrefix}/tile/0/005`);
    expect(tile.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await tile.arrayBuffer())).toEqual(await fs.readFile(path.join(dir, 'tile/0/005')));
    expect((await fetch(`${apiPrefix}/tile/entries/005`)).status).toBe(404);
    expect((await fetch(`${apiPrefix}/tile/0/391`)).status).toBe(404);
    expect((await fetch(`${apiPrefix}/tile/0/x000/005`)).status).toBe(400);
    const audit = await auditPublishedLog({ source: apiPrefix, verifierKey: key, stateFile: state('http') });
    expect(audit).toMatchObject({ head: { treeSize: ENTRIES }, tilesRead: 394, bundlesRead: 0, entriesChecked: 0 });

    // A server whose operator did not choose to publish the log keeps its leaf hashes to members.
    const closed = await buildServer(dossier);
    try {
      const refused = await closed.inject({ method: 'GET', url: '/api/v1/ledger/tlog/tile/0/005' });
      expect(refused.statusCode).toBe(404);
      expect(refused.json().detail).toContain('does not publish');
      expect((await closed.inject({ method: 'GET', url: '/api/v1/ledger/tlog/checkpoint' })).statusCode).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('audits later appends incrementally, reading only the new and grown tiles, from the directory and over HTTP', async () => {
    await appendEntries(dossier, ENTRIES, 1_000);
    const republished = await publishLog(dossier, dir, { entries: true });
    // Level 0: tile 390 now full, new full tiles 391 to 393 and a partial 394.p/136; level 1: its grown
    // partial 001.p/138; level 2 is unchanged (000.p/1), so not written again.
    expect(republished).toMatchObject({ treeSize: ENTRIES + 1_000, previousSize: ENTRIES, tilesWritten: 6, bundlesWritten: 5 });
    for (const [name, source] of [['dir', dir], ['http', apiPrefix]] as const) {
      const audit = await auditPublishedLog({ source, verifierKey: key, stateFile: state(name) });
      // The three partial tiles that make the new root, and the level-0 tiles 390 to 393 below them: the
      // 390 full tiles and the full level-1 tile audited before are not read again.
      expect(audit).toMatchObject({ head: { treeSize: ENTRIES + 1_000 }, previousSize: ENTRIES, tilesRead: 7 });
      expect(audit.bundlesRead).toBe(name === 'dir' ? 5 : 0);
    }
  });

  it('names a hash tile with a changed byte', async () => {
    const restore = await flipByte(path.join(dir, 'tile/0/123'), 4000);
    try {
      const failure = await auditFailure({ source: dir, verifierKey: key, stateFile: state('fresh-tile') });
      expect(failure.code).toBe('LEDGER_INCONSISTENT');
      expect(failure.message).toMatch(/^tile\/0\/123 was changed/);
    } finally {
      await restore();
    }
  });

  it('names an entry bundle with a changed entry, and the entry', async () => {
    const file = path.join(dir, 'tile/entries/200');
    const bundle = await fs.readFile(file);
    // A digit of the entry's evidence hash, so the bundle still holds 256 well-formed entries.
    const restore = await flipByte(file, bundle.indexOf('"evidence":"') + 20);
    try {
      const failure = await auditFailure({ source: dir, verifierKey: key, stateFile: state('fresh-bundle') });
      expect(failure.message).toMatch(/^tile\/entries\/200 was changed: its entry 512\d\d /);
    } finally {
      await restore();
    }
  });

  it('refuses a checkpoint with another root for the size audited before (a split view), and will not publish over it', async () => {
    const file = path.join(dir, 'checkpoint');
    const genuine = await fs.readFile(file, 'utf8');
    const forged = signCheckpoint({ origin: dossier.dataDir.manifest.origin, treeSize: ENTRIES + 1_000, rootHash: Buffer.alloc(32, 7), extensions: [] }, noteSigner(dossier.dataDir.signerKey));
    await fs.writeFile(file, forged);
    try {
      const failure = await auditFailure({ source: dir, verifierKey: key, stateFile: state('dir') });
      expect(failure.code).toBe('SPLIT_VIEW');
      expect(failure.message).toContain(`two roots for size ${ENTRIES + 1_000}`);
      // Without a previous audit the forged root is still refused: the tiles do not lead to it.
      expect((await auditFailure({ source: dir, verifierKey: key, stateFile: state('fresh-forged') })).message).toMatch(/do not lead to the root/);
      await expect(publishLog(dossier, dir)).rejects.toThrow(/not a checkpoint this log signed/);
    } finally {
      await fs.writeFile(file, genuine);
    }
    // The state kept is the last good audit: the genuine checkpoint passes again.
    expect((await auditPublishedLog({ source: dir, verifierKey: key, stateFile: state('dir') })).head.treeSize).toBe(ENTRIES + 1_000);
  });
}, 120_000);

describe('publish and audit through the built CLI', () => {
  let root: string;
  let data: string;
  let server: http.Server;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:admin' });

  beforeAll(async () => {
    root = await tempDir('dossier-cli-tiles-');
    data = path.join(root, 'data');
    expect((await cli('init')).code).toBe(0);
    for (const id of ['homs', 'idlib', 'daraa']) expect((await cli('case', 'create', id, '--title', id)).code).toBe(0);
  });
  afterAll(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    await fs.rm(root, { recursive: true, force: true });
  });

  it('publishes hash tiles only by default, audits them from a static web server, then incrementally, and fails naming a changed tile', async () => {
    const out = path.join(root, 'site');
    const published = await cli('log', 'publish', out);
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain('entry bundles not published');
    await expect(fs.stat(path.join(out, 'tile/entries'))).rejects.toThrow();
    const key = (await cli('log', 'key')).stdout.trim();
    // A plain static server, as a mirror of the directory would be.
    server = http.createServer((request, response) => {
      fs.readFile(path.join(out, path.normalize(request.url ?? '/'))).then(
        (body) => response.end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const stateFile = path.join(root, 'audit.json');
    const first = await runCli(['log', 'audit', url, '--key', key, '--state', stateFile]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Log OK: \S+ size \d+, root /);
    expect(first.stdout).toContain('First audit');

    expect((await cli('case', 'create', 'hama', '--title', 'hama')).code).toBe(0);
    expect((await cli('log', 'publish', out)).code).toBe(0);
    const second = await runCli(['--json', 'log', 'audit', url, '--key', key, '--state', stateFile]);
    expect(second.code, second.stderr).toBe(0);
    const { previousSize, head } = JSON.parse(second.stdout) as { previousSize: number; head: { treeSize: number } };
    expect(previousSize).toBeGreaterThan(0);
    expect(head.treeSize).toBeGreaterThan(previousSize);

    const tile = `tile/0/000.p/${head.treeSize}`;
    const restore = await flipByte(path.join(out, tile), 0);
    const failed = await runCli(['log', 'audit', out, '--key', key, '--state', path.join(root, 'fresh.json')]);
    await restore();
    expect(failed.code).toBe(9);
    expect(failed.stderr).toContain(tile);
  });
});
