import { describe, expect, it } from 'vitest';
import { graphicWords, suggestLabels } from './intake-heuristic.js';

describe('labels suggested at intake', () => {
  it('finds words of graphic violence in English, French and Arabic file names and notes', () => {
    expect(graphicWords('aftermath_of_massacre_2016.mp4')).toEqual(['massacre']);
    expect(graphicWords('Exécution sommaire à Douma')).toEqual(['execution']);
    expect(graphicWords('Des blessés après l’attaque chimique')).toEqual(['blesse', 'chimique']);
    expect(graphicWords('فيديو مجزرة الغوطة.mp4')).toEqual(['مجزره']);
    expect(graphicWords('جثث في الشارع')).toEqual(['جثث']);
    expect(graphicWords('BEHEADING video')).toEqual(['behead']);
  });

  it('suggests nothing for harmless words that merely start like one', () => {
    expect(graphicWords('sangria at the market, tuesday, sarinda.jpg')).toEqual([]);
    expect(graphicWords('school_building_front.jpg')).toEqual([]);
    expect(suggestLabels({ originalName: 'map-of-aleppo.png', source: 'https://example.org/report', note: 'overview' })).toEqual([]);
  });

  it('suggests graphic violence with the words found, and deleted by its source for a page answering 404, 410 or 451', () => {
    expect(suggestLabels({ originalName: 'clip.mp4', note: 'corpses in the street' })).toEqual([{ label: 'graphic_violence', reason: { code: 'graphic_words', words: ['corpse'] } }]);
    expect(suggestLabels({ originalName: 'example.org-20260101T000000Z.wacz', httpStatus: 404 })).toEqual([{ label: 'deleted_by_source', reason: { code: 'source_gone', httpStatus: 404 } }]);
    expect(suggestLabels({ title: 'Gone', httpStatus: 410 }).map((s) => s.label)).toEqual(['deleted_by_source']);
    expect(suggestLabels({ title: 'Injured children', httpStatus: 200 }).map((s) => s.label)).toEqual(['graphic_violence']);
    expect(suggestLabels({ title: 'Moved', httpStatus: 301 })).toEqual([]);
  });
});
