import type { Command } from 'commander';
import { verifyBag, type BagReport } from '../../bag/verify-bag.js';
import { print } from '../context.js';

/** A bag that does not verify: its own exit code, apart from bad input (2) and unreadable files (5). */
export const BAG_INVALID_EXIT = 10;

export function registerVerify(program: Command): void {
  program
    .command('verify <path>')
    .description('check a BagIt bag (a directory) offline against RFC 8493: every manifest, Payload-Oxum, encodings, unsafe paths, fetch.txt; needs no data directory and no network')
    .action(async (bagPath: string, _options: unknown, command: Command) => {
      const report = await verifyBag(bagPath);
      print(command, report, () => reportInWords(bagPath, report));
      if (!report.valid) process.exitCode = BAG_INVALID_EXIT;
    });
}

export function reportInWords(bagPath: string, report: BagReport): string {
  const { checked } = report;
  const lines = [
    report.valid ? `VALID bag: ${bagPath}` : `INVALID bag: ${bagPath}`,
    `  BagIt ${report.bagItVersion ?? '?'}, tag files in ${report.tagFileEncoding ?? '?'}`,
    `  ${checked.payloadFiles} payload files (${checked.payloadBytes.toLocaleString('en-GB')} bytes); ${checked.digestsVerified} digests checked` +
      ` against ${[...checked.payloadManifests, ...checked.tagManifests].join(', ') || 'no manifest'}`,
    ...report.errors.map((e) => `  ERROR ${e.code}${e.path ? ` ${e.path}` : ''}: ${e.message}`),
    ...report.warnings.map((w) => `  warning ${w.code}${w.path ? ` ${w.path}` : ''}: ${w.message}`),
  ];
  return lines.join('\n');
}
