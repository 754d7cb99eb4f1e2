import { DossierError } from '../common/errors.js';
import type { Wording } from '../common/wording.js';
import { uploadWordings } from '../evidence/upload-wordings.js';

/**
 * A multipart body that is not a whole form, said in words: busboy and @fastify/multipart raise plain
 * errors for these, which would otherwise be answered as internal errors. Undefined for any other error.
 */
export function multipartFault(error: unknown, progress: { partsSeen: number; receiving?: string }): DossierError | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  const unfinished = progress.receiving === undefined ? { unfinished: 'no', name: '' } : { unfinished: 'yes', name: progress.receiving };
  let problem: Wording;
  if (code === 'FST_MP_PREMATURE_CLOSE') problem = uploadWordings.say('connectionClosed', unfinished);
  else if (/unexpected end of multipart data/i.test(message)) {
    problem = progress.partsSeen === 0 ? uploadWordings.say('notMultipart') : uploadWordings.say('cutShort', unfinished);
  } else return undefined;
  return new DossierError('VALIDATION_FAILED', `body: ${problem.text}`, { field: 'body', problem: problem.text, wording: problem }, { cause: error });
}
