#!/usr/bin/env node
import { CommanderError } from 'commander';
import { DossierError, isDossierError } from '../common/errors.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    process.exitCode = report(error, program.opts().json === true);
  }
}

/** Prints an error once, in the form asked for, and returns the exit code its code maps to. */
function report(error: unknown, json: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander already printed it
  const known: DossierError = isDossierError(error)
    ? error
    : new DossierError('INTERNAL', `unexpected error: ${(error as Error)?.stack ?? String(error)}`);
  if (json) process.stdout.write(JSON.stringify({ error: { code: known.code, message: known.message, ...known.details } }, null, 2) + '\n');
  process.stderr.write(`dossier: ${known.code}: ${known.message}\n`);
  return known.exitCode;
}

await main();
