/**
 * A pattern of conduct as a section a prosecutor can print: Markdown, and self-contained HTML (one file, its
 * own print styles, no scripts, every text from the case escaped). Each figure lists the incidents it counts,
 * linked to the appendix that names them, so no number stands without the incidents behind it.
 */
import { canonicalJson } from '../common/canonical-json.js';
import type { PatternIncident, PatternResult } from './pattern-result.js';
import { labelOf, patternReport, type ReportFigure } from './pattern-report.js';

/** A fragment id for an incident: `incident-` and the id, any character outside [A-Za-z0-9_-] as `.hex.`. */
export function incidentAnchor(id: string): string {
  return `incident-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `.${c.codePointAt(0)!.toString(16)}.`)}`;
}

const dateOf = (incident: PatternIncident) => (incident.first === null ? 'undated' : incident.first === incident.last ? incident.first : `${incident.first} to ${incident.last}`);
const gradeOf = (grade: string) => labelOf('verification_grades', grade);

function header(result: PatternResult) {
  return {
    title: `Pattern of conduct: case ${result.caseId}`,
    lines: [
      `Computed at ledger tree size ${result.ledger.size}, root ${result.ledger.root}.`,
      `Method: ${result.method.name}, version ${result.method.version}.`,
      `Parameters: ${canonicalJson(result.parameters)}.`,
    ],
  };
}

// ---- Markdown ----

/**
 * Escapes text so Markdown shows it as written inside a table cell or list item: no emphasis, code, links,
 * images, table cells, entities or raw HTML from it (brackets escaped, parentheses then start no link).
 */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`);
}

export function patternMarkdown(result: PatternResult): string {
  const listed = new Set(result.incidentList.map((incident) => incident.id));
  const links = (ids: string[]) => (ids.length === 0 ? '—' : ids.map((id) => (listed.has(id) ? `[${markdownText(id)}](#${incidentAnchor(id)})` : markdownText(id))).join(', '));
  const row = (figure: ReportFigure) => `| ${markdownText(figure.label)} | ${markdownText(figure.value)} | ${links(figure.incidentIds)} |`;
  const { title, lines } = header(result);
  const out: string[] = [`# ${markdownText(title)}`, '', ...lines.map((line) => `${markdownText(line)}  `), ''];
  for (const section of patternReport(result)) {
    out.push(`## ${section.heading}`, '');
    if (section.note) out.push(markdownText(section.note), '');
    if (section.figures.length > 0) out.push('| Figure | Value | Incidents |', '| --- | --- | --- |', ...section.figures.map(row), '');
  }
  out.push('## Method', '', ...result.method.assumptions.map((line) => `- ${markdownText(line)}`), '', 'References:', '', ...result.method.references.map((line) => `- ${markdownText(line)}`), '');
  out.push('## Incidents', '', '| Incident | Title | Date | Place | Grade |', '| --- | --- | --- | --- | --- |');
  for (const incident of result.incidentList) {
    out.push(
      `| <a id="${incidentAnchor(incident.id)}"></a>${markdownText(incident.id)} | ${markdownText(incident.title)} | ${dateOf(incident)} | ${markdownText(incident.place ?? '—')} | ${markdownText(gradeOf(incident.grade))} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

// ---- HTML ----

export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The printed page's only style, inline in it: exported so a server can allow exactly it (a CSP hash). */
export const PATTERN_STYLE = `
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eee; } td.ids { font: 8.5pt/1.3 Menlo, Consolas, monospace; word-break: break-all; }
p.meta { font-size: 9pt; color: #444; margin: 0.1rem 0; word-break: break-all; }
tr:target { background: #fff4c2; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } tr { break-inside: avoid; } h2 { break-after: avoid; } }
`;

export function patternHtml(result: PatternResult): string {
  const listed = new Set(result.incidentList.map((incident) => incident.id));
  const links = (ids: string[]) =>
    ids.length === 0 ? '—' : ids.map((id) => (listed.has(id) ? `<a href="#${htmlText(incidentAnchor(id))}">${htmlText(id)}</a>` : htmlText(id))).join(', ');
  const row = (figure: ReportFigure) => `<tr><th scope="row">${htmlText(figure.label)}</th><td>${htmlText(figure.value)}</td><td class="ids">${links(figure.incidentIds)}</td></tr>`;
  const { title, lines } = header(result);
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${htmlText(title)}</title>`,
    `<style>${PATTERN_STYLE}</style>`,
    '</head>',
    '<body>',
    '<section class="pattern-of-conduct">',
    `<h1>${htmlText(title)}</h1>`,
    ...lines.map((line) => `<p class="meta">${htmlText(line)}</p>`),
  ];
  for (const section of patternReport(result)) {
    out.push(`<h2>${htmlText(section.heading)}</h2>`);
    if (section.note) out.push(`<p>${htmlText(section.note)}</p>`);
    if (section.figures.length > 0) {
      out.push('<table>', '<thead><tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Incidents</th></tr></thead>', '<tbody>', ...section.figures.map(row), '</tbody>', '</table>');
    }
  }
  out.push('<h2>Method</h2>', '<ul>', ...result.method.assumptions.map((line) => `<li>${htmlText(line)}</li>`), '</ul>');
  out.push('<p>References:</p>', '<ul>', ...result.method.references.map((line) => `<li>${htmlText(line)}</li>`), '</ul>');
  out.push('<h2>Incidents</h2>', '<table>', '<thead><tr><th scope="col">Incident</th><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Place</th><th scope="col">Grade</th></tr></thead>', '<tbody>');
  for (const incident of result.incidentList) {
    out.push(
      `<tr id="${htmlText(incidentAnchor(incident.id))}"><td class="ids">${htmlText(incident.id)}</td><td>${htmlText(incident.title)}</td><td>${htmlText(dateOf(incident))}</td><td>${htmlText(incident.place ?? '—')}</td><td>${htmlText(gradeOf(incident.grade))}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</section>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
