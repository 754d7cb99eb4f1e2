import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../access/permissions.js';
import { isDossierError } from '../common/errors.js';
import { assertMayRead, mayReadSubject } from './comment-subjects.js';
import { commentParts, linksIn, mentionsIn } from './comment-text.js';

const INC = 'inc_01jf3k8x2m4n6p8q0r2s4t6v8w';
const permissionsOf = (role: keyof typeof ROLE_PERMISSIONS) => new Set(ROLE_PERMISSIONS[role]);

describe('who may read a discussion', () => {
  it('lets whoever reads the subject read its discussion: evidence by evidence:read, records by records:read', () => {
    const onlyEvidence = new Set(['evidence:read'] as const);
    expect(mayReadSubject(onlyEvidence, { kind: 'evidence' })).toBe(true);
    expect(mayReadSubject(onlyEvidence, { kind: 'capture' })).toBe(true);
    expect(mayReadSubject(onlyEvidence, { kind: 'incident' })).toBe(false);
    expect(mayReadSubject(permissionsOf('analyst'), { kind: 'claim' })).toBe(true);
  });

  it('refuses external counsel the team’s discussions, saying which permission is missing', () => {
    try {
      assertMayRead(permissionsOf('external_counsel'), { kind: 'incident', id: INC, title: 'Strike' });
      expect.unreachable();
    } catch (error) {
      if (!isDossierError(error, 'FORBIDDEN')) throw error;
      expect(error.message).toBe(`your role in this case does not allow records:read, so not the discussion of ${INC}`);
      expect(error.details).toEqual({ permission: 'records:read' });
    }
  });
});

describe('mentions and links in other scripts and shapes', () => {
  it('finds a mention after Arabic or French words and punctuation, but not glued to a letter', () => {
    expect(mentionsIn('شكرًا @rana، راجعي هذا')).toEqual(['rana']);
    expect(mentionsIn('Merci @Rana-H. Voir aussi «@sami»')).toEqual(['rana-h', 'sami']);
    expect(mentionsIn('مرحبا@rana and élan@sami')).toEqual([]);
    expect(mentionsIn('@@rana @_x @a @ab')).toEqual(['ab']);
  });

  it('takes no link to an id with letters Dossier’s ids never use, or one length off', () => {
    const withU = INC.replace(/w$/, 'u');
    expect(linksIn(`#${withU} #${INC}x #${INC.slice(0, -1)} (#${INC})`)).toEqual([INC]);
  });

  it('leaves an unknown mention as written but still links a readable id beside it', () => {
    const body = `@stranger see #${INC}`;
    expect(commentParts(body, new Set(), new Set([INC]))).toEqual([{ text: '@stranger see ' }, { text: `#${INC}`, link: INC }]);
    expect(commentParts('', new Set(['rana']), new Set())).toEqual([]);
    expect(commentParts('@Rana.', new Set(['rana']), new Set())).toEqual([{ text: '@Rana', mention: 'rana' }, { text: '.' }]);
  });
});
