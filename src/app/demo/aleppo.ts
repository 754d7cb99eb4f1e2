import type { DemoSeeder } from './seeder.js';
import type { DemoRefs } from './sources-actors.js';

/**
 * The siege of eastern Aleppo (July to December 2016) and what was reported inside and around it, after
 * the UN Commission of Inquiry's report of March 2017 and the press. Wording is ours; see sources-actors.ts.
 */
const SIEGE_PERIOD = { edtf: '2016-07~/2016-12', asReported: 'during the siege, mid-July to December 2016' };
const REVIEWED_ON = '2017-03-20';

export async function seedAleppoIncidents(s: DemoSeeder, refs: DemoRefs): Promise<void> {
  const siege = await seedSiege(s, refs);
  await seedSortieDay(s, refs, siege);
  await seedHospitalAttacks(s, refs, siege);
  await seedChemicalWeek(s, refs, siege);
  await seedExecutionsAndDisappearances(s, refs, siege);
  await seedDeportation(s, refs, siege);
  await seedWesternAleppoRockets(s, refs);
}

async function seedSiege(s: DemoSeeder, { sources, actors, notes }: DemoRefs): Promise<string> {
  const date = { edtf: '2016-07~/2016-12', asReported: 'fully besieged by mid-July 2016; surrendered in December 2016' };
  const siege = await s.incident({
    title: 'Siege of eastern Aleppo',
    narrative:
      'The opposition-held eastern districts of Aleppo city were completely encircled by mid-July 2016. Food and medicine were kept out, ' +
      'and the districts were bombarded from the air until they surrendered in December 2016.',
    types: ['siege', 'denial_of_humanitarian_access'],
    date,
    place: s.area('aleppo-east'),
    tags: ['aleppo-2016'],
  });
  const encirclement = await s.act(siege, { type: 'siege', description: 'No people or supplies could enter or leave the eastern districts.', date });
  const blockade = await s.act(siege, { type: 'denial_of_humanitarian_access', description: 'Food and medical supplies kept from entering.', date });
  await s.victims(siege, {
    description: 'People trapped in the besieged districts',
    countingUnit: 'persons',
    protectedStatuses: ['civilian'],
    killed: { qualifier: 'unknown', asReported: 'no toll for the siege as a whole in the sources held' },
  });
  const line = s.quote(notes.siege, 'fully besieged');
  await s.claim({ subject: s.about('incident', siege, 'occurred'), stance: 'asserts', sourceId: sources.coi, credibility: '1', ...line });
  await s.claim({ subject: s.about('incident', siege, 'date'), value: date, stance: 'asserts', sourceId: sources.coi, credibility: '1', ...line });
  await s.claim({
    subject: s.about('act', encirclement, 'occurred'),
    stance: 'asserts',
    sourceId: sources.press,
    excerpt: 'The last road into the east of the city has been cut.',
    madeOn: '2016-07',
    credibility: '1',
  });
  await s.involvement({ actId: encirclement, actorIds: [actors.governmentForces], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
  const blockers = await s.involvement({ actId: blockade, actorIds: [actors.governmentForces], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
  await s.claim({ subject: s.about('involvement', blockers, 'attribution'), stance: 'attributes', sourceId: sources.coi, credibility: '2', ...s.quote(notes.siege, 'food and medicine') });
  await s.verify(siege, 'corroborated', REVIEWED_ON, 'Reported independently by the Commission and by the press agency.');
  return siege;
}

async function seedSortieDay(s: DemoSeeder, { sources, actors, notes }: DemoRefs, siege: string): Promise<void> {
  const line = s.quote(notes.siege, '42 sorties');
  const incident = await s.incident({
    title: 'A day of 42 Russian sorties over eastern Aleppo',
    narrative: 'On one day of the siege Russian aircraft flew 42 sorties, and at least 28 strikes in eastern Aleppo city were confirmed. The day and its casualties are not given in the sources held.',
    types: ['air_strike'],
    // One unknown day within the siege. EDTF's "one of" set would say so, but it resolves wrongly today.
    date: { edtf: '2016-07~/2016-12', asReported: 'one day during the siege; the date is not given in the summary' },
    place: s.area('aleppo-east'),
    parentId: siege,
  });
  const strikes = await s.act(incident, { type: 'air_strike', description: '42 sorties in a day; at least 28 strikes confirmed inside eastern Aleppo city.' });
  await s.victims(incident, { actId: strikes, countingUnit: 'persons', protectedStatuses: ['unknown'], killed: { qualifier: 'unknown' }, injured: { qualifier: 'unknown' } });
  await s.claim({
    subject: s.about('incident', incident, 'narrative'),
    value: '42 sorties by Russian aircraft in one day, with at least 28 strikes confirmed in eastern Aleppo city.',
    stance: 'asserts',
    sourceId: sources.coi,
    credibility: '2',
    ...line,
  });
  const pilots = await s.involvement({ actId: strikes, actorIds: [actors.russianAirForce], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
  await s.claim({ subject: s.about('involvement', pilots, 'attribution'), stance: 'attributes', sourceId: sources.coi, credibility: '2', ...line });
  await s.verify(incident, 'single_source', REVIEWED_ON, 'Only the Commission reports this day; no second source is held yet.');
}

async function seedHospitalAttacks(s: DemoSeeder, { sources, actors, notes }: DemoRefs, siege: string): Promise<void> {
  const hospital = await s.site({
    name: 'Surgical hospital in eastern Aleppo (name withheld)',
    siteType: 'hospital',
    place: s.area('aleppo-east', 'eastern Aleppo city; exact position kept in the case only'),
    protectedSite: true,
    description: 'One of the last working hospitals in the besieged districts. Its name and position never leave the case.',
  });
  const incident = await s.incident({
    title: 'Repeated air attacks on hospitals in eastern Aleppo',
    narrative:
      'Health facilities in the besieged districts were struck from the air again and again. The demo documents one hospital as a site; ' +
      'schools, markets, water stations and homes were reported hit in the same campaign.',
    types: ['air_strike'],
    date: SIEGE_PERIOD,
    place: s.area('aleppo-east'),
    siteId: hospital,
    parentId: siege,
  });
  const strikes = await s.act(incident, { type: 'air_strike', targets: ['hospital'], siteId: hospital, description: 'Repeated strikes on the hospital and other health facilities.' });
  await s.victims(incident, {
    actId: strikes,
    description: 'Patients and medical staff',
    countingUnit: 'persons',
    protectedStatuses: ['medical_personnel', 'civilian'],
    killed: { qualifier: 'unknown' },
    injured: { qualifier: 'unknown' },
  });
  const line = s.quote(notes.siege, 'health facilities');
  const reported = await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', sourceId: sources.coi, credibility: '1', ...line });
  const targets = await s.claim({ subject: s.about('act', strikes, 'targets'), value: ['hospital'], stance: 'asserts', sourceId: sources.coi, credibility: '1', ...line });
  const staff = await s.claim({
    subject: s.about('incident', incident, 'occurred'),
    stance: 'asserts',
    sourceId: sources.medical,
    excerpt: 'The hospital we support in the east of the city was hit from the air more than once.',
    credibility: '2',
  });
  const inUse = await s.claim({ subject: s.about('site', hospital, 'function'), value: 'Surgical hospital treating patients when it was struck', stance: 'asserts', sourceId: sources.medical, credibility: '2' });
  await s.involvement({
    actId: strikes,
    actorIds: [actors.syrianAirForce, actors.russianAirForce],
    eitherOr: true,
    factualRole: 'carried_out',
    attributionStatus: 'alleged_by_source',
    note: 'The sources held blame Syrian or Russian aircraft for the air campaign without saying which struck this hospital.',
  });
  await s.qualification({
    incidentId: incident,
    provision: 'rs-8-2-e-iv',
    conflictType: 'non_international',
    assertedBy: { analyst: s.analyst },
    elements: [
      { elementId: 'e1', status: 'met', claimIds: [reported, staff] },
      { elementId: 'e2', status: 'partly', claimIds: [targets, inUse], note: 'A working hospital; no claim of military use is held, but none has been tested.' },
      { elementId: 'e3', status: 'unknown', note: 'Repeated strikes point to deliberate targeting; nothing is held yet on targeting decisions.' },
      { elementId: 'e4', status: 'met', note: 'Syria is treated as a non-international armed conflict.' },
      { elementId: 'e5', status: 'met', note: 'Inferred: the attacking forces are parties to that conflict.' },
    ],
  });
  await s.verify(incident, 'corroborated', REVIEWED_ON, 'The Commission and a local medical NGO report the attacks independently.');
}

async function seedChemicalWeek(s: DemoSeeder, { sources, actors, notes }: DemoRefs, siege: string): Promise<void> {
  const incident = await s.incident({
    title: 'A week of daily toxic chemical drops on one neighbourhood of eastern Aleppo',
    narrative: 'For one week of the siege toxic chemicals were dropped every day on a single neighbourhood. The summary held names neither the week nor the neighbourhood.',
    types: ['chemical_attack'],
    date: { edtf: '2016-07~/2016-12', asReported: 'one week during the siege' },
    place: s.area('aleppo-east', 'one neighbourhood of eastern Aleppo, not named'),
    parentId: siege,
  });
  const drops = await s.act(incident, {
    type: 'chemical_attack',
    means: ['toxic_chemical'],
    toxicAgent: 'chlorine',
    description: 'Dropped from the air each day for a week. Chlorine is the agent the Commission reports for the siege; the agent of this week is not confirmed separately.',
  });
  await s.victims(incident, { actId: drops, description: 'Residents of the neighbourhood', countingUnit: 'persons', protectedStatuses: ['civilian'], killed: { qualifier: 'unknown' }, injured: { qualifier: 'unknown' } });
  const line = s.quote(notes.siege, 'toxic chemicals');
  const reported = await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', sourceId: sources.coi, credibility: '2', ...line });
  const means = await s.claim({ subject: s.about('act', drops, 'means'), value: ['toxic_chemical'], stance: 'asserts', sourceId: sources.coi, credibility: '2', ...line });
  await s.involvement({
    actId: drops,
    actorIds: [actors.syrianAirForce],
    factualRole: 'suspected',
    attributionStatus: 'undetermined',
    note: 'The chemicals came from the air; no source held names the force that dropped them.',
  });
  await s.qualification({
    incidentId: incident,
    provision: 'rs-8-2-e-xiv',
    conflictType: 'non_international',
    assertedBy: { analyst: s.analyst },
    elements: [
      { elementId: 'e1', status: 'met', claimIds: [reported, means] },
      { elementId: 'e2', status: 'partly', claimIds: [means], note: 'Chlorine is toxic when released like this; the agent used that week still needs confirming.' },
      { elementId: 'e3', status: 'met' },
      { elementId: 'e4', status: 'unknown', note: 'Depends on who dropped the chemicals.' },
    ],
    note: 'Shown with the amendment warning on purpose: this provision binds only States that ratified it.',
  });
  await s.verify(incident, 'single_source', REVIEWED_ON, 'Only the Commission reports this week of attacks in the sources held.');
}

async function seedExecutionsAndDisappearances(s: DemoSeeder, { sources, actors, notes }: DemoRefs, siege: string): Promise<void> {
  const date = { edtf: '2016-12-11/2016-12-20', asReported: 'mid-December 2016, after the surrender' };
  const incident = await s.incident({
    title: 'Summary executions and disappearances after the surrender of eastern Aleppo',
    narrative: 'As the eastern districts surrendered, people were reported executed on the spot, and others were taken away and not heard of again.',
    types: ['summary_execution', 'enforced_disappearance'],
    date,
    place: s.area('aleppo-east'),
    parentId: siege,
  });
  const executions = await s.act(incident, { type: 'summary_execution', date });
  const disappearances = await s.act(incident, { type: 'enforced_disappearance', date });
  const executed = await s.victims(incident, {
    actId: executions,
    description: 'People executed after being captured',
    countingUnit: 'persons',
    protectedStatuses: ['hors_de_combat'],
    killed: { qualifier: 'vague', vague: 'dozens', asReported: 'dozens' },
  });
  await s.victims(incident, {
    actId: disappearances,
    description: 'People taken away and not seen since',
    countingUnit: 'persons',
    protectedStatuses: ['detainee'],
    missing: { qualifier: 'unknown', asReported: 'numbers not given' },
  });
  await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', sourceId: sources.coi, credibility: '1', ...s.quote(notes.siege, 'summary executions') });
  await s.claim({
    subject: s.about('victim_group', executed, 'killed'),
    value: { qualifier: 'vague', vague: 'dozens', asReported: 'dozens' },
    stance: 'asserts',
    sourceId: sources.press,
    excerpt: 'Dozens of people were reportedly killed on the spot by pro-government forces as they took the last districts.',
    madeOn: '2016-12',
    credibility: '3',
  });
  for (const act of [executions, disappearances]) {
    await s.involvement({ actId: act, actorIds: [actors.governmentForces], factualRole: 'carried_out', attributionStatus: 'alleged_by_source', note: 'Reported as pro-government forces; units not identified.' });
  }
  await s.verify(incident, 'corroborated', REVIEWED_ON, 'The Commission and the press agency report the executions independently; figures stay vague.');
}

async function seedDeportation(s: DemoSeeder, { sources, actors, notes }: DemoRefs, siege: string): Promise<void> {
  const incident = await s.incident({
    title: 'Forced deportation from eastern Aleppo after the surrender',
    narrative:
      'After the surrender, at least 1,000 people were moved out of eastern Aleppo under the terms that ended the siege. ' +
      'They stayed inside Syria: legally a forcible transfer rather than a deportation across a border.',
    types: ['forced_displacement'],
    crossedBorder: 'no',
    date: { edtf: '2016-12', asReported: 'December 2016, after the surrender' },
    place: s.area('aleppo-east'),
    parentId: siege,
  });
  const transfer = await s.act(incident, { type: 'forced_displacement', description: 'People moved out of the eastern districts; where they were taken is not recorded here.' });
  const moved = await s.victims(incident, {
    actId: transfer,
    description: 'People moved out of eastern Aleppo',
    countingUnit: 'persons',
    protectedStatuses: ['civilian'],
    displaced: { qualifier: 'at_least', min: 1000, asReported: 'at least 1,000 people' },
  });
  const line = s.quote(notes.siege, 'at least 1,000');
  const reported = await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', sourceId: sources.coi, credibility: '2', ...line });
  const count = await s.claim({
    subject: s.about('victim_group', moved, 'displaced'),
    value: { qualifier: 'at_least', min: 1000, asReported: 'at least 1,000 people' },
    stance: 'asserts',
    sourceId: sources.coi,
    credibility: '2',
    ...line,
  });
  await s.involvement({ actId: transfer, actorIds: [actors.governmentForces], factualRole: 'ordered', attributionStatus: 'alleged_by_source' });
  await s.qualification({
    incidentId: incident,
    provision: 'rs-8-2-e-viii',
    conflictType: 'non_international',
    assertedBy: { analyst: s.analyst },
    elements: [
      { elementId: 'e1', status: 'partly', claimIds: [reported, count], note: 'The displacement is reported; who ordered it is not yet documented.' },
      { elementId: 'e2', status: 'unknown', note: 'Nothing held yet on security reasons or military necessity.' },
      { elementId: 'e3', status: 'partly', note: 'Government forces held the districts after the surrender.' },
      { elementId: 'e4', status: 'met' },
      { elementId: 'e5', status: 'met' },
    ],
    note: 'Consider also art. 7(1)(d), deportation or forcible transfer as a crime against humanity.',
  });
  await s.verify(incident, 'single_source', REVIEWED_ON, 'Only the Commission gives the figure in the sources held.');
}

async function seedWesternAleppoRockets(s: DemoSeeder, { sources, actors, notes }: DemoRefs): Promise<void> {
  const incident = await s.incident({
    title: 'Opposition rocket fire on government-held western Aleppo',
    narrative: 'While the east was besieged, opposition armed groups fired rockets into the government-held western districts of the city.',
    types: ['artillery_rocket_missile'],
    date: SIEGE_PERIOD,
    place: s.area('aleppo-west'),
    tags: ['aleppo-2016'],
  });
  const rockets = await s.act(incident, { type: 'artillery_rocket_missile', means: ['rocket'] });
  await s.victims(incident, { actId: rockets, description: 'Residents of western Aleppo', countingUnit: 'persons', protectedStatuses: ['civilian'], killed: { qualifier: 'unknown' }, injured: { qualifier: 'unknown' } });
  const line = s.quote(notes.siege, 'opposition rockets');
  const reported = await s.claim({ subject: s.about('incident', incident, 'occurred'), stance: 'asserts', sourceId: sources.coi, credibility: '1', ...line });
  await s.claim({
    subject: s.about('incident', incident, 'occurred'),
    stance: 'asserts',
    sourceId: sources.press,
    excerpt: 'Rockets fired from opposition-held areas landed in the western districts.',
    credibility: '1',
  });
  const shooters = await s.involvement({ actId: rockets, actorIds: [actors.opposition], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
  await s.claim({ subject: s.about('involvement', shooters, 'attribution'), stance: 'attributes', sourceId: sources.coi, credibility: '2', ...line });
  await s.qualification({
    incidentId: incident,
    provision: 'rs-8-2-e-i',
    conflictType: 'non_international',
    assertedBy: { analyst: s.analyst },
    elements: [
      { elementId: 'e1', status: 'met', claimIds: [reported] },
      { elementId: 'e2', status: 'unknown', note: 'What the rockets were aimed at is not yet documented.' },
      { elementId: 'e3', status: 'unknown' },
      { elementId: 'e4', status: 'met' },
      { elementId: 'e5', status: 'met' },
    ],
  });
  await s.verify(incident, 'corroborated', REVIEWED_ON, 'Reported by the Commission and the press agency.');
}
