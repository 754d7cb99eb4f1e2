import { describe, expect, it } from 'vitest';
import { findTermMentions } from './term-mentions.js';

/** Each mention as "words → vocabulary:term". */
function read(text: string, actors: Parameters<typeof findTermMentions>[1] = []) {
  return findTermMentions(text, actors).map((mention) => `${text.slice(mention.start, mention.end)} → ${mention.vocab}:${mention.term}`);
}

describe('vocabulary terms found in running text', () => {
  it('finds means, agents, targets, victims and kinds of actor in English, plurals and hyphens included', () => {
    expect(read('Government forces dropped barrel bombs on a hospital and two schools; chlorine was used. Ground-to-ground rockets hit residential buildings and an aid convoy; ten civilians, four of them children, were killed.')).toEqual([
      'Government forces → actor_type:state_armed_forces',
      'barrel bombs → means:barrel_bomb',
      'hospital → target:hospital',
      'schools → target:school',
      'chlorine → toxic_agent:chlorine',
      'Ground-to-ground rockets → means:rocket',
      'residential buildings → target:residential',
      'aid convoy → target:humanitarian_convoy',
      'civilians → victim_role:civilian',
      'children → victim_role:child',
    ]);
  });

  it('finds Arabic terms with a joined conjunction, preposition or article, and not inside other words', () => {
    expect(read('ألقت قوات النظام براميل متفجرة على المستشفى والمدارس، وقصفت بالبراميل سوقاً، وقتل عشرة مدنيين بينهم أطفال. وقالت فرنسا.')).toEqual([
      'قوات النظام → actor_type:state_armed_forces',
      'براميل متفجرة → means:barrel_bomb',
      'المستشفى → target:hospital',
      'المدارس → target:school',
      'البراميل → means:barrel_bomb',
      'مدنيين → victim_role:civilian',
      'أطفال → victim_role:child',
    ]);
  });

  it("finds the case's actors by any of their names", () => {
    const actors = [{ id: 'act_saaf', names: ['Syrian Arab Air Force', 'SyAAF', 'القوات الجوية العربية السورية'] }];
    expect(read('The SyAAF and the Syrian Arab Air Force, named القوات الجوية العربية السورية in Arabic.', actors).filter((m) => m.includes('actor:'))).toEqual([
      'SyAAF → actor:act_saaf',
      'Syrian Arab Air Force → actor:act_saaf',
      'القوات الجوية العربية السورية → actor:act_saaf',
    ]);
  });
});
