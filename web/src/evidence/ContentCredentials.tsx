import type { ContentCredentialsReport } from '../../../src/evidence/content-credentials.js';
import { CREDENTIALS_CAVEAT, signerInWords, statusInWords, verdictInWords } from '../../../src/evidence/credential-words.js';

export interface ItemCredentials {
  tool: string;
  readAt: string;
  report: ContentCredentialsReport;
}

const VERDICT_CLASS: Record<ContentCredentialsReport['state'], string> = { valid: 'verdict', invalid: 'verdict error', none: 'verdict muted', unreadable: 'verdict muted' };

/**
 * What the file's content credentials (C2PA manifest) say and whether they hold: the verdict first, each failure
 * in words, then who signed (never trusted here), with what, what was done and from what; and what none of it proves.
 */
export function ContentCredentials({ credentials }: { credentials: ItemCredentials | null | undefined }) {
  if (!credentials) return null;
  const { report } = credentials;
  const manifest = report.activeManifest;
  return (
    <section aria-labelledby="content-credentials-title" className="content-credentials">
      <h3 id="content-credentials-title">Content credentials</h3>
      <p className={VERDICT_CLASS[report.state]}>{verdictInWords(report)}</p>
      {report.failures.length > 0 && (
        <ul aria-label="Failed checks">
          {report.failures.map((failure, index) => (
            <li key={`${failure.code}-${index}`} className="error">
              {statusInWords(failure)}
            </li>
          ))}
        </ul>
      )}
      {manifest && (
        <dl className="facts">
          <div>
            <dt>Signed by</dt>
            <dd dir="auto">{signerInWords(manifest.signer)}</dd>
          </div>
          <div>
            <dt>Claim generator</dt>
            <dd dir="auto">{manifest.claimGenerator ?? 'not said'}</dd>
          </div>
          <div>
            <dt>Title</dt>
            <dd dir="auto">
              {manifest.title ?? 'not said'}
              {manifest.format && <span className="muted"> ({manifest.format})</span>}
            </dd>
          </div>
          <div>
            <dt>Actions</dt>
            <dd>
              {manifest.actions.length === 0 ? (
                'none recorded'
              ) : (
                <ul>
                  {manifest.actions.map((action, index) => (
                    <li key={index}>
                      <code>{action.action}</code>
                      {action.softwareAgent && <span dir="auto"> by {action.softwareAgent}</span>}
                      {action.when && <span> at {action.when}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>Ingredients</dt>
            <dd>
              {manifest.ingredients.length === 0 ? (
                'none: made here, from nothing recorded'
              ) : (
                <ul>
                  {manifest.ingredients.map((ingredient, index) => (
                    <li key={index} dir="auto">
                      {ingredient.title ?? '(untitled)'} {ingredient.format && <span className="muted">({ingredient.format})</span>}, {ingredient.relationship ?? 'relationship not said'},{' '}
                      {ingredient.hasManifest ? 'with content credentials of its own' : 'no content credentials of its own'}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      )}
      {report.informational.length > 0 && (
        <ul aria-label="Notes" className="muted">
          {report.informational.map((note, index) => (
            <li key={`${note.code}-${index}`}>{statusInWords(note)}</li>
          ))}
        </ul>
      )}
      <p className="muted">
        Read by {credentials.tool}, {credentials.readAt.replace('T', ' ').slice(0, 16)} UTC. {CREDENTIALS_CAVEAT}
      </p>
    </section>
  );
}
