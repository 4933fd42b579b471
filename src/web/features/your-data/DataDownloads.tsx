/** The three downloads — JSON, CSV (zip), FHIR — for the signed-in person or a linked patient. */
import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { offerDownload } from '../../lib/download.js';
import { DATA_FORMATS, fetchDataFile, type DataFormat, type DataOwner } from './data-files.js';
import { dataMessages } from './messages.js';

/** A button per format with what it is for, and one status line. */
export function DataDownloads({ owner, timeZone }: { owner: DataOwner; timeZone: string }) {
  const m = useMessages(dataMessages).downloads;
  const today = useToday(timeZone);
  const id = useId();
  const [done, setDone] = useState(false);
  const download = useAction(async (format: DataFormat) => {
    setDone(false);
    const file = await fetchDataFile(owner, format, today);
    offerDownload(file.blob, file.name);
    setDone(true);
  });
  const labels = owner.kind === 'me' ? m.labels : m.patientLabels;
  return (
    <>
      <ul className="data-downloads">
        {DATA_FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={`${id}-${format}`}
              aria-disabled={download.pending || undefined}
              onClick={() => void download.run(format)}
            >
              {labels[format]}
            </button>
            <p id={`${id}-${format}`} className="field__hint">{m.hints[format]}</p>
          </li>
        ))}
      </ul>
      <p role="status" className={done || download.pending ? undefined : 'visually-hidden'}>
        {download.pending ? m.downloading : done ? m.done : ''}
      </p>
      {download.error ? <ErrorMessage error={download.error} /> : null}
    </>
  );
}
