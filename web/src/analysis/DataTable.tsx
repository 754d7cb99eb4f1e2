import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { analysisMessages as m } from './analysis.messages.js';
import { type Cell, csvFileName, csvOf, type TableModel } from './table-model.js';

/** A control for each row (narrowing the case to it, say): drawn in a last column, and not data, so not in the CSV. */
export interface RowAction {
  header: string;
  /** The control of the model's row at this index. */
  cell: (row: number) => ReactNode;
}

/**
 * An analysis table as it is downloaded: the same cells, and a button writing them as CSV in the browser. A
 * count opens to the incidents it counts, each linked to its page; the list is drawn only when opened, since a
 * count may stand for thousands.
 */
export function DataTable({ model, caseId, rowAction }: { model: TableModel; caseId: string; rowAction?: RowAction }) {
  const t = useT();
  return (
    <div className="analysis-table">
      <div className="table-scroll">
        <table aria-label={model.label}>
          <thead>
            <tr>
              {model.headers.map((header, i) => (
                <th key={header} scope="col" className={model.numeric[i] ? 'number' : undefined}>
                  {header}
                </th>
              ))}
              {rowAction && (
                <th scope="col" data-table-action>
                  {rowAction.header}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {model.rows.length === 0 && (
              <tr>
                <td colSpan={model.headers.length + (rowAction ? 1 : 0)} className="muted">
                  {model.empty}
                </td>
              </tr>
            )}
            {model.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" dir="auto">
                      <CellContent cell={cell} caseId={caseId} />
                    </th>
                  ) : (
                    <td key={i} className={model.numeric[i] ? 'number' : undefined} dir="auto">
                      <CellContent cell={cell} caseId={caseId} />
                    </td>
                  ),
                )}
                {rowAction && <td data-table-action>{rowAction.cell(r)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="secondary" aria-label={t(m.downloadCsvOf, { label: model.label })} onClick={() => download(csvOf(model), csvFileName(model.label))}>
        {t(m.downloadCsv)}
      </button>
    </div>
  );
}

export function CellContent({ cell, caseId }: { cell: Cell; caseId: string }) {
  if (!cell.incidentIds?.length) return <>{cell.text}</>;
  return <IncidentIds text={cell.text} ids={cell.incidentIds} caseId={caseId} />;
}

/** A figure that opens to the incidents it counts. */
export function IncidentIds({ text, ids, caseId }: { text: string; ids: readonly string[]; caseId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="incident-ids" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary title={t(m.showIncidents, { count: ids.length })}>{text}</summary>
      {open && (
        <ul aria-label={t(m.incidentsCounted, { count: ids.length })}>
          {ids.map((id) => (
            <li key={id}>
              <a href={href({ page: 'incident', caseId, id })}>{id}</a>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
