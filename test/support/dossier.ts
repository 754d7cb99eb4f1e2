import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initDossier, openDossier, type Dossier } from '../../src/app/open.js';
import { loadConfig } from '../../src/common/config.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(PROJECT_ROOT, 'dist/bin/dossier.js');

export async function tempDir(prefix = 'dossier-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export function testConfig(dataDir: string, databaseUrl?: string, actor = 'test:analyst') {
  return loadConfig({ data: dataDir, actor, env: databaseUrl ? { DOSSIER_DATABASE_URL: databaseUrl } : {} });
}

export async function newDossier(databaseUrl?: string): Promise<Dossier> {
  const dataDir = await tempDir();
  return initDossier(testConfig(dataDir, databaseUrl), { origin: 'test.dossier.local/ledger' });
}

export async function reopen(dossier: Dossier): Promise<Dossier> {
  await dossier.close();
  return openDossier(dossier.config);
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, collecting what it prints; extra `env` is laid over this process's. */
export function runProcess(command: string, args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the built CLI as a user would, in its own process. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runProcess(process.execPath, [CLI, ...args], { env });
}
