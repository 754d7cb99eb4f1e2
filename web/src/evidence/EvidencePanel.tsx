import { useEffect, useState, type DragEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, errorText, uploadFile, type EvidenceRow } from '../api.js';
import { deviceClock, utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { CapturePanel } from './CapturePanel.js';
import { evidenceMessages as m } from './evidence.messages.js';
import { byteSize, HASH_ALGORITHM, kilometres } from './evidence-format.js';
import { filterSummary } from './evidence-words.js';
import type { EntryLike } from './folder-entries.js';
import { droppedEntries, HandoverPanel } from './HandoverPanel.js';
import { listHandovers } from './handover-upload.js';
import { MetadataSearch, type MetadataFilterRead, type MetadataFound } from './MetadataSearch.js';
import { derivativeUrl } from './VideoDerivatives.js';
import { GraphicThumbnail } from '../sensitivity/GraphicThumbnail.js';
import { LabelChips } from '../sensitivity/LabelChips.js';
import { useCaseLabels } from '../sensitivity/sensitivity-api.js';
import { sensitivityMessages as sm } from '../sensitivity/sensitivity.messages.js';
import '../sensitivity/sensitivity.css';

/**
 * An item as the case's list gives it: its thumbnail's SHA-256 (a derivative) when one was made; what matched a
 * search; its sensitivity labels, those suggested at intake, and whether its thumbnail comes blurred to me.
 */
type ListedItem = EvidenceRow & { thumbnail?: string | null; found?: MetadataFound; labels?: string[]; suggestedLabels?: string[]; blurred?: boolean };

interface Upload {
  name: string;
  progress: number;
  error?: string;
}

/** A case's evidence: what was taken in (hash, type, size, when, by whom), and uploads of many files at once. */
export function EvidencePanel({ caseId, canAdd }: { caseId: string; canAdd: boolean }) {
  const t = useT();
  const intl = useIntl();
  const [items, setItems] = useState<ListedItem[] | undefined>();
  /** A search by metadata (a query string), and the filter as the server read it. */
  const [search, setSearch] = useState('');
  /** Only items carrying this sensitivity label, or all. */
  const [label, setLabel] = useState('');
  const { names, usable } = useCaseLabels(caseId);
  const query = [search, label && `label=${encodeURIComponent(label)}`].filter(Boolean).join('&');
  const [filter, setFilter] = useState<MetadataFilterRead | undefined>();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [error, setError] = useState<string | undefined>();
  /** Each item's path in the folder it was handed over in, if it came in one. */
  const [paths, setPaths] = useState<Map<string, string>>(new Map());
  const [droppedFolder, setDroppedFolder] = useState<EntryLike<File>[] | undefined>();
  const load = () =>
    Promise.all([
      api<{ items: ListedItem[]; filter?: MetadataFilterRead }>('GET', `/cases/${encodeURIComponent(caseId)}/evidence${query ? `?${query}` : ''}`).then(
        (r) => {
          setItems(r.items);
          setFilter(r.filter);
          setError(undefined);
        },
        (caught: unknown) => setError(errorText(caught)),
      ),
      listHandovers(caseId).then((handovers) => setPaths(new Map(handovers.flatMap((h) => h.files.map((f) => [f.evidenceId, f.path] as const)).reverse())), () => undefined),
    ]);
  useEffect(() => {
    void load();
  }, [caseId, search, label]);

  const add = async (files: File[]) => {
    const start = uploads.length;
    setUploads((list) => [...list, ...files.map((f) => ({ name: f.name, progress: 0 }))]);
    const update = (index: number, change: Partial<Upload>) => setUploads((list) => list.map((u, i) => (i === start + index ? { ...u, ...change } : u)));
    // One after another: each file is hashed as it streams in, and the list shows each as it lands.
    for (const [index, file] of files.entries()) {
      try {
        await uploadFile(`/cases/${encodeURIComponent(caseId)}/evidence`, file, (progress) => update(index, { progress }));
        update(index, { progress: 1 });
        await load();
      } catch (caught) {
        update(index, { error: errorText(caught) });
      }
    }
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    // A folder is a handover: its files keep their paths, and the person who handed it over gets a receipt.
    const entries = droppedEntries(event);
    if (entries.some((entry) => entry.isDirectory)) return setDroppedFolder(entries);
    void add([...event.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t(m.title)}</h2>
      {canAdd && (
        <div className="drop card" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
          <label>
            {t(m.addFiles)}
            <input type="file" multiple onChange={(e) => void add([...(e.currentTarget.files ?? [])])} />
          </label>
          {uploads.length > 0 && (
            <ul className="uploads" aria-label={t(m.uploads)}>
              {uploads.map((u, i) => (
                <li key={i}>
                  <span dir="auto">{u.name}</span> <progress max={1} value={u.progress} aria-label={t(m.uploadOf, { name: u.name })} />{' '}
                  {u.error ? <span className="error">{u.error}</span> : u.progress === 1 ? t(m.stored) : intl.formatNumber(u.progress, { style: 'percent' })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {canAdd && <HandoverPanel caseId={caseId} dropped={droppedFolder} onTaken={() => void load()} />}
      <MetadataSearch active={search !== ''} onSearch={setSearch} />
      <p className="label-filter">
        <label>
          {t(sm.filterLabel)}{' '}
          <select value={label} onChange={(event) => setLabel(event.currentTarget.value)}>
            <option value="">{t(sm.anyLabel)}</option>
            {usable.map((code) => (
              <option key={code} value={code}>
                {names(code)}
              </option>
            ))}
          </select>
        </label>
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {filter && items && (
        <p role="status" className="metadata-search-summary">
          {filterSummary(items.length, filter)}
        </p>
      )}
      {items === undefined ? (
        <p className="loading">{t(m.loading)}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t(filter ? m.noMatch : m.noEvidence)}</p>
      ) : (
        <table aria-label={t(m.itemsTable)}>
          <caption className="muted">{t(m.thumbnailsCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t(m.thumbnail)}</span>
              </th>
              <th scope="col">{t(m.file)}</th>
              <th scope="col">{HASH_ALGORITHM}</th>
              <th scope="col">{t(m.type)}</th>
              <th scope="col">{t(m.size)}</th>
              <th scope="col">{t(m.takenIn)}</th>
              <th scope="col">{t(m.by)}</th>
              {filter && <th scope="col">{t(m.takenDeviceClock)}</th>}
              {filter?.near && <th scope="col">{t(m.fromPlace, { place: filter.near.place })}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="thumbnail-cell">
                  {item.thumbnail && (
                    <GraphicThumbnail
                      key={`${item.id}-${item.blurred === true}`}
                      caseId={caseId}
                      evidenceId={item.id}
                      name={item.originalName}
                      url={derivativeUrl(item.id, item.thumbnail)}
                      blurred={item.blurred === true}
                      labels={item.labels ?? []}
                      names={names}
                      plainAlt={t(m.thumbnailOf, { name: item.originalName })}
                    />
                  )}
                </td>
                <td dir="auto">
                  <a href={href({ page: 'evidence-item', caseId, id: item.id })}>{item.originalName}</a>
                  <LabelChips labels={item.labels ?? []} names={names} />
                  {(item.suggestedLabels?.length ?? 0) > 0 && <div className="muted suggested-labels">{t(sm.suggestedList, { labels: item.suggestedLabels!.map(names).join(', ') })}</div>}
                  {paths.has(item.id) && (
                    <div className="muted handed-over-path" dir="ltr" title={t(m.handedOverPath)}>
                      {paths.get(item.id)}
                    </div>
                  )}
                </td>
                <td>
                  <code className="hash" dir="ltr">{item.sha256}</code>
                </td>
                <td>{item.mediaType}</td>
                <td>{byteSize(item.size)}</td>
                <td>{utcTime(item.intakeAt)}</td>
                <td>{item.intakeBy}</td>
                {filter && <td>{item.found?.captured ? (item.found.captured.zone ? `${deviceClock(item.found.captured.local)} ${item.found.captured.zone}` : t(m.capturedNoZone, { time: deviceClock(item.found.captured.local) })) : '—'}</td>}
                {filter?.near && <td>{item.found?.distanceKm !== null && item.found?.distanceKm !== undefined ? kilometres(item.found.distanceKm, 2) : '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CapturePanel caseId={caseId} canAdd={canAdd} onCaptured={() => void load()} />
    </section>
  );
}
