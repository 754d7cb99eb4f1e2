import type { Count } from '../../values/count.js';
import type { Place } from '../../values/place.js';
import type { DemoSeeder } from './seeder.js';
import type { DemoRefs } from './sources-actors.js';

/**
 * The air attack on the aid convoy at Urum al-Kubra (19 September 2016) and the chemical attacks in Arbin,
 * East Ghouta (early 2017). The convoy shows a denial beside the accounts it denies, two grades in sequence,
 * an either-or attribution next to the Commission's finding; Arbin shows two sources giving different
 * death tolls for the same attack.
 */
export async function seedConvoyAndGhouta(s: DemoSeeder, refs: DemoRefs): Promise<void> {
  await seedConvoy(s, refs);
  await seedArbin(s, refs);
}

async function seedConvoy(s: DemoSeeder, refs: DemoRefs): Promise<void> {
  const date = { edtf: '2016-09-19', asReported: '19 September 2016, evening' };
  const place = s.community('C1029', 'Urum al-Kubra, western Aleppo province');
  const incident = await s.incident({
    title: 'Air attack on the UN-backed aid convoy at Urum al-Kubra',
    narrative:
      'On the evening of 19 September 2016 a UN-backed humanitarian convoy at Urum al-Kubra, western Aleppo province, was attacked from the air: ' +
      '17 trucks were destroyed and at least 14 aid workers killed. The Commission of Inquiry attributed the attack to the Syrian Air Force, ' +
      'noting remnants of Russian-made cluster munitions and no Russian strike aircraft reported nearby. A government party to the conflict denied that any air attack took place.',
    types: ['air_strike'],
    date,
    place,
    tags: ['aid-convoy'],
  });
  const strike = await s.act(incident, {
    type: 'air_strike',
    means: ['cluster_munition'],
    targets: ['humanitarian_convoy', 'humanitarian_personnel'],
    consequences: '17 trucks destroyed; at least 14 aid workers killed.',
    date,
    place,
  });
  const aidWorkers = await s.victims(incident, {
    actId: strike,
    description: 'Aid workers with the convoy',
    countingUnit: 'persons',
    protectedStatuses: ['humanitarian_personnel', 'civilian'],
    killed: { qualifier: 'at_least', min: 14, asReported: 'at least 14 aid workers' },
  });
  const claims = await convoyClaims(s, refs, { incident, strike, aidWorkers, date, place });
  await convoyAttribution(s, refs, strike, claims.munitions);
  await convoyQualification(s, incident, claims);
  await s.verify(incident, 'contested', '2016-09-21', 'The aid agency and the press report an air attack; a government party to the conflict denies one. Not yet verified independently.');
  await s.verify(
    incident,
    'confirmed',
    '2017-03-20',
    'The Commission reports physical remnants of air-dropped cluster munitions and the destroyed trucks, in line with the aid agency’s account; the denial offers no evidence.',
    'Review of the Commission report and the agency statement',
  );
}

interface ConvoyRecords {
  incident: string;
  strike: string;
  aidWorkers: string;
  date: { edtf: string; asReported: string };
  place: Place;
}

/** What each source says about the convoy; returns the claims the attribution and qualification cite. */
async function convoyClaims(s: DemoSeeder, { sources, notes }: DemoRefs, { incident, strike, aidWorkers, date, place }: ConvoyRecords) {
  const coi = { sourceId: sources.coi, credibility: '1' } as const;
  const happened = await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', ...coi, ...s.quote(notes.convoy, 'air attack on a UN-backed') });
  const agency = await s.claim({
    subject: s.about('incident', incident, 'occurred'),
    stance: 'asserts',
    sourceId: sources.aid,
    excerpt: 'Our convoy was hit while delivering aid: colleagues were killed and the trucks burned.',
    madeOn: '2016-09',
    credibility: '1',
  });
  await s.claim({
    subject: s.about('incident', incident, 'occurred'),
    stance: 'denies',
    sourceId: sources.government,
    excerpt: 'The convoy was not attacked from the air; it caught fire.',
    madeOn: '2016-09',
    credibility: '4',
    note: 'A party to the conflict; the statement offers no evidence in the sources held. Kept on the record beside the accounts it denies.',
  });
  await s.claim({ subject: s.about('incident', incident, 'date'), value: date, stance: 'asserts', ...coi, ...s.quote(notes.convoy, 'Date:') });
  await s.claim({ subject: s.about('incident', incident, 'place'), value: place, stance: 'asserts', ...coi, ...s.quote(notes.convoy, 'Urum al-Kubra') });
  const killed = await s.claim({
    subject: s.about('victim_group', aidWorkers, 'killed'),
    value: { qualifier: 'at_least', min: 14, asReported: 'at least 14 aid workers' },
    stance: 'asserts',
    ...coi,
    ...s.quote(notes.convoy, 'at least 14 aid workers'),
  });
  const trucks = await s.claim({ subject: s.about('act', strike, 'consequences'), value: '17 trucks destroyed', stance: 'asserts', ...coi, ...s.quote(notes.convoy, '17 trucks') });
  const munitions = await s.claim({ subject: s.about('act', strike, 'means'), value: ['cluster_munition'], stance: 'asserts', ...coi, ...s.quote(notes.convoy, 'cluster munitions') });
  await s.claim({
    subject: s.about('act', strike, 'occurred'),
    stance: 'asserts',
    sourceId: sources.witness,
    credibility: '3',
    status: 'pending',
    note: 'Interview summary kept under restricted protection and not reproduced in the demo; awaiting review.',
  });
  return { happened, agency, killed, trucks, munitions };
}

/** Who did it: the early either-or allegation, and the Commission's finding with its standard of proof. */
async function convoyAttribution(s: DemoSeeder, { sources, actors, notes }: DemoRefs, strike: string, munitions: string): Promise<void> {
  const coi = { sourceId: sources.coi, credibility: '1' } as const;
  const eitherOr = await s.involvement({
    actId: strike,
    actorIds: [actors.syrianAirForce, actors.russianAirForce],
    eitherOr: true,
    factualRole: 'carried_out',
    attributionStatus: 'alleged_by_source',
    note: 'First reports blamed Syrian or Russian aircraft without saying which.',
  });
  await s.claim({
    subject: s.about('involvement', eitherOr, 'attribution'),
    stance: 'attributes',
    sourceId: sources.press,
    excerpt: 'Officials blamed Syrian or Russian warplanes for the attack.',
    madeOn: '2016-09',
    credibility: '3',
  });
  const syrianAirForce = await s.involvement({
    actId: strike,
    actorIds: [actors.syrianAirForce],
    factualRole: 'carried_out',
    attributionStatus: 'assessed_likely',
    standardReached: 'reasonable_grounds_to_believe',
    claimIds: [munitions],
    note: 'The Commission’s finding: Russian-made cluster munition remnants, but no Russian strike aircraft reported nearby.',
  });
  await s.claim({
    subject: s.about('involvement', syrianAirForce, 'attribution'),
    stance: 'attributes',
    ...coi,
    ...s.quote(notes.convoy, 'attributed the attack to the Syrian Air Force'),
  });
  await s.assessment({
    object: { kind: 'involvement', id: syrianAirForce },
    assessmentType: 'attribution',
    assessor: 'UN Commission of Inquiry on Syria',
    assessedOn: '2017-03-01',
    standard: 'reasonable_grounds_to_believe',
    method: 'As published in the Commission’s report of March 2017 (the day is recorded as the 1st of that month).',
    rationale: 'Remnants of Russian-made cluster munitions were found, yet no Russian strike aircraft were reported nearby; the Commission concluded the Syrian Air Force carried out the attack.',
  });
}

/** Attacking a humanitarian mission, element by element, with the claims behind each. */
async function convoyQualification(s: DemoSeeder, incident: string, claims: Awaited<ReturnType<typeof convoyClaims>>): Promise<void> {
  const { happened, agency, killed, trucks } = claims;
  const qualification = await s.qualification({
    incidentId: incident,
    provision: 'rs-8-2-e-iii',
    conflictType: 'non_international',
    assertedBy: { analyst: s.analyst },
    elements: [
      { elementId: 'e1', status: 'met', claimIds: [happened, agency] },
      { elementId: 'e2', status: 'met', claimIds: [killed, trucks], note: 'Staff and trucks of a UN-backed relief convoy.' },
      { elementId: 'e3', status: 'unknown', note: 'Nothing held yet on how the target was chosen.' },
      { elementId: 'e4', status: 'met', claimIds: [killed], note: 'Aid workers and relief trucks are civilians and civilian objects.' },
      { elementId: 'e5', status: 'unknown', note: 'Whether the attackers knew it was a relief convoy is not yet documented.' },
      { elementId: 'e6', status: 'met', note: 'Syria is treated as a non-international armed conflict.' },
      { elementId: 'e7', status: 'met', note: 'Inferred: the attackers were the armed forces of a party.' },
    ],
  });
  await s.assessment({
    object: { kind: 'qualification', id: qualification },
    assessmentType: 'qualification',
    assessor: s.analyst,
    assessedOn: '2017-03-20',
    standard: 'reasonable_basis',
    rationale: 'The conduct and protected-status elements are supported; intent and knowledge remain open.',
  });
}

async function seedArbin(s: DemoSeeder, refs: DemoRefs): Promise<void> {
  const { sources, notes } = refs;
  const first = await arbinAttack(s, refs, {
    which: 'first',
    narrative: 'Toxic chemicals were used in Arbin, East Ghouta, early in 2017: the first of at least two such attacks on the town. Sources differ on the toll: two dead, or at least two.',
    killed: { qualifier: 'at_least', min: 2, asReported: 'at least two people' },
  });
  await s.claim({
    subject: s.about('victim_group', first.victims, 'killed'),
    value: { qualifier: 'at_least', min: 2, asReported: 'at least two people' },
    stance: 'asserts',
    sourceId: sources.press,
    credibility: '2',
    ...s.quote(notes.erbin, 'At least two'),
  });
  await s.claim({
    subject: s.about('victim_group', first.victims, 'killed'),
    value: { qualifier: 'exact', best: 2, asReported: 'two people died' },
    stance: 'asserts',
    sourceId: sources.medical,
    excerpt: 'Two people died after the attack.',
    credibility: '3',
    note: 'Illustrative in this demo: a closed figure against the press report’s open one, so the toll is shown as conflicting.',
  });
  await s.verify(first.incident, 'corroborated', '2017-03-20', 'Reported by the press agency and by a local medical NGO.');

  const second = await arbinAttack(s, refs, {
    which: 'second',
    narrative: 'A second use of toxic chemicals in Arbin early in 2017. No separate toll for this attack is given in the sources held.',
    killed: { qualifier: 'unknown' },
    previousId: first.incident,
  });
  await s.verify(second.incident, 'single_source', '2017-03-20', 'Only the press summary mentions a second attack.');
}

/** One chemical attack on Arbin: incident, act, victims, the press report of it, and an unknown perpetrator. */
async function arbinAttack(
  s: DemoSeeder,
  { sources, actors, notes }: DemoRefs,
  attack: { which: string; narrative: string; killed: Count; previousId?: string },
): Promise<{ incident: string; victims: string }> {
  const incident = await s.incident({
    title: `Chemical attack in Arbin (Erbin), East Ghouta: ${attack.which} reported attack`,
    narrative: attack.narrative,
    types: ['chemical_attack'],
    date: { edtf: '2017-01/2017-03', asReported: 'early 2017' },
    place: s.community('C2321', 'Erbin (Arbin), East Ghouta'),
    tags: ['east-ghouta'],
    ...(attack.previousId ? { previousId: attack.previousId } : {}),
  });
  const act = await s.act(incident, { type: 'chemical_attack', means: ['toxic_chemical'], toxicAgent: 'unknown' });
  const victims = await s.victims(incident, { actId: act, description: 'People killed or harmed', countingUnit: 'persons', protectedStatuses: ['civilian'], killed: attack.killed });
  await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', sourceId: sources.press, credibility: '2', ...s.quote(notes.erbin, 'at least twice') });
  await s.involvement({ actId: act, actorIds: [actors.unidentified], factualRole: 'unknown', attributionStatus: 'undetermined' });
  return { incident, victims };
}
