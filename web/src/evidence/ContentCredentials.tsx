import { FormattedMessage } from 'react-intl';
import type { ContentCredentialsReport } from '../../../src/evidence/content-credentials.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { credentialsMessages as m } from './credentials.messages.js';
import { signerInWords, statusInWords, verdictInWords } from './evidence-words.js';

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
  const t = useT();
  if (!credentials) return null;
  const { report } = credentials;
  const manifest = report.activeManifest;
  return (
    <section aria-labelledby="content-credentials-title" className="content-credentials">
      <h3 id="content-credentials-title">{t(m.title)}</h3>
      <p className={VERDICT_CLASS[report.state]}>{verdictInWords(report)}</p>
      {report.failures.length > 0 && (
        <ul aria-label={t(m.failedChecks)}>
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
            <dt>{t(m.signedBy)}</dt>
            {/* A sentence in the page's language naming the signer: it reads in the page's direction. */}
            <dd>{signerInWords(manifest.signer)}</dd>
          </div>
          <div>
            <dt>{t(m.claimGenerator)}</dt>
            <dd dir="auto">{manifest.claimGenerator ?? t(m.notSaid)}</dd>
          </div>
          <div>
            <dt>{t(m.manifestTitle)}</dt>
            <dd dir="auto">
              {manifest.title ?? t(m.notSaid)}
              {manifest.format && <span className="muted"> ({manifest.format})</span>}
            </dd>
          </div>
          <div>
            <dt>{t(m.actions)}</dt>
            <dd>
              {manifest.actions.length === 0 ? (
                t(m.noActions)
              ) : (
                <ul>
                  {manifest.actions.map((action, index) => (
                    <li key={index}>
                      <FormattedMessage
                        {...m.action}
                        values={{
                          action: action.action,
                          hasAgent: action.softwareAgent ? 'yes' : 'no',
                          agent: <bdi>{action.softwareAgent}</bdi>,
                          hasWhen: action.when ? 'yes' : 'no',
                          when: action.when ? utcTime(action.when, { seconds: true }) : '',
                          code: (chunks) => <code>{chunks}</code>,
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>{t(m.ingredients)}</dt>
            <dd>
              {manifest.ingredients.length === 0 ? (
                t(m.noIngredients)
              ) : (
                <ul>
                  {manifest.ingredients.map((ingredient, index) => (
                    <li key={index}>
                      <FormattedMessage
                        {...m.ingredient}
                        values={{
                          title: <bdi>{ingredient.title ?? t(m.untitled)}</bdi>,
                          hasFormat: ingredient.format ? 'yes' : 'no',
                          format: ingredient.format ?? '',
                          relationship: ingredient.relationship ? <bdi>{ingredient.relationship}</bdi> : t(m.relationshipNotSaid),
                          hasManifest: ingredient.hasManifest ? 'yes' : 'no',
                          muted: (chunks) => <span className="muted">{chunks}</span>,
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      )}
      {report.informational.length > 0 && (
        <ul aria-label={t(m.notes)} className="muted">
          {report.informational.map((note, index) => (
            <li key={`${note.code}-${index}`}>{statusInWords(note)}</li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t(m.readBy, { tool: credentials.tool, time: utcTime(credentials.readAt) })} {t(m.caveat)}
      </p>
    </section>
  );
}
