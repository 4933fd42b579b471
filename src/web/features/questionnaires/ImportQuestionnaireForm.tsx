/** The admin's import: choose a FHIR Questionnaire file, send its JSON; a refusal lists each problem. */
import { useState, type FormEvent } from 'react';
import { isApiError, type ApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { FileField } from '../your-data/FileField.js';
import { parseJsonFile, splitProblems } from '../your-data/json-file.js';
import { adminQuestionnaireMessages } from './admin-messages.js';

/** The form; `onImported` runs after a file is taken. */
export function ImportQuestionnaireForm({ onImported }: { onImported: () => void }) {
  const m = useMessages(adminQuestionnaireMessages).import;
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const send = useAction(async (resource: Record<string, unknown>) => {
    const imported = await callApi('importQuestionnaire', { body: { ...resource, resourceType: String(resource['resourceType'] ?? '') } });
    setDone(m.done(imported.title));
    onImported();
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (text === null) return setProblem(m.chooseFirst);
    const parsed = parseJsonFile(text);
    if (!parsed.ok) return setProblem(parsed.reason === 'not_json' ? m.notJson : m.notObject);
    setProblem(null);
    void send.run(parsed.value);
  };
  return (
    <section className="card" aria-labelledby="q-import-heading">
      <h2 id="q-import-heading">{m.heading}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <FileField label={m.label} hint={m.hint} accept=".json,application/json,application/fhir+json" error={problem} onText={(t) => { setText(t); setProblem(null); }} />
        <button type="submit" className="button button--primary" aria-disabled={send.pending || undefined}>
          {send.pending ? m.importing : m.button}
        </button>
      </form>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>{done}</p>
      {send.error ? <Refusal error={send.error} /> : null}
    </section>
  );
}

/** A 400/422 refusal as a list of what is unsupported; any other error as usual. */
function Refusal({ error }: { error: ApiError }) {
  const m = useMessages(adminQuestionnaireMessages).import;
  if (!isApiError(error) || (error.status !== 400 && error.status !== 422)) return <ErrorMessage error={error} />;
  const { lead, problems } = splitProblems(error.message);
  return (
    <div className="notice notice--error" role="alert">
      <p>{lead ?? m.refused}</p>
      <ul className="q-problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
      {error.field ? <p>{`${m.refusedPath}: ${error.field}`}</p> : null}
    </div>
  );
}
