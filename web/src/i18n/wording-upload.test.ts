import { afterEach, describe, expect, it } from 'vitest';
import { invalidFieldSaid } from '../../../src/common/wording-errors.js';
import { handoverWordings } from '../../../src/evidence/handover-wordings.js';
import { multipartFault } from '../../../src/server/multipart-faults.js';
import { ApiError, errorText } from '../api.js';
import { errorAsReceived } from './error-received.js';
import { setActiveLocale } from './active-locale.js';

/**
 * The server's own words on a file it would not take in, as the handover panel lists them (errorText), said by
 * the app in French and Arabic (in Arabic with its own digits, as a reader who chose none sees them).
 */

describe('the server’s words on a handed-over file not taken in, in the reader’s language', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('says why a file’s path or time was refused, and an upload cut short', () => {
    const tooLong = errorAsReceived(() => {
      throw invalidFieldSaid('path', handoverWordings.say('pathTooLong', { max: 4096 }));
    });
    const cut = errorAsReceived(() => {
      throw multipartFault(new Error('Unexpected end of multipart data'), { partsSeen: 3, receiving: 'IMG_0001.JPG' });
    });
    expect([tooLong.wording?.code, cut.wording?.code]).toEqual(['handover.pathTooLong', 'upload.cutShort']);
    setActiveLocale('en', undefined);
    expect(errorText(tooLong)).toBe('path: must be at most 4096 characters');
    setActiveLocale('fr', undefined);
    expect(errorText(tooLong)).toBe('Une valeur n’est pas valide (path) : ne doit pas dépasser 4\u202f096 caractères');
    expect(errorText(cut)).toBe('Une valeur n’est pas valide (body) : s’arrête avant sa limite de fin : l’envoi a été interrompu ; le fichier « IMG_0001.JPG » n’a pas été conservé');
    setActiveLocale('ar', undefined);
    expect(errorText(tooLong)).toBe('إحدى القيم غير صالحة (path): يجب ألا يتجاوز ٤٬٠٩٦ حرفًا');
    expect(errorText(cut)).toBe('إحدى القيم غير صالحة (body): ينتهي قبل حدّه الختامي: انقطع الرفع قبل اكتماله؛ ولم يُحفظ الملف «IMG_0001.JPG»');
  });

  it('says a file too large for the server in the reader’s words, and keeps the English of an error it cannot word', () => {
    const tooLarge = new ApiError(413, 'PAYLOAD_TOO_LARGE', 'file big.mp4 exceeds the upload size limit', 'file', {
      code: 'upload.fileTooLarge',
      values: { name: 'big.mp4' },
      text: 'file big.mp4 exceeds the upload size limit',
    });
    setActiveLocale('fr', undefined);
    expect(errorText(tooLarge)).toBe('Trop volumineux pour ce serveur (file) : le fichier big.mp4 dépasse la taille maximale autorisée pour un envoi');
    setActiveLocale('ar', undefined);
    expect(errorText(tooLarge)).toBe('أكبر مما يقبله هذا الخادم (file): الملف big.mp4 يتجاوز الحد الأقصى لحجم الرفع');
    const older = new ApiError(507, 'DISK_FULL', 'no space left on the disk holding the vault', undefined, { code: 'upload.notYetKnown', values: {}, text: 'no space left on the disk holding the vault' });
    expect(errorText(older)).toBe('قرص الخادم ممتلئ: لم يُكتب شيء: no space left on the disk holding the vault');
  });
});
