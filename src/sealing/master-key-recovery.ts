/**
 * Which master key this database's sealed data needs, and where it is. A rotation stages the new key in
 * `keys/master.key.next` before the database commits to it and renames it over `keys/master.key` after; a
 * crash between the two leaves the database wrapped under the staged key. Opening finishes such a rotation
 * (the rename) by itself. When no key at hand fits, the keyring is given the reason, naming the key the
 * database expects and what each candidate file holds, instead of a key that would seal under the wrong one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory } from '../common/durable-fs.js';
import type { Db } from '../db/schema.js';
import { opensAccountSecret } from './keyring.js';
import { MASTER_KEY_FILE, STAGED_MASTER_KEY_FILE, createMasterKeyFile, masterKeyFrom, type MasterKey } from './master-key.js';

export interface MasterKeyResolution {
  key: MasterKey | undefined;
  /** Why no key fits, in words naming the files; undefined when `key` fits or nothing is sealed yet. */
  problem: string | undefined;
  /** Set when opening finished a rotation that a crash interrupted. */
  finishedRotation?: { from: string | undefined; to: string };
}

/** What the database's sealed data was wrapped with: one key id, none (nothing sealed), or several (damage). */
type Expectation = { kind: 'none' } | { kind: 'key'; id: string } | { kind: 'secrets-only' } | { kind: 'mixed'; ids: string[] };

async function expectation(db: Db): Promise<Expectation> {
  const state = await db.selectFrom('master_key_state').select('master_key_id').where('id', '=', 1).executeTakeFirst();
  if (state) return { kind: 'key', id: state.master_key_id };
  const rows = await db.selectFrom('case_keys').select('master_key_id').distinct().execute();
  if (rows.length === 1) return { kind: 'key', id: rows[0]!.master_key_id };
  if (rows.length > 1) return { kind: 'mixed', ids: rows.map((row) => row.master_key_id) };
  const secret = await db.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).limit(1).executeTakeFirst();
  return secret ? { kind: 'secrets-only' } : { kind: 'none' };
}

/** Whether `key` opens what the database holds sealed. */
async function fits(db: Db, wanted: Expectation, key: MasterKey): Promise<boolean> {
  if (wanted.kind === 'none') return true;
  if (wanted.kind === 'key') return wanted.id === key.id;
  if (wanted.kind === 'mixed') return false;
  const user = await db.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).limit(1).executeTakeFirstOrThrow();
  return opensAccountSecret(key, user.id, user.totp_secret!);
}

export function usesKeyFile(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.DOSSIER_MASTER_KEY && !env.DOSSIER_MASTER_KEY_FILE;
}

/** The key in a file, or undefined when there is no such file; a file that holds no key is an error naming it. */
export async function readKeyFile(file: string): Promise<MasterKey | undefined> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : masterKeyFrom(text, file);
}

/** Renames the staged key over the current one; a process that got there first has already done it. */
export async function promoteStagedKey(dataDir: string, staged: MasterKey): Promise<void> {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  try {
    await fs.rename(path.join(dataDir, STAGED_MASTER_KEY_FILE), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || (await readKeyFile(file))?.id !== staged.id) throw error;
  }
  await fsyncDirectory(path.dirname(file));
}

/**
 * The master key for this data directory and database: from DOSSIER_MASTER_KEY, DOSSIER_MASTER_KEY_FILE,
 * or keys/master.key (made on first use while nothing is sealed), after finishing an interrupted rotation.
 */
export async function resolveMasterKey(dataDir: string, db: Db, env: NodeJS.ProcessEnv = process.env, options: { readOnly?: boolean } = {}): Promise<MasterKeyResolution> {
  const wanted = await expectation(db);
  if (env.DOSSIER_MASTER_KEY || env.DOSSIER_MASTER_KEY_FILE) {
    const where = env.DOSSIER_MASTER_KEY ? 'DOSSIER_MASTER_KEY' : env.DOSSIER_MASTER_KEY_FILE!;
    const key = env.DOSSIER_MASTER_KEY ? masterKeyFrom(env.DOSSIER_MASTER_KEY, where) : await readKeyFile(where);
    if (key && (await fits(db, wanted, key))) return { key, problem: undefined };
    return { key: undefined, problem: mismatch(wanted, [[where, key]]) };
  }
  const file = path.join(dataDir, MASTER_KEY_FILE);
  const stagedFile = path.join(dataDir, STAGED_MASTER_KEY_FILE);
  const current = await readKeyFile(file);
  const staged = await readKeyFile(stagedFile);
  if (current && (await fits(db, wanted, current))) return { key: current, problem: undefined };
  if (staged && wanted.kind !== 'none' && (await fits(db, wanted, staged))) {
    // A read-only copy is read with the staged key; finishing the rotation is left to a writable one.
    if (options.readOnly) return { key: staged, problem: undefined };
    await promoteStagedKey(dataDir, staged);
    return { key: staged, problem: undefined, finishedRotation: { from: current?.id, to: staged.id } };
  }
  if (!current && wanted.kind === 'none') {
    // Nothing is sealed, so nothing needs a key to be read; a read-only copy gets no new key file.
    if (options.readOnly) return { key: undefined, problem: `no master key: ${file} is missing and the data directory is read-only, so none is made; nothing is sealed yet` };
    return { key: await createMasterKeyFile(file), problem: undefined };
  }
  return { key: undefined, problem: mismatch(wanted, staged ? [[file, current], [stagedFile, staged]] : [[file, current]]) };
}

function mismatch(wanted: Expectation, candidates: Array<[string, MasterKey | undefined]>): string {
  const held = candidates.map(([where, key]) => (key ? `${where} holds master key ${key.id}` : `${where} is missing`)).join('; ');
  if (wanted.kind === 'none') return `no master key: ${held}; nothing is sealed yet, so any key will do: restore the file or point DOSSIER_MASTER_KEY_FILE at one`;
  const need =
    wanted.kind === 'key'
      ? `the cases' data keys are wrapped by master key ${wanted.id}`
      : wanted.kind === 'mixed'
        ? `the cases' data keys are wrapped by several master keys (${wanted.ids.join(', ')}), as when a process that had opened the data directory before a rotation sealed after it`
        : "the accounts' second-factor seeds are sealed by another master key";
  const which = wanted.kind === 'key' ? `key ${wanted.id}` : 'the right key';
  const remedy = candidates[0]![0] === 'DOSSIER_MASTER_KEY' ? `set DOSSIER_MASTER_KEY to ${which}` : `restore the file that holds ${which} (from the copy kept off this machine) or point DOSSIER_MASTER_KEY_FILE at it`;
  return `${need}, but ${held}: ${remedy}`;
}
