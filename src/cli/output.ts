import type { Command } from 'commander';

/** Options every command accepts; output.ts imports nothing of the app, so light commands stay light. */
export interface GlobalOptions {
  data?: string;
  json?: boolean;
  actor?: string;
  readOnly?: boolean;
}

export function wantsJson(command: Command): boolean {
  return command.optsWithGlobals<GlobalOptions>().json === true;
}

/** Machine-readable JSON on stdout with --json, the human form otherwise. */
export function print(command: Command, value: unknown, human: () => string): void {
  process.stdout.write(wantsJson(command) ? JSON.stringify(value, null, 2) + '\n' : human() + '\n');
}

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ')).join('\n');
}
