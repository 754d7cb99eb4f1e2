import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
// The catalogue first, as the app loads it, before the modules whose messages it gathers.
import { setActiveLocale } from './active-locale.js';
import { readContentCredentials } from '../../../src/evidence/content-credentials.js';
import { evidenceTextWordings } from '../../../src/evidence/evidence-text-wordings.js';
import { readMediaMetadata } from '../../../src/evidence/media-metadata.js';
import { MediaToolFailure, probeVideo } from '../../../src/media/derivative-files.js';
import { derivativeWordings } from '../../../src/media/tool-wordings.js';
import { becauseOf } from '../../../src/common/reason.js';
import { reasonText } from './reason-text.js';
import { wordingText } from './wording.js';

/** Reasons the server words about an item's credentials, metadata, derivatives and text, said in French and Arabic. */
describe('the server’s reasons about an item, in the app', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('says why a file’s content credentials were not checked', async () => {
    const report = await readContentCredentials(new TextEncoder().encode('GIF89a'));
    expect(report.reasonWording).toMatchObject({ code: 'credentials.unsupportedFormat', values: { c2pa: 'C2PA', jpeg: 'JPEG' } });
    expect(wordingText(report.reasonWording!)).toBe(report.reason);
    setActiveLocale('fr', undefined);
    expect(wordingText(report.reasonWording!)).toBe('ni une image JPEG, ni PNG, ni HEIF : le lecteur C2PA ne sait pas ouvrir ce format, rien n’a donc été vérifié');
    setActiveLocale('ar', undefined);
    expect(wordingText(report.reasonWording!)).toBe('ليست صورة JPEG أو PNG أو HEIF: لا يستطيع قارئ C2PA فتح هذا النسق، لذا لم يُتحقَّق من شيء');
  });

  it('says a photo’s traces of editing', () => {
    const [editor] = readMediaMetadata({ 'EXIF:Software': 'GIMP 2.10' }).editTraceWordings!;
    setActiveLocale('ar', undefined);
    expect(wordingText(editor!)).toBe('يذكر الوسم EXIF:Software برنامج تحرير: GIMP 2.10');
  });

  it('says why a video’s derivatives were not made, the program’s own words kept', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wording-'));
    const file = path.join(dir, 'not-a-video.mp4');
    await fs.writeFile(file, 'not a video at all');
    const failure = await probeVideo(file).then(
      () => undefined,
      (error: unknown) => error,
    );
    await fs.rm(dir, { recursive: true, force: true });
    if (!(failure instanceof MediaToolFailure)) return; // ffprobe is not installed here: nothing to say
    const part = becauseOf(derivativeWordings.say('partFailed', { part: 'contactSheet', problem: failure.reason.text }), failure.reason);
    expect(reasonText(part)).toBe(`contact-sheet: ${failure.message}`);
    const output = failure.reason.cause?.values.output;
    setActiveLocale('fr', undefined);
    expect(reasonText(part)).toBe(`planche contact : ffprobe n’a pas pu lire la vidéo : ${output}`);
    setActiveLocale('ar', undefined);
    expect(reasonText(part)).toBe(`ورقة الإطارات: تعذّر على ffprobe قراءة الفيديو: ${output}`);
  });

  it('says why an item’s text was not read, with the reader’s plurals', () => {
    const tooLarge = evidenceTextWordings.say('tooLarge', { size: 70_000_000, max: 67_108_864 });
    expect(tooLarge.text).toBe('the document is 70000000 bytes; text is read from documents of up to 67108864 bytes');
    setActiveLocale('fr', undefined);
    expect(wordingText(tooLarge)).toBe('le document fait 70\u202f000\u202f000 octets ; le texte n’est lu que dans les documents d’au plus 67\u202f108\u202f864 octets');
    setActiveLocale('ar', 'latn');
    expect(wordingText(evidenceTextWordings.say('tooLarge', { size: 3, max: 67_108_864 }))).toBe('حجم المستند 3 بايتات، ولا يُقرأ النص إلا من المستندات التي لا يتجاوز حجمها 67,108,864 بايت');
  });
});
