import { useIntl } from 'react-intl';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { caseAdminMessages as m } from './case-admin.messages.js';
import { ConfirmButton } from './ConfirmButton.js';
import { disclosedHref, disclosedKindLabel, type DisclosedType } from './disclosable.js';
import { DisclosureForm } from './DisclosureForm.js';
import { usePanelChanges } from './use-panel-changes.js';

interface Disclosure {
  objectId: string;
  objectType: DisclosedType;
  kind: string;
  title: string;
  disclosedAt: string;
  disclosedBy: string;
}

/** What the owners disclosed to external counsel; owners disclose more and withdraw. Counsel reads each item here. */
export function DisclosuresPanel({ caseId, canManage }: { caseId: string; canManage: boolean }) {
  const t = useT();
  const intl = useIntl();
  const base = `/cases/${encodeURIComponent(caseId)}/disclosures`;
  const { value: items, error: unread, reload } = useLoaded(() => api<{ items: Disclosure[] }>('GET', base).then((r) => r.items), [caseId]);
  const { failed, done, act } = usePanelChanges(reload);
  const error = failed ?? unread;

  const disclose = (objectId: string) => act(() => api<Disclosure>('PUT', `${base}/${encodeURIComponent(objectId)}`), (made) => t(m.disclosedSaid, { title: made.title, id: made.objectId }));
  const withdraw = (item: Disclosure) => act(() => api('DELETE', `${base}/${encodeURIComponent(item.objectId)}`), () => t(m.withdrawnSaid, { title: item.title, id: item.objectId }));

  return (
    <section aria-labelledby="disclosures-title" className="disclosures">
      <h2 id="disclosures-title">{t(m.disclosedTitle)}</h2>
      {items === undefined ? (
        !error && <p className="loading">{t(m.loading)}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t(m.nothingDisclosed)}</p>
      ) : (
        <>
          <table aria-label={t(m.disclosures)}>
            <thead>
              <tr>
                <th scope="col">{t(m.what)}</th>
                <th scope="col">{t(m.kind)}</th>
                <th scope="col">{t(m.disclosed)}</th>
                <th scope="col">{t(m.by)}</th>
                <th scope="col">{canManage ? t(m.withdraw) : t(m.read)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.objectId}>
                  <td>
                    <a href={disclosedHref(caseId, item.objectType, item.objectId)} target="_blank" rel="noreferrer" dir="auto">
                      {item.title}
                    </a>{' '}
                    <code className="muted">{item.objectId}</code>
                  </td>
                  <td>{disclosedKindLabel(item.kind)}</td>
                  <td>{intl.formatDate(item.disclosedAt, { dateStyle: 'medium' })}</td>
                  <td dir="auto">{item.disclosedBy}</td>
                  <td>
                    {canManage ? (
                      <ConfirmButton label={t(m.withdraw)} question={t(m.withdrawQuestion, { title: item.title })} confirmLabel={t(m.yesWithdraw)} onConfirm={() => withdraw(item)} />
                    ) : (
                      <span className="muted">{item.objectType === 'evidence' ? t(m.file) : t(m.json)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={`/api/v1/cases/${encodeURIComponent(caseId)}/disclosed/export`} download={`${caseId}-disclosed.json`}>
              {t(m.downloadAll)}
            </a>{' '}
            <span className="muted">{t(m.loggedAsExport)}</span>
          </p>
        </>
      )}
      {canManage && <DisclosureForm caseId={caseId} onDisclose={disclose} />}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
