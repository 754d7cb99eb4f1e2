/**
 * Where each worker's server listens: the runner picks E2E_PORT, and server N takes E2E_PORT + N × E2E_PORT_STRIDE,
 * with its capture site on the next port and its two witnesses on the two after (serve.ts).
 */
export const E2E_PORT_STRIDE = 10;

/** The port of the server a worker drives (its parallel index is stable across the worker's restarts). */
export function serverPort(parallelIndex: number): number {
  return Number(process.env.E2E_PORT) + parallelIndex * E2E_PORT_STRIDE;
}

/** The small site of the server's web captures (serve.ts starts it beside the server). */
export function captureSitePort(parallelIndex: number): number {
  return serverPort(parallelIndex) + 1;
}
