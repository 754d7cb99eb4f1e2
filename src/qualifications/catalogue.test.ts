import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { CONFLICT_TYPES, TARGET_OBJECTS, type ConflictType, type TargetObject } from '../vocab/vocabularies.js';
import {
  applicabilityWarnings,
  CATALOGUE_TEXT_LANGUAGES,
  CATALOGUE_TEXTS,
  ELEMENT_STATUSES,
  elementStatusSummary,
  LEGAL_CATALOGUE,
  LEGAL_CATALOGUE_VERSION,
  provision,
  suggestedProvisions,
  TRANSLATED_CATALOGUE,
  type ElementAssessment,
  type Provision,
} from './catalogue.js';
import { NIAC_CIVILIAN_OBJECT_GAP } from './target-suggestions.js';

/** The provisions DOMAIN.md and the brief ask for. */
const REQUIRED = [
  'rs-7-1-a', 'rs-7-1-d', 'rs-7-1-e', 'rs-7-1-f', 'rs-7-1-h', 'rs-7-1-i', 'rs-7-1-k',
  'rs-8-2-a-i', 'rs-8-2-a-ii-1', 'rs-8-2-a-iv', 'rs-8-2-a-vii-1',
  'rs-8-2-b-i', 'rs-8-2-b-ii', 'rs-8-2-b-iii', 'rs-8-2-b-iv', 'rs-8-2-b-ix', 'rs-8-2-b-xvii', 'rs-8-2-b-xviii', 'rs-8-2-b-xxiv', 'rs-8-2-b-xxv',
  'rs-8-2-c-i-1', 'rs-8-2-c-i-4',
  'rs-8-2-e-i', 'rs-8-2-e-ii', 'rs-8-2-e-iii', 'rs-8-2-e-iv', 'rs-8-2-e-viii', 'rs-8-2-e-xiv', 'rs-8-2-e-xix',
];
const COUNTERPARTS: [string, string][] = [
  ['rs-8-2-b-ix', 'rs-8-2-e-iv'],
  ['rs-8-2-b-iii', 'rs-8-2-e-iii'],
  ['rs-8-2-b-xxiv', 'rs-8-2-e-ii'],
  ['rs-8-2-b-i', 'rs-8-2-e-i'],
  ['rs-8-2-b-xviii', 'rs-8-2-e-xiv'],
  ['rs-8-2-b-xxv', 'rs-8-2-e-xix'],
  ['rs-8-2-b-xvii', 'rs-8-2-e-xiii'],
];

const ids = (targetObject: TargetObject, conflictType: ConflictType) =>
  suggestedProvisions(targetObject, conflictType).provisions.map((s) => s.provisionId).sort();

describe('legal catalogue', () => {
  it('holds every required provision, with unique ids, in version 1', () => {
    expect(LEGAL_CATALOGUE_VERSION).toBe('1');
    const all = LEGAL_CATALOGUE.map((p) => p.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(REQUIRED));
    expect(provision('rs-8-2-e-iv').citation).toBe('Rome Statute art. 8(2)(e)(iv)');
  });

  it('gives every provision a contextual element, a conduct or consequence element and a mental element', () => {
    for (const p of LEGAL_CATALOGUE) {
      const kinds = p.elements.map((e) => e.kind);
      expect(kinds, p.id).toContain('contextual');
      expect(kinds, p.id).toContain('mental');
      expect(kinds.some((k) => k === 'conduct' || k === 'consequence'), p.id).toBe(true);
      expect(p.elements.map((e) => e.id), p.id).toEqual(p.elements.map((_, i) => `e${i + 1}`));
      for (const e of p.elements) expect(e.summary.length, `${p.id} ${e.id}`).toBeGreaterThan(10);
      expect(p.citation, p.id).toMatch(/^Rome Statute art\. [78]\(/);
      expect(p.title.length, p.id).toBeGreaterThan(5);
    }
  });

  it('scopes each article to its conflict types and writes the matching contextual element', () => {
    for (const p of LEGAL_CATALOGUE) {
      const contextual = p.elements.filter((e) => e.kind === 'contextual').map((e) => e.summary).join(' ');
      if (p.id.startsWith('rs-7-')) {
        expect(p.category, p.id).toBe('crime_against_humanity');
        expect([...p.conflictTypes].sort(), p.id).toEqual(['international', 'non_international']);
        expect(contextual, p.id).toMatch(/widespread or systematic attack directed against a civilian population/);
      } else if (/^rs-8-2-[ab]-/.test(p.id)) {
        expect(p.category, p.id).toBe('war_crime');
        expect(p.conflictTypes, p.id).toEqual(['international']);
        expect(contextual, p.id).toMatch(/an international armed conflict/);
      } else {
        expect(p.id, p.id).toMatch(/^rs-8-2-[ce]-/);
        expect(p.conflictTypes, p.id).toEqual(['non_international']);
        expect(contextual, p.id).toMatch(/armed conflict not of an international character/);
      }
    }
  });

  it('links counterparts symmetrically, to an existing provision for the other type of conflict', () => {
    for (const p of LEGAL_CATALOGUE) {
      if (p.counterpart === undefined) continue;
      const other = provision(p.counterpart);
      expect(other.counterpart, p.id).toBe(p.id);
      expect(other.conflictTypes.some((t) => p.conflictTypes.includes(t)), p.id).toBe(false);
    }
    for (const [iac, niac] of COUNTERPARTS) expect(provision(iac).counterpart).toBe(niac);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(LEGAL_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(provision('rs-7-1-a'))).toBe(true);
    expect(Object.isFrozen(provision('rs-7-1-a').elements[0])).toBe(true);
  });

  it('rejects an unknown provision naming the field', () => {
    const error = (() => {
      try {
        provision('rs-8-2-e-xx');
      } catch (e) {
        return e;
      }
    })();
    expect(isDossierError(error, 'VALIDATION_FAILED')).toBe(true);
    expect(isDossierError(error) && error.details.field).toBe('provision');
    expect(String(error)).toMatch(/unknown provision "rs-8-2-e-xx"/);
  });
});

describe('the catalogue in French and Arabic', () => {
  /** The words of the law, as the French and Arabic texts of the Rome Statute and the Elements of Crimes write them. */
  const TERMS: { en: RegExp; fr: RegExp; ar: RegExp }[] = [
    { en: /crime against humanity/i, fr: /crime contre l’humanité/i, ar: /جريمة ضد الإنسانية/ },
    { en: /war crime/i, fr: /crime de guerre/i, ar: /جريمة الحرب/ },
    { en: /widespread or systematic attack directed against a civilian population/, fr: /attaque généralisée ou systématique lancée contre une population civile/, ar: /هجوم واسع النطاق أو منهجي موجه ضد مجموعة من السكان المدنيين/ },
    { en: /(?<!non-)international armed conflict/, fr: /conflit armé international/, ar: /نزاع مسلح دولي/ },
    { en: /armed conflict not of an international character/, fr: /conflit armé ne présentant pas un caractère international/, ar: /نزاع مسلح غير ذي طابع دولي/ },
    { en: /Geneva Conventions/, fr: /Conventions de Genève/, ar: /اتفاقيات جنيف/ },
    { en: /hors de combat/, fr: /hors de combat/, ar: /عاجزين عن القتال/ },
    { en: /military necessity/i, fr: /nécessités militaires/, ar: /ضرورة عسكرية|الضرورة العسكرية/ },
    { en: /\bperpetrator\b/i, fr: /\bl’auteur\b/i, ar: /مرتكب الجريمة/ },
  ];
  const textsOf = (p: Provision) => [p.title, ...p.elements.map((e) => e.summary), ...p.notes, p.otherConflictAdvice ?? ''];

  it('translates every provision, element, note and piece of advice, and nothing the catalogue does not have', () => {
    for (const language of CATALOGUE_TEXT_LANGUAGES) {
      const texts = CATALOGUE_TEXTS[language];
      expect(Object.keys(texts).sort(), language).toEqual(LEGAL_CATALOGUE.map((p) => p.id).sort());
      for (const p of LEGAL_CATALOGUE) {
        const where = `${language} ${p.id}`;
        const text = texts[p.id];
        expect(text, where).toBeDefined();
        if (!text) continue;
        expect(text.title.length, where).toBeGreaterThan(5);
        expect(text.title, where).not.toBe(p.title);
        expect(Object.keys(text.elements), where).toEqual(p.elements.map((e) => e.id));
        for (const e of p.elements) {
          expect(text.elements[e.id]?.length ?? 0, `${where} ${e.id}`).toBeGreaterThan(10);
          expect(text.elements[e.id], `${where} ${e.id}`).not.toBe(e.summary);
        }
        expect(text.notes.length, `${where} notes`).toBe(p.notes.length);
        for (const note of text.notes) expect(note.length, `${where} notes`).toBeGreaterThan(10);
        expect(text.otherConflictAdvice === undefined, `${where} otherConflictAdvice`).toBe(p.otherConflictAdvice === undefined);
      }
    }
  });

  it('uses the Statute’s words in French and Arabic wherever the English uses them, element by element', () => {
    for (const p of LEGAL_CATALOGUE) {
      for (const language of CATALOGUE_TEXT_LANGUAGES) {
        const text = CATALOGUE_TEXTS[language][p.id]!;
        const translated = [text.title, ...p.elements.map((e) => text.elements[e.id] ?? ''), ...text.notes, text.otherConflictAdvice ?? ''];
        textsOf(p).forEach((english, index) => {
          for (const term of TERMS) if (term.en.test(english)) expect(translated[index], `${language} ${p.id} [${index}] ${term.en}`).toMatch(term[language]);
        });
      }
    }
  });

  it('writes the Arabic in Arabic letters without Latin words, and the French with typographic apostrophes', () => {
    for (const p of LEGAL_CATALOGUE) {
      const ar = CATALOGUE_TEXTS.ar[p.id]!;
      const fr = CATALOGUE_TEXTS.fr[p.id]!;
      for (const text of [ar.title, ...Object.values(ar.elements), ...ar.notes, ...(ar.otherConflictAdvice === undefined ? [] : [ar.otherConflictAdvice])]) {
        expect(text, p.id).toMatch(/\p{Script=Arabic}/u);
        expect(text, p.id).not.toMatch(/[A-Za-z]/);
      }
      for (const text of [fr.title, ...Object.values(fr.elements), ...fr.notes, fr.otherConflictAdvice ?? '']) expect(text, p.id).not.toMatch(/'/);
    }
  });

  it('serves each provision unchanged in English, with its translations beside it', () => {
    expect(TRANSLATED_CATALOGUE.map((p) => p.id)).toEqual(LEGAL_CATALOGUE.map((p) => p.id));
    TRANSLATED_CATALOGUE.forEach((served, index) => {
      const { translations, ...english } = served;
      expect(english).toEqual(LEGAL_CATALOGUE[index]);
      expect(translations).toEqual({ fr: CATALOGUE_TEXTS.fr[served.id], ar: CATALOGUE_TEXTS.ar[served.id] });
    });
    expect(Object.isFrozen(TRANSLATED_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(TRANSLATED_CATALOGUE[0]!.translations)).toBe(true);
    expect(Object.isFrozen(CATALOGUE_TEXTS.ar['rs-7-1-a']!.elements)).toBe(true);
    expect(CATALOGUE_TEXTS.fr['rs-8-2-e-iv']!.elements.e4).toBe('Le comportement a eu lieu dans le contexte de et était associé à un conflit armé ne présentant pas un caractère international.');
    expect(CATALOGUE_TEXTS.ar['rs-8-2-b-ix']!.elements.e4).toBe('صدر السلوك في سياق نزاع مسلح دولي وكان مقترناً به.');
  });
});

describe('applicabilityWarnings', () => {
  const warningTexts = (id: string, conflict: ConflictType) => applicabilityWarnings(id, conflict).map((w) => w.text);

  it('says each warning with a stable code and its values, for the web app to say in the reader\'s language', () => {
    expect(applicabilityWarnings('rs-8-2-b-ix', 'non_international')).toEqual([
      expect.objectContaining({ code: 'qualification.counterpart', values: { citation: 'Rome Statute art. 8(2)(b)(ix)', scope: 'international', other: 'non_international', counterpart: 'Rome Statute art. 8(2)(e)(iv)' } }),
    ]);
    expect(applicabilityWarnings('rs-8-2-b-ii', 'non_international')[0]).toMatchObject({ code: 'qualification.advice', values: { provision: 'rs-8-2-b-ii' } });
    expect(applicabilityWarnings('rs-8-2-e-xiv', 'non_international')[0]).toMatchObject({ code: 'qualification.amendment', values: { amendment: 'kampala_2010', adopted: '2010-06-10' } });
  });

  it('flags that non-international conflict has no crime of attacking civilian objects', () => {
    expect(warningTexts('rs-8-2-b-ii', 'non_international')).toEqual([
      'Rome Statute art. 8(2)(b)(ii) applies to international armed conflicts only; non-international conflict has no crime of attacking civilian objects as such — consider 8(2)(e)(xii) destruction of property or (e)(iv) where the objects are protected',
    ]);
  });

  it('flags that non-international conflict has no crime of disproportionate attack', () => {
    const [warning, ...rest] = warningTexts('rs-8-2-b-iv', 'non_international');
    expect(rest).toEqual([]);
    expect(warning).toMatch(/^Rome Statute art\. 8\(2\)\(b\)\(iv\) applies to international armed conflicts only; non-international conflict has no crime of launching a disproportionate attack/);
  });

  it('suggests the counterpart when a provision is used for the wrong type of conflict', () => {
    expect(warningTexts('rs-8-2-b-ix', 'non_international')).toEqual([
      expect.stringMatching(/applies to international armed conflicts only; .*consider its counterpart Rome Statute art\. 8\(2\)\(e\)\(iv\)/),
    ]);
    expect(warningTexts('rs-8-2-e-iii', 'international')[0]).toMatch(/non-international armed conflicts only; .*Rome Statute art\. 8\(2\)\(b\)\(iii\)/);
  });

  it('warns that the 2019 starvation amendment binds only ratifying States', () => {
    const [warning] = warningTexts('rs-8-2-e-xix', 'non_international');
    expect(warning).toMatch(/8\(2\)\(e\)\(xix\) was added by .*2019.*ratified/);
    expect(provision('rs-8-2-e-xix').notes.join(' ')).toMatch(/Syria is not a State Party/);
    expect(warningTexts('rs-8-2-e-xiv', 'non_international')[0]).toMatch(/Kampala amendment.*ratified/);
  });

  it('has nothing to say when the provision fits', () => {
    expect(warningTexts('rs-8-2-e-i', 'non_international')).toEqual([]);
    expect(warningTexts('rs-8-2-b-ii', 'international')).toEqual([]);
    for (const t of CONFLICT_TYPES) expect(warningTexts('rs-7-1-a', t)).toEqual([]);
  });

  it('rejects an unknown conflict type naming the field', () => {
    expect(() => applicabilityWarnings('rs-8-2-e-i', 'civil_war' as ConflictType)).toThrow(/^conflictType: unknown term "civil_war" in vocabulary conflict_types/);
  });
});

describe('suggestedProvisions', () => {
  it('suggests the hospital provisions for each type of conflict', () => {
    expect(ids('hospital', 'international')).toEqual(['rs-8-2-b-ix', 'rs-8-2-b-xxiv']);
    expect(ids('hospital', 'non_international')).toEqual(['rs-8-2-e-ii', 'rs-8-2-e-iv']);
    expect(suggestedProvisions('hospital', 'non_international').warnings).toEqual([]);
  });

  it('never suggests a provision that does not apply to the conflict, and suggests something for every target in IAC', () => {
    for (const target of TARGET_OBJECTS) {
      for (const conflict of CONFLICT_TYPES) {
        for (const { provisionId, reason } of suggestedProvisions(target, conflict).provisions) {
          expect(provision(provisionId).conflictTypes, `${target} ${conflict}`).toContain(conflict);
          expect(reason.length).toBeGreaterThan(10);
        }
      }
      expect(ids(target, 'international').length, target).toBeGreaterThan(0);
    }
  });

  it('suggests the protected-building and humanitarian provisions', () => {
    for (const target of ['school', 'place_of_worship', 'cultural_property'] as const) {
      expect(ids(target, 'international'), target).toEqual(['rs-8-2-b-ix']);
      expect(ids(target, 'non_international'), target).toEqual(['rs-8-2-e-iv']);
    }
    expect(ids('un_premises', 'international')).toEqual(['rs-8-2-b-iii']);
    expect(ids('humanitarian_convoy', 'non_international')).toContain('rs-8-2-e-iii');
    expect(ids('medical_transport', 'non_international')).toEqual(['rs-8-2-e-ii']);
  });

  it('for civilian objects in non-international conflict, suggests attacking civilians and flags the gap', () => {
    expect(ids('residential', 'international')).toEqual(['rs-8-2-b-i', 'rs-8-2-b-ii', 'rs-8-2-b-iv']);
    expect(suggestedProvisions('residential', 'international').warnings).toEqual([]);
    const niac = suggestedProvisions('market', 'non_international');
    expect(niac.provisions.map((s) => s.provisionId)).toEqual(['rs-8-2-e-i']);
    expect(niac.warnings).toEqual([NIAC_CIVILIAN_OBJECT_GAP]);
    expect(NIAC_CIVILIAN_OBJECT_GAP).toMatch(/no Rome Statute crime of attacking civilian objects/);
  });

  it('adds starvation for objects indispensable to survival, with the amendment caveat in NIAC', () => {
    expect(ids('bakery_or_food_distribution', 'international')).toContain('rs-8-2-b-xxv');
    const water = suggestedProvisions('water_facility', 'non_international');
    expect(water.provisions.map((s) => s.provisionId)).toContain('rs-8-2-e-xix');
    expect(water.warnings).toEqual(expect.arrayContaining([NIAC_CIVILIAN_OBJECT_GAP, expect.stringMatching(/\(e\)\(xix\).*ratified/)]));
  });

  it('suggests displacement for camps, and treats a claimed military objective as a claim', () => {
    expect(ids('displacement_camp', 'non_international')).toEqual(expect.arrayContaining(['rs-8-2-e-viii', 'rs-7-1-d']));
    const claimed = suggestedProvisions('military_objective', 'non_international');
    expect(claimed.provisions).toEqual([]);
    expect(claimed.warnings.join(' ')).toMatch(/claim to assess.*disproportionate attack/);
    expect(ids('military_objective', 'international')).toEqual(['rs-8-2-b-iv']);
  });

  it('rejects an unknown target naming the field', () => {
    expect(() => suggestedProvisions('bridge' as TargetObject, 'international')).toThrow(/^targetObject: unknown term "bridge"/);
  });
});

describe('elementStatusSummary', () => {
  const all = (status: ElementAssessment['status']): ElementAssessment[] => provision('rs-8-2-e-iv').elements.map((e) => ({ elementId: e.id, status }));

  it('reports allMet only when every element is assessed as met', () => {
    const summary = elementStatusSummary(all('met'), 'rs-8-2-e-iv');
    expect(summary).toMatchObject({ provisionId: 'rs-8-2-e-iv', allMet: true, missing: [], partly: [], unmet: [], unknown: [] });
    expect(summary.met).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(ELEMENT_STATUSES).toEqual(['met', 'partly', 'unmet', 'unknown']);
  });

  it('never reports allMet when an element is missing, counting it as unknown', () => {
    const summary = elementStatusSummary(all('met').filter((e) => e.elementId !== 'e5'), 'rs-8-2-e-iv');
    expect(summary.allMet).toBe(false);
    expect(summary.missing).toEqual(['e5']);
    expect(summary.unknown).toEqual(['e5']);
    expect(summary.met).toEqual(['e1', 'e2', 'e3', 'e4']);
    const empty = elementStatusSummary([], 'rs-7-1-a');
    expect(empty).toMatchObject({ allMet: false, met: [], missing: ['e1', 'e2', 'e3'], unknown: ['e1', 'e2', 'e3'] });
  });

  it('groups each status', () => {
    const summary = elementStatusSummary(
      [
        { elementId: 'e1', status: 'met' },
        { elementId: 'e2', status: 'partly' },
        { elementId: 'e3', status: 'unmet' },
        { elementId: 'e4', status: 'unknown' },
      ],
      'rs-8-2-e-iv',
    );
    expect(summary).toEqual({ provisionId: 'rs-8-2-e-iv', met: ['e1'], partly: ['e2'], unmet: ['e3'], unknown: ['e4', 'e5'], missing: ['e5'], allMet: false });
  });

  it('rejects elements the provision does not have, unknown statuses and double assessments', () => {
    expect(() => elementStatusSummary([{ elementId: 'e9', status: 'met' }], 'rs-8-2-e-iv')).toThrow(/^elements\[0\]\.elementId: provision rs-8-2-e-iv has no element "e9"/);
    expect(() => elementStatusSummary([{ elementId: 'e1', status: 'proven' as 'met' }], 'rs-8-2-e-iv')).toThrow(/^elements\[0\]\.status: unknown status "proven"/);
    expect(() =>
      elementStatusSummary(
        [
          { elementId: 'e1', status: 'met' },
          { elementId: 'e1', status: 'unmet' },
        ],
        'rs-8-2-e-iv',
      ),
    ).toThrow(/^elements\[1\]\.elementId: element e1 is assessed more than once/);
    expect(() => elementStatusSummary([], 'nope')).toThrow(/^provision: unknown provision/);
  });
});
