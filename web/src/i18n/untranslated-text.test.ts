import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, WEB_SOURCE } from './language-checks.js';

/**
 * Words written into the components instead of the catalogue would show in English whatever the reader chose:
 * every JSX text and every attribute a person reads (label, title, placeholder, alt, aria-*) must come from a
 * message. Names that are the same in every language are allowed.
 */
const READ_ATTRIBUTES = /^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/;
const ALLOWED = /^(Dossier|English|Français|العربية|[^\p{L}]*)$/u;

function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!ALLOWED.test(trimmed)) found.push(`${path.relative(WEB_SOURCE, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${trimmed}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.test(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(node, value.text);
      else if (ts.isJsxExpression(value) && value.expression && (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression))) report(node, value.expression.text);
      else if (ts.isJsxExpression(value) && value.expression && ts.isTemplateExpression(value.expression)) report(node, value.expression.head.text + value.expression.templateSpans.map((s) => s.literal.text).join(' '));
    }
    // A string literal alone in braces ({'Loading'}) or a branch of a condition is text too.
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && !ts.isJsxAttribute(node.parent)) report(node, node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the components', () => {
  it('write no words of their own: every text a reader sees comes from the message catalogue', () => {
    const files = filesUnder(WEB_SOURCE, (name) => name.endsWith('.tsx') && !name.endsWith('.test.tsx'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(literalTexts)).toEqual([]);
  });
});
