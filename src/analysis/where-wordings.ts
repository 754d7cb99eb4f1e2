/**
 * What where says in words: its method (where.ts). The parameters it names are values, not words, as is the
 * clustering algorithm's name: they read the same in every language.
 */
import { defineWordings } from '../common/wording.js';
import type { MethodWording } from './method-wording.js';

export const whereWordings = defineWordings('analysis.where', {
  name: 'where',
  areas:
    'Areas: each included incident counts once in the area of the chosen level its place names (admin codes from the OCHA P-codes); incidents placed more coarsely are listed apart, never spread over areas.',
  waves:
    'Waves: {algorithm} over incidents that have both a date and a point. Two incidents are neighbours when their points are at most {waveKm} apart (great-circle distance) and their date intervals at most {waveDays} apart (the gap between the intervals, 0 when they overlap), so uncertain dates make incidents closer, never farther. A core incident has at least {waveMinIncidents} neighbours, itself included; a wave is the core incidents reachable from one another and their neighbours.',
  points: "A point is the place's own point or its area's middle (see the map): a wave among incidents placed only at a governorate says little.",
});

const say = whereWordings.say;

export const WHERE_METHOD_WORDING: MethodWording = {
  name: say('name'),
  assumptions: [say('areas'), say('waves', { algorithm: 'DBSCAN', waveKm: 'waveKm', waveDays: 'waveDays', waveMinIncidents: 'waveMinIncidents' }), say('points')],
};
