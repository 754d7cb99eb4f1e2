// A PostgreSQL server of one test's own (initdb in a temp folder, its own port), for tests that stop and restart
// the server under load: the machine's shared server stays up for every other suite running beside them. Made
// with the binaries of the machine's PostgreSQL (Debian's /usr/lib/postgresql/N/bin), run as the postgres user
// when the tests run as root (initdb refuses root).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports.js';

const run = promisify(execFile);

export interface PrivatePostgres {
  /** A database of its own on this server. */
  url: string;
  /** Stops the server at once, as a crash would (no checkpoint; recovery from the WAL at the next start). */
  crash(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  remove(): Promise<void>;
}

async function binDir(): Promise<string | undefined> {
  const versions = await fs.readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  return newest && path.join('/usr/lib/postgresql', newest, 'bin');
}

/** A started server, or undefined (said why) where this machine has no PostgreSQL binaries. */
export async function startPrivatePostgres(): Promise<PrivatePostgres | undefined> {
  const bin = await binDir();
  if (!bin) {
    if (process.env.DOSSIER_REQUIRE_POSTGRES) throw new Error('PostgreSQL is required here, but /usr/lib/postgresql holds no server binaries');
    console.warn('\n!! no PostgreSQL server binaries under /usr/lib/postgresql: the database-restart tests are NOT RUN\n');
    return undefined;
  }
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres:postgres', root]);
  // Run as the postgres user where the tests run as root; as the user itself otherwise.
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);
  const data = path.join(root, 'data');
  const port = await freePort();
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`;
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'server.log'), '-w', '-t', '60', 'start']);
  };
  await start();
  await pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'dossier']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/dossier`,
    crash: async () => {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    start,
    remove: async () => {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
