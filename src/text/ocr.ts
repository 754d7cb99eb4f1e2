/**
 * Optical character recognition of images with Debian's tesseract (English and Arabic models), run as a
 * separate program: a crash or a hostile image cannot take the server down with it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Wording } from '../common/wording.js';
import { installCommand, mediaToolWordings } from '../media/tool-wordings.js';

const run = promisify(execFile);

export const OCR_LANGUAGES = 'eng+ara';

/** A failure's `reason` is English; `wording` says the same by code (src/media/tool-wordings.ts). */
export type OcrResult = { status: 'read'; text: string } | { status: 'unavailable' | 'failed'; reason: string; wording: Wording };

const failed = (status: 'unavailable' | 'failed', wording: Wording): OcrResult => ({ status, reason: wording.text, wording });

let installed: Promise<string | null> | undefined;

/** The languages tesseract has here, or null when tesseract is not installed. */
async function tesseractLanguages(): Promise<string | null> {
  installed ??= run('tesseract', ['--list-langs'], { encoding: 'utf8' }).then(
    ({ stdout, stderr }) => `${stdout}\n${stderr}`,
    () => null,
  );
  return installed;
}

export async function ocrImage(file: string, options: { timeoutMs?: number } = {}): Promise<OcrResult> {
  const languages = await tesseractLanguages();
  if (languages === null) return failed('unavailable', mediaToolWordings.say('notInstalled', { program: 'tesseract', install: installCommand(['tesseract-ocr', 'tesseract-ocr-eng', 'tesseract-ocr-ara']) }));
  const missing = OCR_LANGUAGES.split('+').filter((language) => !new RegExp(`^${language}$`, 'm').test(languages));
  if (missing.length > 0) {
    const install = installCommand(missing.map((language) => `tesseract-ocr-${language}`));
    return failed('unavailable', mediaToolWordings.say('noModel', { program: 'tesseract', languages: missing.join(', '), install }));
  }
  try {
    const { stdout } = await run('tesseract', [file, 'stdout', '-l', OCR_LANGUAGES], { encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 << 20 });
    return { status: 'read', text: stdout.replace(/\f/g, '\n').trim() };
  } catch (error) {
    const cause = error as { stderr?: string; message: string };
    return failed('failed', mediaToolWordings.say('toolSaid', { output: (cause.stderr || cause.message).trim().split('\n')[0] ?? 'tesseract failed' }));
  }
}
