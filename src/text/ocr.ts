/**
 * Optical character recognition of images with Debian's tesseract (English and Arabic models), run as a
 * separate program: a crash or a hostile image cannot take the server down with it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const OCR_LANGUAGES = 'eng+ara';

export type OcrResult = { status: 'read'; text: string } | { status: 'unavailable'; reason: string } | { status: 'failed'; reason: string };

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
  if (languages === null) return { status: 'unavailable', reason: 'tesseract is not installed here (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara)' };
  const missing = OCR_LANGUAGES.split('+').filter((language) => !new RegExp(`^${language}$`, 'm').test(languages));
  if (missing.length > 0) return { status: 'unavailable', reason: `tesseract has no model for ${missing.join(', ')} here (apt-get install ${missing.map((language) => `tesseract-ocr-${language}`).join(' ')})` };
  try {
    const { stdout } = await run('tesseract', [file, 'stdout', '-l', OCR_LANGUAGES], { encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 << 20 });
    return { status: 'read', text: stdout.replace(/\f/g, '\n').trim() };
  } catch (error) {
    const cause = error as { stderr?: string; message: string };
    return { status: 'failed', reason: (cause.stderr || cause.message).trim().split('\n')[0] ?? 'tesseract failed' };
  }
}
