import type { Command } from 'commander';
import { openDossier, type Dossier } from '../app/open.js';
import { loadConfig, type Config } from '../common/config.js';
import { invalidField } from '../common/errors.js';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
  actor?: string;
}

export function configFrom(command: Command): Config {
  const options = command.optsWithGlobals<GlobalOptions>();
  return loadConfig({ data: options.data, actor: options.actor });
}

export function wantsJson(command: Command): boolean {
  return command.optsWithGlobals<GlobalOptions>().json === true;
}

/** Opens the data directory for one command and always closes it, even when the command fails. */
export async function withDossier<T>(command: Command, work: (dossier: Dossier) => Promise<T>): Promise<T> {
  const dossier = await openDossier(configFrom(command));
  try {
    return await work(dossier);
  } finally {
    await dossier.close();
  }
}

/** Machine-readable JSON on stdout with --json, the human form otherwise. */
export function print(command: Command, value: unknown, human: () => string): void {
  process.stdout.write(wantsJson(command) ? JSON.stringify(value, null, 2) + '\n' : human() + '\n');
}

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ')).join('\n');
}

/** A non-negative integer argument, or an error naming the argument. */
export function parseIndex(field: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw invalidField(field, 'must be a non-negative integer', text);
  return value;
}
