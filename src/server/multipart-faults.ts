import { DossierError } from '../common/errors.js';

/**
 * A multipart body that is not a whole form, said in words: busboy and @fastify/multipart raise plain
 * errors for these, which would otherwise be answered as internal errors. Undefined for any other error.
 */
export function multipartFault(error: unknown, progress: { partsSeen: number; receiving?: string }): DossierError | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  const unfinished = progress.receiving === undefined ? '' : `; the file "${progress.receiving}" was not kept`;
  let problem: string;
  if (code === 'FST_MP_PREMATURE_CLOSE') problem = `the connection closed before the upload was complete${unfinished}`;
  else if (/unexpected end of multipart data/i.test(message)) {
    problem =
      progress.partsSeen === 0
        ? 'holds no part delimited by the boundary its content-type names: it is not a multipart form'
        : `ends before its closing boundary: the upload was cut short${unfinished}`;
  } else return undefined;
  return new DossierError('VALIDATION_FAILED', `body: ${problem}`, { field: 'body', problem }, { cause: error });
}
