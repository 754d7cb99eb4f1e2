import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DossierError, isDossierError } from '../common/errors.js';

/** RFC 9457 problem details: one shape for every error the API returns. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
}

export function toProblem(error: unknown): Problem {
  const dossierError = asDossierError(error);
  return {
    type: `https://dossier.invalid/problems/${dossierError.code.toLowerCase().replaceAll('_', '-')}`,
    title: dossierError.code,
    status: dossierError.httpStatus,
    detail: dossierError.message,
    code: dossierError.code,
    ...dossierError.details,
  };
}

function asDossierError(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const first = fastifyError.validation[0];
    const field = [fastifyError.validationContext, first?.instancePath?.replace(/^\//, '').replaceAll('/', '.') || (first?.params as { missingProperty?: string })?.missingProperty]
      .filter(Boolean)
      .join('.');
    return new DossierError('VALIDATION_FAILED', `${field || 'request'}: ${first?.message ?? 'is invalid'}`, { field });
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
    const code = fastifyError.statusCode === 404 ? 'NOT_FOUND' : fastifyError.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
    return new DossierError(code, fastifyError.message, { fastifyCode: fastifyError.code });
  }
  return new DossierError('INTERNAL', 'internal error', {}, { cause: error });
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error({ err: error }, problem.detail);
  return reply.code(problem.status).type('application/problem+json').send(problem);
}
