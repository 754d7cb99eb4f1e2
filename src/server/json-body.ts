import type { FastifyInstance } from 'fastify';
import { DossierError } from '../common/errors.js';
import { decodeUtf8Strict, describeInvalidUtf8, findTextProblem } from '../common/text-checks.js';
import { requireUtf8Charset } from './content-type.js';

/**
 * application/json bodies, read strictly. Fastify's own parser decodes the bytes with replacement, so a body
 * that is not UTF-8 would be stored with U+FFFD where its text was. This one refuses such a body (naming the
 * byte offset), a declared charset other than UTF-8, and any string or key holding a lone surrogate or a
 * control character (naming the field). Fastify's parser still does the parsing, so its body limit, its
 * answers to empty and malformed bodies and its refusal of prototype poisoning are kept.
 */
export function installStrictJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser(app.initialConfig.onProtoPoisoning ?? 'error', app.initialConfig.onConstructorPoisoning ?? 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      requireUtf8Charset(request.headers['content-type']);
      const decoded = decodeUtf8Strict(body as Buffer);
      if ('invalidAt' in decoded) {
        const problem = `is not valid UTF-8: ${describeInvalidUtf8(decoded)}`;
        throw new DossierError('VALIDATION_FAILED', `body: ${problem}`, { field: 'body', in: 'body', problem, offset: decoded.invalidAt });
      }
      parseJson(request, decoded.text, (error, value) => {
        if (error) return done(error, undefined);
        const found = findTextProblem(value);
        if (!found) return done(null, value);
        const field = found.path || 'body';
        done(new DossierError('VALIDATION_FAILED', `${field}: ${found.problem}`, { field, in: 'body', problem: found.problem }), undefined);
      });
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
