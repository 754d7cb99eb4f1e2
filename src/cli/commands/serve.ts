import type { Command } from 'commander';
import { dataDirExists } from '../../app/data-dir.js';
import { seedDemoCase } from '../../app/demo.js';
import { initDossier, openDossier } from '../../app/open.js';
import { configFrom, parseIndex } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the web server (REST API under /api/v1)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to bind (accounts arrive later: keep it on loopback)', '127.0.0.1')
    .option('--demo', 'create the data directory and a demo case if they do not exist yet')
    .action(async (options: { port: string; host: string; demo?: boolean }, command: Command) => {
      const config = configFrom(command);
      const port = parseIndex('port', options.port);
      const dossier = options.demo && !(await dataDirExists(config.dataDir)) ? await initDossier(config) : await openDossier(config);
      if (options.demo && (await seedDemoCase(dossier))) process.stderr.write(`Created the demo case in ${config.dataDir}\n`);
      // Loaded here, not at start-up: every other command runs without the web server's dependencies.
      const { buildServer } = await import('../../server/app.js');
      const app = await buildServer(dossier, { logger: true });
      const shutdown = async () => {
        await app.close();
        await dossier.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port, host: options.host });
    });
}
