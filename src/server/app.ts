import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { databaseRateLimitStore } from './rate-limit-store.js';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Dossier } from '../app/open.js';
import { DossierError } from '../common/errors.js';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from '../access/accounts.js';
import { DEFAULT_SESSIONS, type SessionPolicy } from '../access/sessions.js';
import { installAccessControl } from './access.js';
import { answerClientError } from './client-error.js';
import { installStrictJsonParser } from './json-body.js';
import { sendProblem } from './problem.js';
import { authRoutes } from './routes/auth.js';
import { accountSecurityRoutes } from './routes/account-security.js';
import { invitationRoutes } from './routes/invitations.js';
import { disclosureRoutes } from './routes/disclosures.js';
import { captureRoutes } from './routes/captures.js';
import { caseRoutes } from './routes/cases.js';
import { evidenceRoutes } from './routes/evidence.js';
import { startBackgroundWork } from '../app/background-work.js';
import { handoverRoutes } from './routes/handovers.js';
import { ledgerRoutes } from './routes/ledger.js';
import { tileRoutes } from './routes/tiles.js';
import { analysisRoutes } from './routes/analysis.js';
import { extractionRoutes } from './routes/extractions.js';
import { analysesRoutes } from './routes/analyses.js';
import { exchangeRoutes } from './routes/exchange.js';
import { recordRoutes } from './routes/records.js';
import { workflowRoutes } from './routes/workflow.js';
import { commentRoutes } from './routes/comments.js';
import { sensitivityRoutes } from './routes/sensitivity.js';
import { notificationRoutes } from './routes/notifications.js';
import { referenceRoutes } from './routes/reference.js';

export interface ServerOptions {
  /** true for the default request log on standard output, or pino options (a level, a stream). */
  logger?: boolean | { level?: string; stream?: NodeJS.WritableStream };
  /** Largest accepted upload, in bytes. */
  maxUploadBytes?: number;
  /** Called for every route as it is registered (tests use it to check the OpenAPI document covers them all). */
  onRoute?: (route: RouteOptions) => void;
  sessions?: SessionPolicy;
  lockout?: LockoutPolicy;
  /** Cookies for HTTPS only (default); browsers accept them from http://localhost too. */
  secureCookies?: boolean;
  /** Sends Strict-Transport-Security: only when the server is reached over HTTPS. */
  behindTls?: boolean;
  signInsPerMinute?: number;
  /** Proxies in front of the server whose X-Forwarded-For is believed, so limits and logs see the client. */
  trustProxyHops?: number;
  /** Told when captures are queued, so the server's capture queue starts them now rather than at its next look. */
  onCapturesQueued?: () => void;
  /**
   * Whether this server runs background jobs (an upload's examinations) itself: yes by default; no for web
   * servers behind a load balancer whose jobs `dossier worker` processes run.
   */
  runJobs?: boolean;
  /** Redis (DOSSIER_REDIS_URL) for the counts of rate limits; without it they are kept in the database. */
  redisUrl?: string | undefined;
  /** The built web app (default dist/web of this project); served at / when it exists. */
  webRoot?: string;
  /**
   * Serve the log's hash tiles to anyone (`serve --publish-log`, DOSSIER_PUBLISH_LOG=1). Off by default: level 0
   * holds every entry's leaf hash, which otherwise only members see (a fully guessed entry can be confirmed).
   */
  publishLog?: boolean;
  /** The time invitations are checked against; the system clock by default (tests move it on). */
  clock?: () => Date;
}

const BUILT_WEB_APP = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The request log keeps method, path and address, never a query string (a search for a witness's name is
 * in it), a body, a cookie or an Authorization header.
 */
function requestLogger(option: ServerOptions['logger']) {
  if (!option) return false;
  const serializers = {
    req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip }),
  };
  return option === true ? { serializers } : { ...option, serializers };
}

export async function buildServer(dossier: Dossier, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: requestLogger(options.logger),
    trustProxy: (_address: string, hop: number) => hop < (options.trustProxyHops ?? 0),
    bodyLimit: 1 << 20,
    // Unknown fields are an error, not silently dropped: a typo must not lose what an investigator entered.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    clientErrorHandler: answerClientError,
  });
  // Before any plugin, so every route reads JSON bodies strictly.
  installStrictJsonParser(app);
  const sessions = options.sessions ?? DEFAULT_SESSIONS;
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  await app.register(cookie);
  // After the cookie parser, whose own onRequest hook must run first.
  installAccessControl(app, dossier.database.db, { sessions });
  // Counted where every server of the archive sees the same numbers: Redis when given, else the database.
  const redis = options.redisUrl ? await connectRedis(options.redisUrl) : undefined;
  if (redis) app.addHook('onClose', async () => void (await redis.quit()));
  await app.register(rateLimit, { global: false, ...(redis ? { redis, nameSpace: 'dossier-rate-limit-' } : { store: databaseRateLimitStore(dossier.database) }) });
  await app.register(helmet, {
    // No inline script or style: what the app needs it loads from its own origin.
    // Previews of evidence are shown from memory (blob: URLs made by the page itself), never from another host.
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'frame-src': ['blob:'], 'upgrade-insecure-requests': null },
    },
    strictTransportSecurity: options.behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dossier API',
        version: '1',
        description: 'Evidence, custody ledger and documentation of incidents. Errors are RFC 9457 problem+json naming the offending field.',
      },
    },
  });
  // No badge from the public validator: the docs page, like the app, asks nothing of other hosts.
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs', staticCSP: true, uiConfig: { validatorUrl: null } });
  await app.register(multipart, {
    // Evidence files can be many GiB: the stream goes straight to the vault, so there is no memory cost.
    // A handed-over folder's files each come with their own two fields (path, modifiedAt): room for 100 of them.
    limits: { fileSize: options.maxUploadBytes ?? 1024 ** 4, files: 100, fields: 220, fieldSize: 64 * 1024 },
  });
  const webRoot = options.webRoot ?? BUILT_WEB_APP;
  // The web app is static files talking to the public API below; it is not there until `npm run build`.
  if (await fs.access(path.join(webRoot, 'index.html')).then(() => true, () => false)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], wildcard: false });
  }
  // One examiner per server (it owns ExifTool), and the runner that takes queued examinations unless workers do.
  const background = startBackgroundWork(dossier, options.runJobs !== false, (job, error) => app.log.warn({ job: job.id, kind: job.kind, error: error.message }, 'background job failed'), {
    onWitnessProblem: (result) => app.log.warn({ witness: result.witness, treeSize: result.treeSize, alarm: result.alarm === true }, `witness: ${result.problem}`),
    onStampProblem: (result) => app.log.warn({ tsa: result.tsa, treeSize: result.treeSize }, `checkpoint time-stamp: ${result.problem}`),
    onMailProblem: (result) => app.log.warn({ failed: result.failed, sent: result.sent }, 'notification mail: the SMTP server refused or did not answer; retried later'),
  });
  app.addHook('onClose', () => background.close());
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(new DossierError('NOT_FOUND', `no route ${request.method} ${request.url}`), request, reply),
  );
  await app.register(
    async (api) => {
      api.get('/health', { config: { access: { permission: 'public' } } }, async () => ({
        status: 'ok',
        database: dossier.database.engine,
        ledgerSize: await dossier.ledger.checkpointSize(),
        origin: dossier.dataDir.manifest.origin,
      }));
      await api.register(
        authRoutes(dossier, {
          sessions,
          lockout: options.lockout ?? DEFAULT_LOCKOUT,
          secureCookies: options.secureCookies ?? true,
          signInsPerMinute: options.signInsPerMinute ?? 10,
        }),
      );
      const security = { sessions, secureCookies: options.secureCookies ?? true, signInsPerMinute: options.signInsPerMinute ?? 10 };
      await api.register(accountSecurityRoutes(dossier, security));
      await api.register(invitationRoutes(dossier, { ...security, now: options.clock ?? (() => new Date()) }));
      await api.register(caseRoutes(dossier));
      await api.register(evidenceRoutes(dossier, { maxUploadBytes: options.maxUploadBytes, examiner: background.examiner, onExaminationsQueued: () => background.runner?.wake() }));
      await api.register(handoverRoutes(dossier));
      await api.register(ledgerRoutes(dossier));
      await api.register(tileRoutes(dossier, { publish: options.publishLog ?? dossier.config.publishLog }));
      await api.register(recordRoutes(dossier));
      await api.register(workflowRoutes(dossier));
      await api.register(commentRoutes(dossier));
      await api.register(sensitivityRoutes(dossier));
      await api.register(notificationRoutes(dossier));
      await api.register(analysisRoutes(dossier));
      await api.register(analysesRoutes(dossier));
      await api.register(extractionRoutes(dossier));
      await api.register(referenceRoutes(dossier));
      await api.register(exchangeRoutes(dossier));
      await api.register(disclosureRoutes(dossier));
      await api.register(captureRoutes(dossier, options.onCapturesQueued ?? (() => undefined)));
      api.get('/openapi.json', { schema: { hide: true }, config: { access: { permission: 'public' } } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );
  return app;
}

/** A Redis connection that fails at start, in words, rather than queueing commands for a server that is not there. */
async function connectRedis(url: string) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5_000 });
  // A lost connection is retried by ioredis and fails the requests counted meanwhile; its events need no echo.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new DossierError('DATABASE_UNAVAILABLE', `Redis at ${url.replace(/\/\/[^@/]*@/, '//')} does not answer (${(error as Error).message}): start it, or unset DOSSIER_REDIS_URL to keep the counts in the database`, { field: 'DOSSIER_REDIS_URL' }, { cause: error });
  }
  return redis;
}
