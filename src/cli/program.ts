import type { Command } from 'commander';
import { baseProgram } from './base-program.js';
import { registerAccount } from './commands/account.js';
import { registerAnalyse } from './commands/analyse.js';
import { registerAdd } from './commands/add.js';
import { registerCapture } from './commands/capture.js';
import { registerCase } from './commands/case.js';
import { registerEvidence } from './commands/evidence.js';
import { registerExchange } from './commands/exchange.js';
import { registerIncident } from './commands/incident.js';
import { registerKeys } from './commands/keys.js';
import { registerInit } from './commands/init.js';
import { registerLog } from './commands/log.js';
import { registerPlace } from './commands/place.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerVault } from './commands/vault.js';
import { registerVerify } from './commands/verify.js';

export function buildProgram(): Command {
  const program = baseProgram();
  registerInit(program);
  registerCase(program);
  registerAdd(program);
  registerCapture(program);
  registerEvidence(program);
  registerIncident(program);
  registerSearch(program);
  registerPlace(program);
  registerExchange(program);
  registerAnalyse(program);
  registerLog(program);
  registerKeys(program);
  registerAccount(program);
  registerVault(program);
  registerVerify(program);
  registerServe(program);
  return program;
}
