/**
 * The witness's HTTP face (c2sp.org/tlog-witness): `POST /add-checkpoint`, answered by the store; and
 * `GET /` with the witness's name, verifier key and the logs it follows, so a log's operator can check what
 * they are about to configure. Requests are not authenticated: a checkpoint's signature is what counts.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { WitnessStore } from './witness-store.js';

/** A request is an old size, at most 63 hashes and a checkpoint with a few signatures: a few KiB at most. */
const BODY_LIMIT = 64 * 1024;

export function witnessApp(store: WitnessStore): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT });
  // Bodies are read as text whatever their content type: clients send text/plain or nothing at all.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get('/', async () => store.info());

  app.post('/add-checkpoint', async (request, reply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const answer = await store.addCheckpoint(body);
    const contentType = 'contentType' in answer && answer.contentType ? answer.contentType : 'text/plain; charset=utf-8';
    return reply.code(answer.status).type(contentType).send(answer.body);
  });
  return app;
}
