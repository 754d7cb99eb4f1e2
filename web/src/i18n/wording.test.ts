import { afterEach, describe, expect, it } from 'vitest';
import type { Wordings } from '../../../src/common/wording.js';
import { applicabilityWarnings } from '../../../src/qualifications/catalogue.js';
import { setActiveLocale } from './active-locale.js';
import { ALL_MESSAGES } from './catalogue.js';
import { knowsWording, wordingText } from './wording.js';

/** Every module of the server that words things for people, by the naming rule `*-wordings.ts`. */
const serverModules = import.meta.glob<Record<string, unknown>>('../../../src/**/*-wordings.ts', { eager: true });
const serverWordings = Object.values(serverModules).flatMap((module) =>
  Object.values(module).filter((value): value is Wordings<string> => typeof value === 'object' && value !== null && 'area' in value && 'say' in value),
);

describe('the server’s wordings in the app', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('has every code of every server wording in the catalogue, with the server’s English', () => {
    expect(serverWordings.length).toBeGreaterThan(0);
    const byId = new Map(ALL_MESSAGES.map((message) => [message.id, message]));
    const missing: string[] = [];
    for (const wordings of serverWordings) {
      for (const [key, english] of Object.entries(wordings.english)) {
        const message = byId.get(`wording.${wordings.area}.${key}`);
        if (!message) missing.push(`${wordings.area}.${key}`);
        else expect(message.en).toBe(english);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says a qualification’s warnings in French and Arabic from the code and values, with the page’s own words where given', () => {
    const [counterpart] = applicabilityWarnings('rs-8-2-b-ix', 'non_international');
    const [amendment] = applicabilityWarnings('rs-8-2-e-xiv', 'non_international');
    const [advice] = applicabilityWarnings('rs-8-2-b-ii', 'non_international');
    setActiveLocale('en', undefined);
    expect(wordingText(counterpart!)).toBe(counterpart!.text);
    setActiveLocale('fr', undefined);
    expect(wordingText(counterpart!)).toBe(
      'Rome Statute art. 8(2)(b)(ix) ne s’applique qu’aux conflits armés internationaux ; pour les conflits armés ne présentant pas un caractère international, envisager la disposition équivalente : Rome Statute art. 8(2)(e)(iv)',
    );
    expect(wordingText(amendment!)).toMatch(/^Rome Statute art\. 8\(2\)\(e\)\(xiv\) a été ajouté par l’amendement de Kampala à l’article 8 \(2010\), adopté le 2010-06-10,/);
    expect(wordingText(advice!, { advice: 'envisager l’article 8-2-e-xii' })).toMatch(/; envisager l’article 8-2-e-xii$/);
    setActiveLocale('ar', undefined);
    expect(wordingText(counterpart!)).toMatch(/^لا تنطبق Rome Statute art\. 8\(2\)\(b\)\(ix\) إلا على النزاعات المسلحة الدولية؛ وفي النزاعات المسلحة غير ذات الطابع الدولي/);
  });

  it('shows a wording it does not know as the server wrote it', () => {
    setActiveLocale('ar', undefined);
    const unknown = { code: 'qualification.notYetKnown', values: { citation: 'x' }, text: 'Something new from a newer server' };
    expect(knowsWording(unknown)).toBe(false);
    expect(wordingText(unknown)).toBe('Something new from a newer server');
  });
});
