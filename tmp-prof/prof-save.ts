import { performance } from 'node:perf_hooks';
import { Gazetteer } from '/work/main/src/places/gazetteer.js';
import { extractInParts } from '/work/main/src/extraction/extraction-parts.js';
import { canonicalJson } from '/work/main/src/common/canonical-json.js';
import { proposalOf } from '/work/main/src/extraction/proposal.js';
import fs from 'node:fs';
const dir = '/work/main/bench/extraction-set';
const corpus = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(`${dir}/${f}`, 'utf8').replace(/\[\[[^|\]]*\|([^\]]*)\]\]/g, '$1')).join('\n\n');
const pages = Array.from({ length: 2000 }, (_, page) => `${corpus.slice((page * 997) % corpus.length)}${corpus}`.slice(0, 3000));
const source = { text: '', pages: [] as { locator: string; start: number; end: number }[] };
for (const [i, t] of pages.entries()) { if (i) source.text += '\n\n'; source.pages.push({ locator: `page ${i + 1}`, start: source.text.length, end: source.text.length + t.length }); source.text += t; }
const g = await Gazetteer.load();
const r = await extractInParts(source, { gazetteer: g, anchor: '2017-01-01' });
let t = performance.now(); const text = canonicalJson(r); console.log('canonical result', (performance.now() - t).toFixed(0), 'ms', (text.length / 1e6).toFixed(1), 'MB');
t = performance.now(); const props = r.incidents.map((c, i) => canonicalJson(proposalOf({ ...c, matches: [] }, i))); console.log('proposals', (performance.now() - t).toFixed(0), 'ms', props.reduce((a, p) => a + p.length, 0) / 1e6, 'MB');
import { canonicalJsonOfLargeValue } from '/work/main/src/common/canonical-json.js';
t = performance.now(); const fast = canonicalJsonOfLargeValue(r); console.log('large-value canonical', (performance.now() - t).toFixed(0), 'ms', fast === text);
t = performance.now(); const plain = JSON.stringify(r); console.log('JSON.stringify', (performance.now() - t).toFixed(0), 'ms');
t = performance.now(); structuredClone(r); console.log('structuredClone', (performance.now() - t).toFixed(0), 'ms');
