import { describe, expect, it } from 'vitest';
import {
  ACLED_EVENT_FOR_INCIDENT_TYPE,
  ACLED_INTER_CODES,
  ACLED_SUB_EVENT_TYPES,
  acledEventFor,
  acledInterFor,
  incidentTypeFromAcled,
  interactionCode,
  type AcledInterCode,
} from './acled.js';
import { ACTOR_TYPES, INCIDENT_TYPES, type IncidentType } from './vocabularies.js';

describe('incident type → ACLED event type', () => {
  it('maps every incident type onto a real ACLED event type and sub-event type', () => {
    for (const type of INCIDENT_TYPES) {
      const mapping = acledEventFor(type);
      expect(ACLED_SUB_EVENT_TYPES[mapping.eventType] as readonly string[], type).toContain(mapping.subEventType);
      const expectedDisorder = mapping.eventType === 'Strategic developments' ? 'Strategic developments' : 'Political violence';
      expect(mapping.disorderType, type).toBe(expectedDisorder);
    }
    expect(Object.keys(ACLED_EVENT_FOR_INCIDENT_TYPE).sort()).toEqual([...INCIDENT_TYPES].sort());
  });

  it('says what is lost for every mapping that is not exact, and only for those', () => {
    for (const type of INCIDENT_TYPES) {
      const { exact, lossNote } = acledEventFor(type);
      if (exact) expect(lossNote, type).toBeUndefined();
      else expect(lossNote?.length ?? 0, type).toBeGreaterThan(20);
    }
  });

  it.each<[IncidentType, string, string, string]>([
    ['air_strike', 'Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
    ['barrel_bomb', 'Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
    ['artillery_rocket_missile', 'Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    ['chemical_attack', 'Political violence', 'Explosions/Remote violence', 'Chemical weapon'],
    ['ied_or_mine', 'Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    ['direct_fire', 'Political violence', 'Violence against civilians', 'Attack'],
    ['summary_execution', 'Political violence', 'Violence against civilians', 'Attack'],
    ['abduction', 'Political violence', 'Violence against civilians', 'Abduction/forced disappearance'],
    ['enforced_disappearance', 'Political violence', 'Violence against civilians', 'Abduction/forced disappearance'],
    ['sexual_violence', 'Political violence', 'Violence against civilians', 'Sexual violence'],
    ['arbitrary_detention', 'Strategic developments', 'Strategic developments', 'Arrests'],
    ['destruction_of_property', 'Strategic developments', 'Strategic developments', 'Looting/property destruction'],
    ['pillage', 'Strategic developments', 'Strategic developments', 'Looting/property destruction'],
  ])('%s → %s / %s / %s', (type, disorderType, eventType, subEventType) => {
    expect(acledEventFor(type)).toMatchObject({ disorderType, eventType, subEventType });
  });

  it('marks the types ACLED cannot express as lossy', () => {
    for (const type of ['barrel_bomb', 'siege', 'denial_of_humanitarian_access', 'forced_displacement', 'child_recruitment'] as const) {
      expect(acledEventFor(type).exact, type).toBe(false);
    }
    expect(acledEventFor('forced_displacement').lossNote).toMatch(/border/);
  });

  it('rejects an unknown incident type naming the field', () => {
    expect(() => acledEventFor('carpet_bombing' as IncidentType)).toThrow(/^incidentType: unknown term "carpet_bombing"/);
  });
});

describe('actor type → ACLED inter code', () => {
  it.each([
    ['state_armed_forces', 1],
    ['state_security', 1],
    ['state_intelligence', 1],
    ['external_state_force', 8],
    ['pro_government_militia', 3],
    ['rebel_group', 2],
    ['identity_militia', 4],
    ['private_military_company', 8],
    ['unidentified_armed_group', 3],
    ['individual', 7],
  ] as const)('%s → %i', (actorType, code) => {
    expect(acledInterFor(actorType).code).toBe(code);
  });

  it('covers every actor type with a code ACLED defines, explaining the conventions', () => {
    for (const actorType of ACTOR_TYPES) expect(Object.keys(ACLED_INTER_CODES)).toContain(String(acledInterFor(actorType).code));
    expect(acledInterFor('individual').note).toMatch(/unit/);
    expect(ACLED_INTER_CODES[8]).toBe('External/Other forces');
  });
});

describe('interactionCode', () => {
  it('puts the lower code first, whichever actor it belongs to', () => {
    expect(interactionCode(1, 7)).toBe(17);
    expect(interactionCode(7, 1)).toBe(17);
    expect(interactionCode(8, 2)).toBe(28);
    expect(interactionCode(3, 3)).toBe(33);
  });

  it('is ten times the code when there is one actor only', () => {
    expect(interactionCode(1)).toBe(10);
    expect(interactionCode(8)).toBe(80);
  });

  it('rejects codes ACLED does not have', () => {
    expect(() => interactionCode(9 as AcledInterCode, 1)).toThrow(/^inter1: must be an ACLED inter code/);
    expect(() => interactionCode(1, 0 as AcledInterCode)).toThrow(/^inter2: /);
    expect(() => interactionCode(1.5 as AcledInterCode)).toThrow(/inter1/);
  });
});

describe('incidentTypeFromAcled', () => {
  it('finds an unambiguous type where ACLED is as specific as Dossier', () => {
    expect(incidentTypeFromAcled('Explosions/Remote violence', 'Chemical weapon')).toEqual({ incidentType: 'chemical_attack', ambiguous: false, alternatives: [] });
    expect(incidentTypeFromAcled('Violence against civilians', 'Sexual violence')).toMatchObject({ incidentType: 'sexual_violence', ambiguous: false });
  });

  it('flags pairs that stand for several Dossier types', () => {
    const strike = incidentTypeFromAcled('Explosions/Remote violence', 'Air/drone strike');
    expect(strike).toMatchObject({ incidentType: 'air_strike', ambiguous: true });
    expect(strike.alternatives).toEqual(expect.arrayContaining(['barrel_bomb', 'incendiary_attack']));
    expect(incidentTypeFromAcled('Violence against civilians', 'Abduction/forced disappearance')).toMatchObject({ incidentType: 'abduction', ambiguous: true });
  });

  it('flags loose fits even with one candidate', () => {
    expect(incidentTypeFromAcled('Strategic developments', 'Arrests')).toEqual({ incidentType: 'arbitrary_detention', ambiguous: true, alternatives: [] });
    expect(incidentTypeFromAcled('Battles', 'Armed clash')).toMatchObject({ incidentType: 'direct_fire', ambiguous: true });
  });

  it('chooses nothing for "Other" but offers the candidates', () => {
    const other = incidentTypeFromAcled('Strategic developments', 'Other');
    expect(other.incidentType).toBeUndefined();
    expect(other.ambiguous).toBe(true);
    expect(other.alternatives).toEqual(expect.arrayContaining(['siege', 'forced_displacement']));
  });

  it('matches nothing for ACLED events outside Dossier’s scope', () => {
    expect(incidentTypeFromAcled('Protests', 'Peaceful protest')).toEqual({ incidentType: undefined, ambiguous: false, alternatives: [] });
  });

  it('finds every incident type again from its own ACLED mapping', () => {
    for (const type of INCIDENT_TYPES) {
      const { eventType, subEventType } = acledEventFor(type);
      const match = incidentTypeFromAcled(eventType, subEventType);
      expect([match.incidentType, ...match.alternatives], type).toContain(type);
    }
  });

  it('rejects unknown ACLED event and sub-event types naming the field', () => {
    expect(() => incidentTypeFromAcled('Explosions', 'Air/drone strike')).toThrow(/^eventType: unknown ACLED event type "Explosions"/);
    expect(() => incidentTypeFromAcled('Battles', 'Air/drone strike')).toThrow(/^subEventType: "Air\/drone strike" is not an ACLED sub-event type of Battles/);
  });
});

describe('ACLED tables', () => {
  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(acledEventFor('air_strike'))).toBe(true);
    expect(Object.isFrozen(acledInterFor('individual'))).toBe(true);
    expect(Object.isFrozen(ACLED_SUB_EVENT_TYPES.Battles)).toBe(true);
  });
});
