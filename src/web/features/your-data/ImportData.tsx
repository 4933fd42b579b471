/**
 * Bringing a JSON download from another Pacewise server into this (new) account: choose the
 * file, confirm, and read what came in — or, plainly, why nothing did.
 */
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { ImportRequest, type ImportResult } from '../../../contract/data-export.routes.js';
import { isApiError, type ApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { FileField } from './FileField.js';
import { parseJsonFile } from './json-file.js';
import { dataMessages } from './messages.js';

type Export = z.infer<typeof ImportRequest>;
type Result = z.infer<typeof ImportResult>;

/** The import: file, check, confirmation, result. */
export function ImportData() {
  const m = useMessages(dataMessages).importing;
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [ready, setReady] = useState<Export | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const send = useAction(async (document: Export) => {
    setResult(await callApi('importMe', { body: document }));
  });
  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (text === null) return setProblem(m.chooseFirst);
    const parsed = parseJsonFile(text);
    const document = parsed.ok ? ImportRequest.safeParse(parsed.value) : null;
    if (!document?.success) return setProblem(parsed.ok ? m.notExport : m.notJson);
    setProblem(null);
    send.clearError();
    setReady(document.data);
  };
  return (
    <>
      <p>{m.body}</p>
      <form className="form" noValidate onSubmit={onCheck}>
        <FileField label={m.label} hint={m.hint} accept=".json,application/json" error={problem} onText={(t) => { setText(t); setProblem(null); setReady(null); }} />
        {ready ? null : <button type="submit" className="button button--secondary">{m.check}</button>}
      </form>
      {ready ? (
        <ConfirmStep
          tone="calm"
          question={m.question}
          details={<p>{m.details}</p>}
          confirmLabel={send.pending ? m.busy : m.confirm}
          cancelLabel={m.cancel}
          busy={send.pending}
          onConfirm={() => void send.run(ready).then(() => setReady(null))}
          onCancel={() => setReady(null)}
        />
      ) : null}
      {result ? <ImportDone result={result} /> : null}
      {send.error ? <ImportRefused error={send.error} /> : null}
    </>
  );
}

function ImportDone({ result }: { result: Result }) {
  const m = useMessages(dataMessages).importing;
  return (
    <div className="notice notice--success" role="status">
      <p><strong>{m.done}</strong></p>
      <p>{m.counts(result)}</p>
      {result.leftBehind.length > 0 ? <p>{m.leftBehind(result.leftBehind.map((part) => m.leftBehindParts[part] ?? part).join('; '))}</p> : null}
    </div>
  );
}

/** 409: the account is not empty; 400/422: the file's own problem in the server's words. */
function ImportRefused({ error }: { error: ApiError }) {
  const m = useMessages(dataMessages).importing;
  if (isApiError(error) && error.status === 409) return <div className="notice notice--error" role="alert"><p>{m.conflict}</p></div>;
  if (isApiError(error) && (error.status === 400 || error.status === 422)) {
    return <div className="notice notice--error" role="alert"><p>{m.refused}</p><p>{error.message}</p></div>;
  }
  return <ErrorMessage error={error} />;
}
