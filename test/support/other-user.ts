import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLI, runProcess, type CliResult } from './dossier.js';

/**
 * Permission cases need a user the file modes bind: root ignores them, and tests (here and in CI) run as
 * root. Then the CLI runs as nobody through setpriv (util-linux); run as anyone else, it runs as that user.
 */
export const RUNS_AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs the built CLI (or, with `script`, `node ARGS`) as the other user. */
export function runCliAsOtherUser(args: string[], env: Record<string, string> = {}, options: { script?: boolean } = {}): Promise<CliResult> {
  const [command, prefix] = RUNS_AS_ROOT
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath]]
    : [process.execPath, []];
  return runProcess(command, [...prefix, ...(options.script ? [] : [CLI]), ...args], { env });
}

/** Lets the other user reach `dir` (a mkdtemp folder is 0700): it may enter and list, not write. */
export async function openToOthers(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
}

/** Makes a folder the other user's own (when running as root), as a copy handed to an auditor would be. */
export async function giveToOtherUser(dir: string): Promise<void> {
  if (RUNS_AS_ROOT) await promisify(execFile)('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
}

/** Write-protects every file and folder under `dir`, as a forensic copy is. */
export async function writeProtect(dir: string): Promise<void> {
  await promisify(execFile)('chmod', ['-R', 'a-w', dir]);
}

/** Undoes writeProtect, so the test's temp folder can be removed. */
export async function writeUnprotect(dir: string): Promise<void> {
  await promisify(execFile)('chmod', ['-R', 'u+w', dir]);
}

/** Every file under `dir` with its SHA-256, to prove a command changed nothing (names added count too). */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const { createHash } = await import('node:crypto');
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    out[path.relative(dir, full)] = entry.isFile() ? createHash('sha256').update(await fs.readFile(full)).digest('hex') : entry.isDirectory() ? 'dir' : 'other';
  }
  return out;
}
