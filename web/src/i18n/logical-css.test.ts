import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, WEB_SOURCE } from './language-checks.js';

/**
 * In Arabic the page runs right to left: a rule that says "left" puts the margin, the border or the box on the
 * wrong side. Every stylesheet uses logical properties (margin-inline-start, inset-inline-end, text-align: start).
 */
const PHYSICAL_PROPERTY = /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:/;
const PHYSICAL_VALUE = /(?:^|[\s;{])(text-align|float|clear)\s*:\s*(left|right)\b/;
// margin: 1px 2px 3px 4px sets left and right apart; equal sides read the same both ways.
const FOUR_SIDES = /(?:^|[\s;{])(margin|padding|border-width|inset)\s*:\s*([^\s;}]+)\s+([^\s;}]+)\s+([^\s;}]+)\s+([^\s;}]+)\s*[;}]/;

function physicalRules(css: string): string[] {
  const found: string[] = [];
  for (const [index, line] of css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n').entries()) {
    const property = PHYSICAL_PROPERTY.exec(line);
    if (property) found.push(`${index + 1}: ${property[1]}`);
    const value = PHYSICAL_VALUE.exec(line);
    if (value) found.push(`${index + 1}: ${value[1]}: ${value[2]}`);
    const sides = FOUR_SIDES.exec(line);
    if (sides && sides[3] !== sides[5]) found.push(`${index + 1}: ${sides[1]} with different left and right`);
  }
  return found;
}

describe('the stylesheets', () => {
  it('recognise a physical rule in each of its forms', () => {
    expect(physicalRules('.a { margin-left: 1px; }\n.b { right: 0 }\n.c { text-align: left; }\n.d { padding: 0 1px 0 2px; }\n.e { border-right-color: red; }')).toEqual([
      '1: margin-left',
      '2: right',
      '3: text-align: left',
      '4: padding with different left and right',
      '5: border-right-color',
    ]);
    expect(physicalRules('.a { margin-inline-start: 1px; inset-inline-end: 0; text-align: start; padding: 0 1px 0 1px; }')).toEqual([]);
  });

  it('use logical properties only, so a right-to-left page mirrors', () => {
    const found = filesUnder(WEB_SOURCE, (name) => name.endsWith('.css')).flatMap((file) => physicalRules(fs.readFileSync(file, 'utf8')).map((rule) => `${path.relative(WEB_SOURCE, file)}:${rule}`));
    expect(found).toEqual([]);
  });
});
