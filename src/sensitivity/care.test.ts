import { describe, expect, it } from 'vitest';
import { BLUR_SETTINGS, blurs, DEFAULT_BLUR, GRAPHIC_LABEL, isBlurSetting, utcDay } from './care.js';
import { isBuiltInLabel } from './case-labels.js';
import { graphicWords, suggestLabels } from './intake-heuristic.js';

describe('blurring for the people who look at the material', () => {
  it('blurs everything, graphic items only (the default), or nothing, as each reader chooses', () => {
    expect(DEFAULT_BLUR).toBe('graphic');
    expect(BLUR_SETTINGS.map((setting) => blurs(setting, [GRAPHIC_LABEL, 'deleted_by_source']))).toEqual([true, true, false]);
    expect(BLUR_SETTINGS.map((setting) => blurs(setting, ['deleted_by_source']))).toEqual([true, false, false]);
    expect(BLUR_SETTINGS.map((setting) => blurs(setting, []))).toEqual([true, false, false]);
  });

  it('knows its settings and no others', () => {
    expect(['always', 'graphic', 'never'].every(isBlurSetting)).toBe(true);
    expect([undefined, null, 'Graphic', 'sometimes', 1].some(isBlurSetting)).toBe(false);
  });

  it('counts exposure by the UTC day, whatever the reader’s clock says', () => {
    // 01:30 in Damascus (UTC+3) is still the day before in UTC.
    expect(utcDay(new Date('2026-03-01T01:30:00+03:00'))).toBe('2026-02-28');
    expect(utcDay(new Date('2026-02-28T23:59:59.999Z'))).toBe('2026-02-28');
  });

  it('tells the built-in labels from a case’s own', () => {
    expect(isBuiltInLabel(GRAPHIC_LABEL)).toBe(true);
    expect(isBuiltInLabel('deleted_by_source')).toBe(true);
    expect(isBuiltInLabel('minor_visible_in_case_7')).toBe(false);
  });
});

describe('the intake heuristic beyond single words', () => {
  it('folds accents, case, Arabic letter shapes and short vowels before matching', () => {
    expect(graphicWords('CADAVRES retrouvés')).toEqual(['cadavre']);
    expect(graphicWords('Blessés et TUÉS à Alep')).toEqual(['blesse', 'tues']);
    expect(graphicWords('مَجْزَرَة حلب')).toEqual(['مجزره']);
    expect(graphicWords('صور الجرحى والقتلى')).toEqual(['جرحي', 'قتلي']);
  });

  it('finds words joined by hyphens or underscores as file names join them', () => {
    expect(graphicWords('mass-grave_near_town.mp4')).toEqual(['mass-grave']);
    expect(graphicWords('dead-body-found.jpg')).toEqual(['dead-bod']);
    expect(suggestLabels({ originalName: 'mass-grave-izium.jpg' })).toEqual([{ label: 'graphic_violence', reason: { code: 'graphic_words', words: ['mass-grave'] } }]);
    expect(graphicWords('مقبرة_جماعية.jpg')).toEqual(['مقبره جماعيه']);
  });

  it('finds terms of several words whether spaces, underscores, hyphens or dots join them, in every language', () => {
    expect(suggestLabels({ note: 'Exhumation of a mass grave near Izium' })).toEqual([{ label: 'graphic_violence', reason: { code: 'graphic_words', words: ['mass-grave'] } }]);
    expect(suggestLabels({ originalName: 'mass_grave_izium.jpg' })).toEqual([{ label: 'graphic_violence', reason: { code: 'graphic_words', words: ['mass-grave'] } }]);
    expect(graphicWords('dead_body_found.jpg')).toEqual(['dead-bod']);
    expect(graphicWords('Dead bodies in the street')).toEqual(['dead-bod']);
    expect(graphicWords('corps sans vie')).toEqual(['corps-sans-vie']);
    expect(graphicWords('corps_sans_vie.mp4')).toEqual(['corps-sans-vie']);
    expect(graphicWords('mass.grave.2022.jpg')).toEqual(['mass-grave']);
    expect(graphicWords('MASS  GRAVES')).toEqual(['mass-grave']);
    expect(graphicWords('مقبرة جماعية')).toEqual(['مقبره جماعيه']);
    expect(graphicWords('مقبرة-جماعية.jpg')).toEqual(['مقبره جماعيه']);
    expect(graphicWords('مقبرة.جماعية.jpg')).toEqual(['مقبره جماعيه']);
    expect(graphicWords('قطع_رأس')).toEqual(['قطع راس']);
  });

  it('does not join words across lines or fields, nor match a term inside a longer word', () => {
    expect(suggestLabels({ title: 'Christmas', note: 'grave concerns' })).toEqual([]);
    expect(graphicWords('the mass\ngrave')).toEqual([]);
    expect(graphicWords('biomass grave')).toEqual([]);
    expect(graphicWords('undead body')).toEqual([]);
  });

  it('suggests both labels for a graphic page its source took down, and nothing for a status that is not gone', () => {
    expect(suggestLabels({ title: 'Execution video', source: 'https://example.org/v/1', httpStatus: 451 }).map((s) => s.label)).toEqual(['graphic_violence', 'deleted_by_source']);
    expect(suggestLabels({ title: 'Report', httpStatus: 500 })).toEqual([]);
    expect(suggestLabels({ title: 'Report', httpStatus: null })).toEqual([]);
    expect(suggestLabels({})).toEqual([]);
  });
});
