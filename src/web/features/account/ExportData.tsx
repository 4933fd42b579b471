/** Download everything as one JSON file, exactly as the server sent it. */
import { useState } from 'react';
import { callApiRaw } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { downloadText, exportFileName } from './export-file.js';
import { accountMessages } from './messages.js';

/** The export button and its status. */
export function ExportData({ timeZone }: { timeZone: string }) {
  const m = useMessages(accountMessages).data;
  const today = useToday(timeZone);
  const [done, setDone] = useState(false);
  const download = useAction(async () => {
    const { text } = await callApiRaw('exportMe');
    downloadText(text, exportFileName(today));
    setDone(true);
  });
  return (
    <>
      <p>{m.body}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={download.pending || undefined}
        onClick={() => void download.run()}
      >
        {download.pending ? m.downloading : m.download}
      </button>
      <p role="status" className={done ? undefined : 'visually-hidden'}>
        {done ? m.done : ''}
      </p>
      {download.error ? <ErrorMessage error={download.error} /> : null}
    </>
  );
}
