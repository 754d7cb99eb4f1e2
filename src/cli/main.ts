#!/usr/bin/env node
import { CommanderError } from 'commander';
import { connectionLossInWords } from '../common/connection-loss.js';
import { DossierError, isDossierError } from '../common/errors.js';
import { osErrorInWords } from '../common/os-errors.js';
import { buildProgram } from './program.js';

/**
 * Each run loads only the modules of its command (program.ts): `dossier verify`, a court's or a journalist's check
 * of a bag, starts in a fraction of the time the whole application takes to load, and an intake of a handover
 * keeps its memory for the files.
 */
async function main(): Promise<void> {
  const program = await buildProgram(process.argv.slice(2));
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
    : osErrorInWords(error) ?? connectionLossInWords(error) ?? new DossierError('INTERNAL', `unexpected error: ${(error as Error)?.stack ?? String(error)}`);
  if (json) process.stdout.write(JSON.stringify({ error: { code: known.code, message: known.message, ...known.details } }, null, 2) + '\n');
  process.stderr.write(`dossier: ${known.code}: ${known.message}\n`);
  return known.exitCode;
}

await main();
