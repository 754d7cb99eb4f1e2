import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Dossier } from '../app/open.js';
import { DossierError } from '../common/errors.js';
import { sendProblem } from './problem.js';
import { caseRoutes } from './routes/cases.js';
import { evidenceRoutes } from './routes/evidence.js';
import { ledgerRoutes } from './routes/ledger.js';

export interface ServerOptions {
  logger?: boolean;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes?: number;
}

export async function buildServer(dossier: Dossier, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1 << 20 });
  await app.register(multipart, {
    // Evidence files can be many GiB: the stream goes straight to the vault, so there is no memory cost.
    limits: { fileSize: options.maxUploadBytes ?? 1024 ** 4, files: 100, fields: 20, fieldSize: 64 * 1024 },
  });
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(new DossierError('NOT_FOUND', `no route ${request.method} ${request.url}`), request, reply),
  );
  await app.register(
    async (api) => {
      api.get('/health', async () => ({
        status: 'ok',
        database: dossier.database.engine,
        ledgerSize: await dossier.ledger.checkpointSize(),
        origin: dossier.dataDir.manifest.origin,
      }));
      await api.register(caseRoutes(dossier));
      await api.register(evidenceRoutes(dossier, options.maxUploadBytes));
      await api.register(ledgerRoutes(dossier));
    },
    { prefix: '/api/v1' },
  );
  return app;
}
