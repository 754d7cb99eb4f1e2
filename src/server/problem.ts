import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { connectionLossInWords } from '../common/connection-loss.js';
import { DossierError, isDossierError, type ErrorCode } from '../common/errors.js';

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
  if (fastifyError.validation) return validationProblem(fastifyError);
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
    const byStatus: Record<number, ErrorCode> = { 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED' };
    const code = byStatus[fastifyError.statusCode] ?? 'VALIDATION_FAILED';
    return new DossierError(code, fastifyError.message, { fastifyCode: fastifyError.code });
  }
  return connectionLossInWords(error) ?? new DossierError('INTERNAL', 'internal error', {}, { cause: error });
}

interface AjvError {
  instancePath?: string;
  message?: string;
  params?: { missingProperty?: string; additionalProperty?: string; allowedValues?: unknown[] };
}

/**
 * Names the field the way the domain does (`victims.killed.min`, `types[0]`): a body field by its path, a
 * query or path parameter by its name, a header by its name.
 */
function validationProblem(error: FastifyError): DossierError {
  const first = (error.validation?.[0] ?? {}) as AjvError;
  const segments = (first.instancePath ?? '').split('/').slice(1);
  if (first.params?.missingProperty) segments.push(first.params.missingProperty);
  if (first.params?.additionalProperty) segments.push(first.params.additionalProperty);
  const path = segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
  const field = path || error.validationContext || 'request';
  const problem = first.params?.additionalProperty
    ? 'is not a known field'
    : first.params?.missingProperty
      ? 'is required'
      : first.params?.allowedValues
        ? `must be one of ${first.params.allowedValues.map(String).join(', ')}`
        : (first.message ?? 'is invalid');
  return new DossierError('VALIDATION_FAILED', `${field}: ${problem}`, { field, in: error.validationContext });
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error({ err: error }, problem.detail);
  // A database restarting: a client (or a load balancer) tries again shortly rather than giving up.
  if (problem.status === 503) reply.header('retry-after', '2');
  return reply.code(problem.status).type('application/problem+json').send(problem);
}
