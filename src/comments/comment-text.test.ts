import { describe, expect, it } from 'vitest';
import { checkedBody, commentParts, linksIn, MAX_COMMENT_LENGTH, mentionsIn } from './comment-text.js';

const INC = 'inc_01jf3k8x2m4n6p8q0r2s4t6v8w';
const EV = 'ev_01jf3k8x2m4n6p8q0r2s4t6v8w';

describe('comment text', () => {
  it('finds mentions once each, lower-cased, without a trailing full stop, and never in an e-mail address', () => {
    expect(mentionsIn('@Reviewer, see this. cc @analyst.one. Mail ali@example.org; @reviewer again')).toEqual(['reviewer', 'analyst.one']);
    expect(mentionsIn('no one here @ all, nor @x')).toEqual([]);
    expect(mentionsIn('(@owner)\n@investigator-2')).toEqual(['owner', 'investigator-2']);
  });

  it('finds links to ids of the shape Dossier makes, and not hashtags or numbers', () => {
    expect(linksIn(`Compare #${INC} with #${EV}, and #${INC} again; #123 #hashtag #inc_short x#${INC}`)).toEqual([INC, EV]);
  });

  it('refuses empty and too long words, and keeps them otherwise without outer spaces', () => {
    expect(() => checkedBody('')).toThrow(/body: is empty/);
    expect(() => checkedBody(' \n\t')).toThrow(/body: is empty/);
    expect(() => checkedBody(42)).toThrow(/body/);
    expect(() => checkedBody('a'.repeat(MAX_COMMENT_LENGTH + 1))).toThrow(/at most 10,000/);
    expect(checkedBody('  two\n lines  ')).toBe('two\n lines');
  });

  it('cuts words into text, known mentions and readable links, leaving the rest as written', () => {
    const body = `@reviewer: #${INC} and #${EV}, @stranger.`;
    expect(commentParts(body, new Set(['reviewer']), new Set([INC]))).toEqual([
      { text: '@reviewer', mention: 'reviewer' },
      { text: ': ' },
      { text: `#${INC}`, link: INC },
      { text: ` and #${EV}, @stranger.` },
    ]);
    expect(commentParts('plain', new Set(), new Set()).map((p) => p.text).join('')).toBe('plain');
  });
});
