/**
 * `dossier verify` of a web archive: a WARC (plain or .gz) or a WACZ package, checked offline with the
 * same checker that vets imports, reported in words or as JSON.
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidField } from '../../common/errors.js';
import { checkWaczFile, type WaczCheck } from '../../capture/wacz-check.js';
import { checkWarcFile, type WarcCheck } from '../../capture/warc-check.js';
import type { WebArchiveKind } from '../../capture/web-archive-kind.js';
import { print } from '../output.js';

export { webArchiveKindOf } from '../../capture/web-archive-kind.js';

export async function verifyWebArchive(file: string, kind: WebArchiveKind, options: { tsaCa?: string | undefined }, command: Command): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw invalidField('path', `${file} is not a file`, file);
  if (kind === 'warc') {
    const check = await checkWarcFile(file);
    print(command, check, () => warcInWords(file, check));
    return check.valid;
  }
  const check = await checkWaczFile(file, options.tsaCa === undefined ? {} : { tsaCaFile: options.tsaCa });
  print(command, check, () => waczInWords(file, check));
  return check.valid;
}

const mark = (ok: boolean) => (ok ? 'ok  ' : 'FAIL');

function warcLine(name: string, check: WarcCheck): string {
  const digests = check.records.flatMap((record) => [record.blockDigest, record.payloadDigest]);
  const passed = digests.filter((verdict) => verdict === 'pass').length;
  const failed = digests.filter((verdict) => verdict === 'fail' || verdict === 'unreadable').length;
  return `  ${mark(check.valid)} ${name}: ${check.records.length} records (${check.compression === 'gzip' ? 'gzip, one member per record' : 'uncompressed'}), ${passed} digests match${failed ? `, ${failed} do not` : ''}`;
}

function warcInWords(file: string, check: WarcCheck): string {
  return [
    `${check.valid ? 'VALID' : 'INVALID'} WARC: ${file}`,
    warcLine('records', check),
    ...check.errors.map((finding) => `  ERROR ${finding.code} at offset ${finding.offset}: ${finding.message}`),
    ...check.warnings.map((finding) => `  warning ${finding.code} at offset ${finding.offset}: ${finding.message}`),
  ].join('\n');
}

function waczInWords(file: string, check: WaczCheck): string {
  const signature = check.signature;
  const lines = [
    `${check.valid ? 'VALID' : 'INVALID'} WACZ ${check.version ?? '?'}: ${file}${check.software ? ` (made by ${check.software}${check.created ? `, ${check.created}` : ''})` : ''}`,
    `  ${mark(!check.errors.some((finding) => /HASH|SIZE|FILE_MISSING/.test(finding.code)))} ${check.files.length} files hashed against datapackage.json`,
    ...check.warcs.map(({ path, check: warc }) => warcLine(path, warc)),
    `  ${check.pages.length} pages listed in pages/pages.jsonl`,
    signature === 'unsigned'
      ? '  --   not signed'
      : `  ${mark(signature.status === 'verified')} signature by ${signature.signer ?? '?'}${signature.stampedAt ? `, time-stamped ${signature.stampedAt}${signature.stampTrust === 'carried-certificate' ? ' (stamp checked against the certificate it carries only: give --tsa-ca)' : ''}` : ''}`,
  ];
  if (signature !== 'unsigned') lines.push(...signature.notes.map((note) => `       ${note}`));
  lines.push(...check.errors.map((finding) => `  ERROR ${finding.code}${finding.path ? ` ${finding.path}` : ''}: ${finding.message}`));
  lines.push(...check.warnings.map((finding) => `  warning ${finding.code}${finding.path ? ` ${finding.path}` : ''}: ${finding.message}`));
  return lines.join('\n');
}
