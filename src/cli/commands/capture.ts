import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Command } from 'commander';
import { openCaptureQueue } from '../../app/open-capture-queue.js';
import { invalidField } from '../../common/errors.js';
import { getCapture, requestCaptures, type WebCapture } from '../../web-capture/captures.js';
import { print, table, withDossier } from '../context.js';

/** A capture that did not succeed: its own exit code, as for bags that do not verify. */
export const CAPTURE_FAILED_EXIT = 12;

interface CaptureOptions {
  case: string;
  allowPrivateNetwork?: boolean;
  timeout?: string;
  maxMb?: string;
}

export function registerCapture(program: Command): void {
  program
    .command('capture')
    .description(
      'preserve web pages as evidence of a case: each page loaded in headless chromium, every request and response recorded to WARC and packaged as a signed WACZ, ' +
        'with a full-page screenshot, a PDF and the visible text, each an evidence item with its own custody entry, and one capture entry for the page',
    )
    .argument('<urls...>', 'http(s) addresses to capture')
    .requiredOption('--case <id>', 'the case the captures belong to')
    .option('--allow-private-network', 'let captures reach loopback and private addresses (an operator\'s choice; off by default)')
    .option('--timeout <seconds>', 'the most one capture may take (default 90)')
    .option('--max-mb <n>', 'the most one capture may download, in MiB (default 256)')
    .action(async (urls: string[], options: CaptureOptions, command: Command) => {
      const timeoutMs = wholeNumber('timeout', options.timeout, 5, 3600);
      const maxMb = wholeNumber('max-mb', options.maxMb, 1, 16384);
      const results = await withDossier(command, async (d) => {
        // Reserved for this process: a server on the same database leaves them alone, and this process runs
        // nobody else's captures with its own settings.
        const runner = `cli:${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
        const requested = await requestCaptures(d.database, d.config.actor, options.case, urls, { runner });
        const queue = await openCaptureQueue(
          d,
          {
            ...(options.allowPrivateNetwork && { allowPrivateNetwork: true }),
            ...(timeoutMs !== undefined && { timeoutMs: timeoutMs * 1000 }),
            ...(maxMb !== undefined && { maxBytes: maxMb * 1048576 }),
          },
          { runner, onError: (error) => process.stderr.write(`dossier: capture queue: ${error.message}\n`) },
        );
        await queue.start();
        await queue.drained();
        await queue.stop();
        return Promise.all(requested.map((capture) => getCapture(d.database.db, capture.id)));
      });
      print(command, results, () => capturesInWords(results));
      if (results.some((capture) => capture.state !== 'done')) process.exitCode = CAPTURE_FAILED_EXIT;
    });
}

function wholeNumber(field: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw invalidField(field, `must be a whole number from ${min} to ${max}`, text);
  return value;
}

function capturesInWords(captures: readonly WebCapture[]): string {
  const rows = captures.map((capture) => [
    capture.state === 'done' ? 'captured' : capture.state.toUpperCase(),
    capture.id,
    capture.httpStatus === null ? '-' : String(capture.httpStatus),
    capture.finalUrl ?? capture.url,
    capture.state === 'done' ? `WACZ ${capture.items.wacz}, screenshot ${capture.items.screenshot}, PDF ${capture.items.pdf}, text ${capture.items.text}; ledger entry ${capture.ledgerSeq}` : `${capture.error?.code}: ${capture.error?.message}`,
  ]);
  return table([['RESULT', 'CAPTURE', 'HTTP', 'URL', 'STORED'], ...rows]);
}
