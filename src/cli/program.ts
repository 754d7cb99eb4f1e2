import type { Command } from 'commander';
import { baseProgram, requestedCommand } from './base-program.js';

type Registrar = (program: Command) => void;

/**
 * Each module of commands, with the top-level commands it defines: a run loads only the module of the command it
 * runs (an intake need not load the web server, the browser capture or the analyses), and `--help` loads them all.
 * program.test.ts checks the names against what each module registers.
 */
export const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Promise<Registrar> }[] = [
  { names: ['init'], load: async () => (await import('./commands/init.js')).registerInit },
  { names: ['case'], load: async () => (await import('./commands/case.js')).registerCase },
  { names: ['add'], load: async () => (await import('./commands/add.js')).registerAdd },
  { names: ['capture'], load: async () => (await import('./commands/capture.js')).registerCapture },
  { names: ['evidence'], load: async () => (await import('./commands/evidence.js')).registerEvidence },
  { names: ['incident'], load: async () => (await import('./commands/incident.js')).registerIncident },
  { names: ['search'], load: async () => (await import('./commands/search.js')).registerSearch },
  { names: ['place'], load: async () => (await import('./commands/place.js')).registerPlace },
  { names: ['export', 'import'], load: async () => (await import('./commands/exchange.js')).registerExchange },
  { names: ['analyse'], load: async () => (await import('./commands/analyse.js')).registerAnalyse },
  { names: ['extract'], load: async () => (await import('./commands/extract.js')).registerExtract },
  { names: ['log'], load: async () => (await import('./commands/log.js')).registerLog },
  { names: ['keys'], load: async () => (await import('./commands/keys.js')).registerKeys },
  { names: ['account', 'member'], load: async () => (await import('./commands/account.js')).registerAccount },
  { names: ['vault'], load: async () => (await import('./commands/vault.js')).registerVault },
  { names: ['verify'], load: async () => (await import('./commands/verify.js')).registerVerify },
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
  { names: ['worker'], load: async () => (await import('./commands/worker.js')).registerWorker },
  { names: ['witness'], load: async () => (await import('./commands/witness.js')).registerWitness },
  { names: ['mirror'], load: async () => (await import('./commands/mirror.js')).registerMirror },
];

/** The program for these arguments: the requested command's module only, or every module when none is named. */
export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const program = baseProgram();
  const wanted = requestedCommand(args);
  const owner = COMMAND_MODULES.find((module) => wanted !== undefined && module.names.includes(wanted));
  for (const module of owner ? [owner] : COMMAND_MODULES) (await module.load())(program);
  return program;
}
