/**
 * Extraction measured against hand-made gold annotations (bench/extraction-set/: documents written for this in
 * the style of commission reports, casualty reports and news, English and Arabic): precision and recall per
 * mention kind (places with their P-code, dates with their EDTF, figures with their bounds) and for candidate
 * incidents (type, place and date right). Then speed: a generated report of PAGES pages, in pages per second,
 * against folding the same text once (what indexing it for search costs) in the same process.
 * Targets: places, dates and figures recall >= 0.9 and precision >= 0.85; candidate incidents recall >= 0.7.
 * Last, a report of WORKER_PAGES pages read as the server reads it, on a worker thread part by part: its time,
 * and how long the main thread's event loop was held meanwhile (what a request waiting on the server would feel).
 * Usage: npx tsx bench/extraction.ts [PAGES] [WORKER_PAGES]
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from '../src/common/text-fold.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { extract, type Extraction } from '../src/extraction/extract.js';
import { createCase } from '../src/cases/cases.js';
import { newId } from '../src/common/ids.js';
import { addEvidenceTexts } from '../src/db/evidence-text-index.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { ExtractionJobs } from '../src/extraction/extraction-jobs.js';
import type { StoredExtraction } from '../src/extraction/extraction-store.js';
import { extractionInput, saveReading } from '../src/extraction/run-extraction.js';
import { benchDossier, removeDossier } from './support.js';
import { Gazetteer } from '../src/places/gazetteer.js';

const pages = Number(process.argv[2] ?? 300);
const workerPages = Number(process.argv[3] ?? 2000);
const SET = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extraction-set');

interface Gold {
  kind: 'place' | 'date' | 'count';
  value: string;
  start: number;
  end: number;
}

interface Document {
  name: string;
  anchor: string;
  text: string;
  gold: Gold[];
  incidents: { type: string; place: string; date: string }[];
}

/** A document of the set: its text with the marks taken out, and the gold mentions where the marks were. */
function parse(name: string, source: string): Document {
  const [header, marked, incidentLines] = source.split(/^---$/m) as [string, string, string];
  const anchor = /anchor: (\S+)/.exec(header)![1]!;
  const gold: Gold[] = [];
  let text = '';
  let last = 0;
  const body = marked.replace(/^\n/, '').replace(/\n$/, '');
  for (const mark of body.matchAll(/\{\{(place|date|count):([^|]*)\|([^}]*)\}\}/g)) {
    text += body.slice(last, mark.index);
    gold.push({ kind: mark[1] as Gold['kind'], value: mark[2]!, start: text.length, end: text.length + mark[3]!.length });
    text += mark[3];
    last = mark.index + mark[0].length;
  }
  text += body.slice(last);
  const incidents = incidentLines.trim().split('\n').filter(Boolean).map((line) => {
    const [type, place, date] = line.trim().split(/\s+/) as [string, string, string];
    return { type, place, date };
  });
  return { name, anchor, text, gold, incidents };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const bounds = (min: number | null | undefined, max: number | null | undefined) => `${min ?? ''}..${max ?? ''}`;

/** Each predicted mention of a kind, as its span and whether its reading equals a gold mention's value. */
function predicted(result: Extraction, kind: Gold['kind']): { start: number; end: number; right: (value: string) => boolean }[] {
  if (kind === 'place') return result.places.map((p) => ({ ...p, right: (code) => p.candidates.some((c) => (c.pcode ?? c.namedArea) === code) }));
  if (kind === 'date') return result.dates.map((d) => ({ ...d, right: (edtf) => d.edtf === edtf }));
  return result.counts.map((c) => ({ ...c, right: (value) => bounds(c.count.min, c.count.max) === value }));
}

const gazetteer = await Gazetteer.load();
const read = async (dir: string) => Promise.all((await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map(async (f) => parse(f, await fs.readFile(path.join(dir, f), 'utf8'))));

/** Precision and recall over a set of documents, with every miss and every wrong find listed. */
function measure(label: string, documents: Document[]): void {
  const tally = new Map<string, { gold: number; predicted: number; found: number; right: number }>();
  const add = (kind: string, part: Partial<{ gold: number; predicted: number; found: number; right: number }>) => {
    const t = tally.get(kind) ?? { gold: 0, predicted: 0, found: 0, right: 0 };
    for (const [key, value] of Object.entries(part)) t[key as keyof typeof t] += value;
    tally.set(kind, t);
  };
  const misses: string[] = [];
  for (const document of documents) {
    const result = extract(document.text, { gazetteer, anchor: document.anchor });
    for (const kind of ['place', 'date', 'count'] as const) {
      const gold = document.gold.filter((g) => g.kind === kind);
      const guesses = predicted(result, kind);
      // Recall: a gold mention found with the right reading; precision: a guess that is a gold mention read right.
      const found = gold.filter((g) => guesses.some((p) => overlaps(p, g) && p.right(g.value)));
      const right = guesses.filter((p) => gold.some((g) => overlaps(p, g) && p.right(g.value)));
      add(kind, { gold: gold.length, predicted: guesses.length, found: found.length, right: right.length });
      for (const g of gold.filter((g) => !found.includes(g))) misses.push(`${document.name}: missed ${kind} "${document.text.slice(g.start, g.end)}" (${g.value})`);
      for (const p of guesses.filter((p) => !right.includes(p))) misses.push(`${document.name}: wrong ${kind} "${document.text.slice(p.start, p.end)}"`);
    }
    const matches = (candidate: Extraction['incidents'][number], gold: Document['incidents'][number]) =>
      candidate.type === gold.type && candidate.date?.edtf === gold.date && (candidate.place?.candidates.some((c) => (c.pcode ?? c.namedArea) === gold.place) ?? false);
    const found = document.incidents.filter((g) => result.incidents.some((c) => matches(c, g)));
    const right = result.incidents.filter((c) => document.incidents.some((g) => matches(c, g)));
    add('incident', { gold: document.incidents.length, predicted: result.incidents.length, found: found.length, right: right.length });
    for (const g of document.incidents.filter((g) => !found.includes(g))) misses.push(`${document.name}: missed incident ${g.type} ${g.place} ${g.date}`);
    for (const c of result.incidents.filter((c) => !right.includes(c))) misses.push(`${document.name}: extra incident ${c.type} ${c.place?.text ?? '-'} ${c.date?.edtf ?? '-'}`);
  }

  console.log(`${label}: ${documents.length} documents (${documents.filter((d) => /^ar-/.test(d.name)).length} Arabic)`);
  for (const [kind, t] of tally) {
    const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
    console.log(`${kind}: recall ${ratio(t.found, t.gold)} (${t.found}/${t.gold}), precision ${ratio(t.right, t.predicted)} (${t.right}/${t.predicted})`);
  }
  for (const miss of misses) console.log(`  ${miss}`);
}

// The set the finders were worked out against, and documents written apart and measured only (held-out/).
const documents = await read(SET);
measure('development set', documents);
measure('held-out set', await read(path.join(SET, 'held-out')));

// Speed: pages of about 3,000 characters cut from the set's texts, over and over.
const corpus = documents.map((d) => d.text).join('\n\n');
let report = '';
for (let page = 0; page < pages; page++) report += `${corpus.slice((page * 997) % corpus.length)}${corpus}`.slice(0, 3000) + '\n\n';
let started = performance.now();
foldText(report);
const reference = performance.now() - started;
started = performance.now();
const result = extract(report, { gazetteer, anchor: '2017-01-01' });
const seconds = (performance.now() - started) / 1000;
console.log(
  `${pages} pages (${(report.length / 1e6).toFixed(2)} M characters): ${seconds.toFixed(2)} s, ${(pages / seconds).toFixed(0)} pages/s, ${result.incidents.length} candidates; ${(seconds * 1000 / reference).toFixed(0)}× folding the text once (${reference.toFixed(0)} ms)`,
);

// The server's way: an evidence item of WORKER_PAGES pages read on a worker, part by part, then its candidates
// matched against the case and saved (a SQLite data dir), while the main thread stays free for requests.
const dossier = await benchDossier();
await createCase(dossier, 'bench:runner', { id: 'bench', title: 'Extraction bench' });
const { item } = await ingestEvidence(dossier, 'bench:runner', { caseId: 'bench', originalName: 'long-report.pdf', content: [Buffer.from('a long report')] });
const pageTexts = Array.from({ length: workerPages }, (_, page) => ({ evidenceId: item.id, caseId: 'bench', origin: 'pdf' as const, locator: `page ${page + 1}`, text: `${corpus.slice((page * 997) % corpus.length)}${corpus}`.slice(0, 3000) }));
await dossier.database.writeTransaction((trx) => addEvidenceTexts(trx, dossier.database.engine, pageTexts));
const input = await extractionInput(dossier.database, 'bench', item.id, { anchor: '2017-01-01' });
const jobs = new ExtractionJobs();
const delay = monitorEventLoopDelay({ resolution: 10 });
let readSeconds = 0;
started = performance.now();
delay.enable();
const saved = await new Promise<StoredExtraction>((resolve, reject) => {
  const poll = setInterval(() => {
    const job = jobs.get('bench', 'bench')!;
    if (job.state !== 'failed') return;
    clearInterval(poll);
    reject(new Error(job.error));
  }, 100);
  jobs.start('bench', { caseId: 'bench', evidenceId: item.id }, input, async (read) => {
    clearInterval(poll);
    readSeconds = (performance.now() - started) / 1000;
    resolve(await saveReading({ database: dossier.database, ledger: dossier.ledger, gazetteer }, newId('ext'), 'bench:runner', input, read));
  });
});
delay.disable();
const workerSeconds = (performance.now() - started) / 1000;
await jobs.close();
await removeDossier(dossier);
console.log(
  `${workerPages} pages on a worker (${(input.source.text.length / 1e6).toFixed(2)} M characters): read in ${readSeconds.toFixed(1)} s (${(workerPages / readSeconds).toFixed(0)} pages/s), ` +
    `${saved.candidates} candidates matched and saved in ${(workerSeconds - readSeconds).toFixed(1)} s; the main thread's event loop held at most ${(delay.max / 1e6).toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms)`,
);
