import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { ConfirmButton } from './ConfirmButton.js';
import { disclosedHref, type DisclosedType } from './disclosable.js';
import { DisclosureForm } from './DisclosureForm.js';

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
  const base = `/cases/${encodeURIComponent(caseId)}/disclosures`;
  const [items, setItems] = useState<Disclosure[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const load = () => api<{ items: Disclosure[] }>('GET', base).then((r) => setItems(r.items), (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
  }, [caseId]);

  const act = async (change: () => Promise<string>): Promise<boolean> => {
    setDone(undefined);
    try {
      const said = await change();
      setError(undefined);
      setDone(said);
      await load();
      return true;
    } catch (caught) {
      setError(errorText(caught));
      return false;
    }
  };
  const disclose = (objectId: string) =>
    act(async () => {
      const made = await api<Disclosure>('PUT', `${base}/${encodeURIComponent(objectId)}`);
      return `Disclosed: ${made.title} (${made.objectId}).`;
    });
  const withdraw = (item: Disclosure) =>
    act(async () => {
      await api('DELETE', `${base}/${encodeURIComponent(item.objectId)}`);
      return `Withdrawn: ${item.title} (${item.objectId}).`;
    });

  return (
    <section aria-labelledby="disclosures-title" className="disclosures">
      <h2 id="disclosures-title">Disclosed to external counsel</h2>
      {items === undefined ? (
        !error && <p className="loading">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing has been disclosed.</p>
      ) : (
        <>
          <table aria-label="Disclosures">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Kind</th>
                <th scope="col">Disclosed</th>
                <th scope="col">By</th>
                <th scope="col">{canManage ? 'Withdraw' : 'Read'}</th>
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
                  <td>{item.kind.replaceAll('_', ' ')}</td>
                  <td>{item.disclosedAt.slice(0, 10)}</td>
                  <td dir="auto">{item.disclosedBy}</td>
                  <td>
                    {canManage ? (
                      <ConfirmButton label="Withdraw" question={`Withdraw ${item.title} from counsel?`} confirmLabel="Yes, withdraw" onConfirm={() => withdraw(item)} />
                    ) : (
                      <span className="muted">{item.objectType === 'evidence' ? 'file' : 'JSON'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={`/api/v1/cases/${encodeURIComponent(caseId)}/disclosed/export`} download={`${caseId}-disclosed.json`}>
              Download everything disclosed (JSON)
            </a>{' '}
            <span className="muted">— logged in the custody ledger as an export.</span>
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
