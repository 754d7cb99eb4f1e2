import { useEffect, useState, type DragEvent, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { apiFile, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { byteSize, HASH_ALGORITHM } from './evidence-format.js';
import { chosenFiles, walkEntries, type EntryLike, type FolderFile, type UnreadFile } from './folder-entries.js';
import type { HandoverProgress } from './handover-batches.js';
import { receiptPath, sendHandover, type HandoverDetails, type HandoverView } from './handover-upload.js';
import { handoverMessages as m } from './handover.messages.js';

type Phase =
  | { step: 'choose' }
  | { step: 'describe'; files: FolderFile[]; unread: UnreadFile[] }
  | { step: 'sending'; progress: HandoverProgress }
  | { step: 'done'; handover: HandoverView; notSent: UnreadFile[] };

/** What a `webkitdirectory` input needs, which React's types do not name. */
const FOLDER_INPUT = { webkitdirectory: '', directory: '' } as Record<string, string>;

/** Entries of a drop, read while the drop event lasts (its items are emptied afterwards). */
export function droppedEntries(event: DragEvent): EntryLike<File>[] {
  return [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry()).filter((entry) => entry !== null) as unknown as EntryLike<File>[];
}

/**
 * A folder handed over (a USB stick, a drive), dropped or chosen: asks who handed it over (sealed), on what and
 * why, opens a handover, sends every file with its path and modified time, lists what could not be sent, and
 * offers the signed receipt for the person who handed it over.
 */
export function HandoverPanel({ caseId, dropped, onTaken }: { caseId: string; dropped: EntryLike<File>[] | undefined; onTaken: () => void }) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [details, setDetails] = useState<HandoverDetails>({ handedOverBy: '', medium: '', note: '' });
  const [error, setError] = useState<string | undefined>();
  const [receipt, setReceipt] = useState<{ blob: Blob; filename: string } | undefined>();

  const take = async (entries: EntryLike<File>[]) => setPhase({ step: 'describe', ...(await walkEntries(entries)) });
  useEffect(() => {
    if (dropped) void take(dropped);
  }, [dropped]);
  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    if (phase.step !== 'sending') void take(droppedEntries(event));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.step !== 'describe') return;
    setError(undefined);
    setReceipt(undefined);
    try {
      const { handover, notSent } = await sendHandover(caseId, details, phase.files, (progress) => setPhase({ step: 'sending', progress }));
      setPhase({ step: 'done', handover, notSent: [...phase.unread, ...notSent] });
      setDetails({ handedOverBy: '', medium: '', note: '' });
    } catch (caught) {
      setError(errorText(caught));
      setPhase(phase);
    } finally {
      onTaken();
    }
  };

  const downloadReceipt = async (handover: HandoverView) => {
    setError(undefined);
    try {
      // Issued (and logged) once; saved again from memory if asked again.
      let issued = receipt;
      if (!issued) {
        const { blob, filename } = await apiFile('POST', receiptPath(caseId, handover.id));
        issued = { blob, filename: filename ?? `receipt-${handover.id}.txt` };
        setReceipt(issued);
      }
      saveBlob(issued.blob, issued.filename);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const field = (name: keyof HandoverDetails) => ({ value: details[name], onChange: (e: { currentTarget: { value: string } }) => setDetails({ ...details, [name]: e.currentTarget.value }) });

  return (
    <section className="card drop handover" aria-labelledby="handover-title" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
      <h3 id="handover-title">{t(m.title)}</h3>
      <p className="muted">{t(m.intro, { algorithm: HASH_ALGORITHM })}</p>
      {phase.step !== 'sending' && (
        <label>
          {t(m.chooseFolder)}
          <input type="file" multiple {...FOLDER_INPUT} onChange={(e) => setPhase({ step: 'describe', files: chosenFiles(e.currentTarget.files ?? []), unread: [] })} />
        </label>
      )}
      {phase.step === 'describe' && (
        <form className="handover-form" onSubmit={(event) => void submit(event)}>
          <p role="status">{t(m.chosen, { files: phase.files.length, size: byteSize(phase.files.reduce((sum, f) => sum + f.file.size, 0)), unread: phase.unread.length })}</p>
          <label>
            {t(m.handedOverBy)}
            <input {...field('handedOverBy')} aria-describedby="handed-over-by-help" autoComplete="off" dir="auto" />
          </label>
          <p id="handed-over-by-help" className="muted">
            {t(m.handedOverByHelp)}
          </p>
          <label>
            {t(m.medium)}
            <input {...field('medium')} placeholder={t(m.mediumExamples)} dir="auto" />
          </label>
          <label>
            {t(m.note)}
            <textarea rows={2} {...field('note')} dir="auto" />
          </label>
          <div className="actions">
            <button type="submit" disabled={phase.files.length === 0}>
              {t(m.takeIn, { count: phase.files.length })}
            </button>
            <button type="button" onClick={() => setPhase({ step: 'choose' })}>
              {t(m.cancel)}
            </button>
          </div>
        </form>
      )}
      {phase.step === 'sending' && <HandoverBars progress={phase.progress} />}
      {phase.step === 'done' && (
        <div className="handover-done">
          <p role="status">
            <FormattedMessage
              {...m.done}
              values={{ id: phase.handover.id, count: phase.handover.files.length, seq: phase.handover.ledgerSeq, code: (chunks) => <code dir="ltr">{chunks}</code> }}
            />
          </p>
          {phase.notSent.length > 0 && (
            <>
              <p className="error">{t(m.notTakenIn, { count: phase.notSent.length })}</p>
              <ul aria-label={t(m.filesNotSent)}>
                {phase.notSent.map((file) => (
                  <li key={file.path}>
                    <span dir="auto">{file.path}</span>: {file.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={() => void downloadReceipt(phase.handover)}>
            {t(m.downloadReceipt)}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

function HandoverBars({ progress }: { progress: HandoverProgress }) {
  const t = useT();
  return (
    <div className="handover-progress">
      <label>
        {t(m.filesProgress, { done: progress.filesDone, total: progress.filesTotal })}
        <progress max={Math.max(progress.filesTotal, 1)} value={progress.filesDone} />
      </label>
      <label>
        {t(m.bytesProgress, { done: byteSize(progress.bytesDone), total: byteSize(progress.bytesTotal) })}
        <progress max={Math.max(progress.bytesTotal, 1)} value={progress.bytesDone} />
      </label>
    </div>
  );
}

/** Hands a file made in memory to the browser's downloads. */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
