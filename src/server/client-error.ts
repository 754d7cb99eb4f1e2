import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { DossierError } from '../common/errors.js';
import { toProblem } from './problem.js';

/**
 * Node's answer to a request it could not read as HTTP: a body cut short before its Content-Length, a
 * malformed request line, headers too large, or too slow. No route sees these, so they are answered here,
 * in the same problem+json form as every other error, and the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = toProblem(clientProblem(error));
  const body = JSON.stringify(problem);
  const { status } = problem;
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

function clientProblem(error: NodeJS.ErrnoException): DossierError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new DossierError('REQUEST_TIMEOUT', 'request: did not arrive in time', { field: 'request' });
  if (error.code === 'HPE_HEADER_OVERFLOW') return new DossierError('HEADERS_TOO_LARGE', 'request: its headers are too large', { field: 'request' });
  // HPE_INVALID_EOF_STATE: the connection ended before the body promised by Content-Length had arrived.
  const problem = error.code === 'HPE_INVALID_EOF_STATE' ? 'the connection ended before the whole body had arrived' : `is not valid HTTP (${error.code ?? 'unreadable'})`;
  return new DossierError('VALIDATION_FAILED', `request: ${problem}`, { field: 'request', problem });
}
