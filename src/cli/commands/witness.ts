import type { Command } from 'commander';
import { DossierError } from '../../common/errors.js';
import { isErrno } from '../../common/os-errors.js';
import { claimForServing, initWitness, WitnessStore } from '../../witness/witness-store.js';
import { parseIndex, print } from '../context.js';

/**
 * `dossier witness …`: run an independent witness of other instances' ledgers (c2sp.org/tlog-witness). A
 * witness lives in a directory of its own, on a machine its operator, not the archive's, controls.
 */
export function registerWitness(program: Command): void {
  const witness = program.command('witness').description("run a witness that cosigns other archives' checkpoints (C2SP tlog-witness)");
  witness
    .command('init')
    .argument('<dir>', 'a new directory for the witness (its key and state)')
    .requiredOption('--name <name>', 'the witness\'s name, a schema-less URL such as "witness.example.org/w1"')
    .description('make a witness key and state directory; prints the verifier key to give to logs')
    .action(async (dir: string, options: { name: string }, command: Command) => {
      const info = await initWitness(dir, options.name);
      print(command, info, () => `Witness ${info.name} created in ${dir}\nVerifier key (give it to the archives it witnesses):\n${info.verifierKey}`);
    });
  witness
    .command('follow')
    .argument('<dir>', 'the witness directory')
    .argument('<log-key>', "the log's verifier key, as `dossier log key` prints it; its name is the log's origin")
    .description('cosign the checkpoints of a log from now on')
    .action(async (dir: string, logKey: string, _options: unknown, command: Command) => {
      const store = await WitnessStore.open(dir);
      const log = await store.addLog(logKey);
      print(command, log, () => `Following ${log.origin}`);
    });
  witness
    .command('show')
    .argument('<dir>', 'the witness directory')
    .description('the witness\'s name and key, the logs it follows with the latest size it cosigned, and any split views it holds')
    .action(async (dir: string, _options: unknown, command: Command) => {
      const store = await WitnessStore.open(dir);
      const info = store.info();
      const splitViews = await store.splitViews();
      const logs = info.logs.map((log) => ({ ...log, cosignedSize: store.head(log.origin)?.size ?? null }));
      print(command, { ...info, logs, splitViews }, () =>
        [
          `${info.name}`,
          `verifier key ${info.verifierKey}`,
          ...logs.map((log) => `  follows ${log.origin}: ${log.cosignedSize === null ? 'nothing cosigned yet' : `cosigned up to size ${log.cosignedSize}`}`),
          ...(splitViews.length ? [`SPLIT VIEWS: ${splitViews.length} (both signed notes of each are kept in ${dir}/split-views/)`, ...splitViews.map((v) => `  ${v.origin} at size ${v.size}`)] : []),
        ].join('\n'),
      );
      if (splitViews.length > 0) process.exitCode = 9;
    });
  witness
    .command('serve')
    .argument('<dir>', 'the witness directory')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '8090')
    .description('answer POST /add-checkpoint over HTTP (put TLS in front of it for other machines)')
    .action(async (dir: string, options: { host: string; port: string }) => {
      const port = parseIndex('port', options.port);
      // Claimed before the heads are read: a server that ended a moment ago has written its last head by then.
      const claim = await claimForServing(dir);
      const store = await WitnessStore.open(dir).catch(async (error: unknown) => {
        await claim.release();
        throw error;
      });
      const { witnessApp } = await import('../../witness/witness-server.js');
      const app = witnessApp(store);
      const address = await app.listen({ host: options.host, port }).catch(async (error: unknown) => {
        await claim.release();
        if (isErrno(error, 'EADDRINUSE')) throw new DossierError('PORT_IN_USE', `port ${port} on ${options.host} is already in use: choose another with --port`, { port });
        throw error;
      });
      const shutdown = async () => {
        await app.close();
        await claim.release();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      process.stdout.write(`Witness ${store.info().name} listening at ${address}/add-checkpoint\n`);
    });
}
