import type { Command } from 'commander';
import { dataDirExists } from '../../app/data-dir.js';
import { ensureFirstAdmin } from '../../access/accounts.js';
import { setMember } from '../../access/members.js';
import { DEMO_CASE_ID, seedDemoCase } from '../../app/demo/demo-case.js';
import { findCase } from '../../cases/cases.js';
import { initDossier, openDossier, refuseUnfitForService } from '../../app/open.js';
import { openCaptureQueue } from '../../app/open-capture-queue.js';
import { DossierError } from '../../common/errors.js';
import { isErrno } from '../../common/os-errors.js';
import { configFrom, parseIndex } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the web server: the web app at /, the REST API under /api/v1')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to bind; put a TLS-terminating proxy in front for anything but loopback', '127.0.0.1')
    .option('--demo', 'create the data directory and a demo case if they do not exist yet')
    .option('--publish-log', "serve the log's hash tiles to anyone at /api/v1/ledger/tlog/ (C2SP tlog-tiles; they include every entry's leaf hash; also DOSSIER_PUBLISH_LOG=1)")
    .option('--behind-tls', 'the server is reached over HTTPS (sends Strict-Transport-Security)')
    .option('--insecure-cookies', 'send the session cookie over plain HTTP to non-local hosts (testing only)')
    .option('--max-upload-gib <n>', 'largest evidence file accepted in one upload, in GiB', '64')
    .option('--trust-proxy-hops <n>', 'reverse proxies in front whose X-Forwarded-For to believe (sign-in limits, logs)', '0')
    .option('--capture-workers <n>', 'web captures run at once (a headless chromium each); 0 runs none here', '2')
    .option('--no-worker', 'run no background work here (examinations, web captures): `dossier worker` processes do it (several servers behind a load balancer)')
    .action(async (options: { port: string; host: string; demo?: boolean; publishLog?: boolean; behindTls?: boolean; insecureCookies?: boolean; maxUploadGib: string; trustProxyHops: string; captureWorkers: string; worker: boolean }, command: Command) => {
      const config = configFrom(command);
      const port = parseIndex('port', options.port);
      const maxUploadBytes = parseIndex('max-upload-gib', options.maxUploadGib) * 1024 ** 3;
      const captureWorkers = options.worker ? parseIndex('capture-workers', options.captureWorkers) : 0;
      const dossier = options.demo && !(await dataDirExists(config.dataDir)) ? await initDossier(config) : await openDossier(config);
      await refuseUnfitForService(dossier, 'the server');
      if (options.demo && (await seedDemoCase(dossier))) process.stderr.write(`Created the demo case in ${config.dataDir}\n`);
      const firstAdmin = await ensureFirstAdmin(dossier.database.db);
      // On the demo, the first administrator owns the demo case, so a first-time user sees a real case.
      if (firstAdmin && options.demo && (await findCase(dossier.database.db, DEMO_CASE_ID))) {
        await setMember(dossier.database.db, 'system:first-start', DEMO_CASE_ID, firstAdmin.username, 'owner');
      }
      // Loaded here, not at start-up: every other command runs without the web server's dependencies.
      const { buildServer } = await import('../../server/app.js');
      const trustProxyHops = parseIndex('trust-proxy-hops', options.trustProxyHops);
      // Captures asked for before a restart are in the database: the queue resumes them.
      const captures = captureWorkers > 0 ? await openCaptureQueue(dossier, {}, { concurrency: captureWorkers, onError: (error) => process.stderr.write(`capture queue: ${error.message}\n`) }) : undefined;
      const app = await buildServer(dossier, {
        logger: true,
        maxUploadBytes,
        trustProxyHops,
        behindTls: options.behindTls === true,
        secureCookies: options.insecureCookies !== true,
        runJobs: options.worker,
        publishLog: options.publishLog === true || config.publishLog,
        redisUrl: process.env.DOSSIER_REDIS_URL || undefined,
        ...(captures && { onCapturesQueued: () => captures.notify() }),
      });
      const shutdown = async () => {
        // Running captures get a few seconds to finish; any still running are queued again when their lease runs out.
        await Promise.race([captures?.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
        await app.close();
        await dossier.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      const address = await app.listen({ port, host: options.host }).catch(async (error: unknown) => {
        await captures?.stop();
        await app.close();
        await dossier.close();
        throw listenFailure(error, options.host, port);
      });
      const resumed = await captures?.start();
      if (resumed) process.stderr.write(`Resuming ${resumed} web capture(s) interrupted by the last stop\n`);
      if (firstAdmin) {
        // Printed once and never stored: the account must choose its own password at first sign-in.
        process.stdout.write(`\nDossier is running at ${address}/ (the API is described at ${address}/api/v1/docs)\nFirst start: sign in as "${firstAdmin.username}" with the one-time password ${firstAdmin.password}\n(you will be asked to change it; it is not shown again: if it scrolls away, \`dossier account reset-password ${firstAdmin.username}\` makes a new one)\n\n`);
      } else {
        process.stdout.write(`\nDossier is running at ${address}/ (the API is described at ${address}/api/v1/docs)\n\n`);
      }
    });
}

/** A port another process holds, or one this user may not bind, said with the option that changes it. */
function listenFailure(error: unknown, host: string, port: number): unknown {
  if (isErrno(error, 'EADDRINUSE')) {
    return new DossierError('PORT_IN_USE', `port ${port} on ${host} is already in use (another Dossier server?): stop that one, or choose another port with --port`, { host, port }, { cause: error });
  }
  if (isErrno(error, 'EACCES', 'EPERM')) {
    return new DossierError('PERMISSION_DENIED', `this user may not listen on port ${port} on ${host} (ports below 1024 need privileges): choose another with --port`, { host, port }, { cause: error });
  }
  return error;
}
