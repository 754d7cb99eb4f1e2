/**
 * The worker thread an extraction runs on (see extraction-jobs.ts): it loads its own gazetteer, reads the text
 * part by part, and posts its progress after each part and, at the end, the reading as text to store. The server's event loop
 * meanwhile answers other requests; stopping the worker cancels the reading.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Gazetteer } from '../places/gazetteer.js';
import { extractInParts } from './extraction-parts.js';
import { readingOf } from './reading.js';
import type { ExtractionWork, WorkerReport } from './extraction-jobs.js';

const work = workerData as ExtractionWork;
const post = (report: WorkerReport) => parentPort!.postMessage(report);
try {
  const gazetteer = await Gazetteer.load();
  const result = await extractInParts(work.source, { gazetteer, actors: work.actors, anchor: work.options.anchor, language: work.options.language }, (progress) => post({ type: 'progress', ...progress }));
  post({ type: 'done', reading: readingOf(result) });
} catch (caught) {
  post({ type: 'failed', message: caught instanceof Error ? caught.message : String(caught) });
}
