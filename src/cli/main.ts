#!/usr/bin/env node
import { CommanderError } from 'commander';
import { DossierError, isDossierError } from '../common/errors.js';
import { osErrorInWords } from '../common/os-errors.js';
import { baseProgram, requestedCommand } from './base-program.js';

/**
 * `dossier verify` runs with only its own modules loaded: a court's or a journalist's check of a bag starts
 * in a fraction of the time the whole application takes to load, and needs nothing of it.
 */
async function loadProgram() {
  if (requestedCommand(process.argv.slice(2)) === 'verify') {
    const { registerVerify } = await import('./commands/verify.js');
    const program = baseProgram();
    registerVerify(program);
    return program;
  }
  return (await import('./program.js')).buildProgram();
}

async function main(): Promise<void> {
  const program = await loadProgram();
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
    : osErrorInWords(error) ?? new DossierError('INTERNAL', `unexpected error: ${(error as Error)?.stack ?? String(error)}`);
  if (json) process.stdout.write(JSON.stringify({ error: { code: known.code, message: known.message, ...known.details } }, null, 2) + '\n');
  process.stderr.write(`dossier: ${known.code}: ${known.message}\n`);
  return known.exitCode;
}

await main();
