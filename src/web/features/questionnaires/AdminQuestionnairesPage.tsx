/** `/admin/questionnaires`: import a licensed FHIR Questionnaire, see what is imported, retire one. */
import { useState } from 'react';
import type { z } from 'zod';
import type { ImportedQuestionnaire } from '../../../contract/questionnaire.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDay } from '../../lib/format.js';
import { toLocalDate } from '../../../core/calendar.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { adminQuestionnaireMessages } from './admin-messages.js';
import { ImportQuestionnaireForm } from './ImportQuestionnaireForm.js';

type Imported = z.infer<typeof ImportedQuestionnaire>;

/** The page: the import form, then the list. */
export function AdminQuestionnairesPage() {
  const m = useMessages(adminQuestionnaireMessages);
  const list = useQuery('admin:questionnaires', () => callApi('listImportedQuestionnaires'));
  const [status, setStatus] = useState('');
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <p><Link to={PATHS.admin}>{m.back}</Link></p>
      <ImportQuestionnaireForm onImported={list.reload} />
      <section className="card" aria-labelledby="q-list-heading">
        <h2 id="q-list-heading">{m.list.heading}</h2>
        <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>{status}</p>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
        {list.status === 'success' ? (
          <ImportedList items={list.data.items} onRetired={(title) => { setStatus(m.list.retired(title)); list.reload(); }} />
        ) : null}
      </section>
    </Page>
  );
}

function ImportedList({ items, onRetired }: { items: readonly Imported[]; onRetired: (title: string) => void }) {
  const m = useMessages(adminQuestionnaireMessages).list;
  const c = m.columns;
  if (items.length === 0) return <p>{m.none}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={m.caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>{[c.title, c.version, c.scoring, c.items, c.imported, c.action].map((label) => <th key={label} scope="col">{label}</th>)}</tr>
        </thead>
        <tbody>{items.map((item) => <ImportedRow key={item.id} item={item} onRetired={onRetired} />)}</tbody>
      </table>
    </div>
  );
}

function ImportedRow({ item, onRetired }: { item: Imported; onRetired: (title: string) => void }) {
  const m = useMessages(adminQuestionnaireMessages).list;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const [confirming, setConfirming] = useState(false);
  const retire = useAction(async () => {
    await callApi('retireQuestionnaire', { params: { id: item.id } });
    onRetired(item.title);
  });
  return (
    <tr>
      <th scope="row">{item.title}</th>
      <td>{item.version}</td>
      <td>{item.scoring ? m.scoring[item.scoring] : m.notScored}</td>
      <td>{item.itemCount}</td>
      <td>{m.importedOn(formatDay(toLocalDate(item.importedAt, timeZone), locale), item.importedBy)}</td>
      <td>
        {confirming ? (
          <ConfirmStep
            question={m.retireQuestion(item.title)}
            details={<p>{m.retireDetails}</p>}
            confirmLabel={m.retireConfirm}
            cancelLabel={m.retireCancel}
            busy={retire.pending}
            onConfirm={() => void retire.run()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {m.retire}<span className="visually-hidden">{m.retireContext(item.title)}</span>
          </button>
        )}
        {retire.error ? <ErrorMessage error={retire.error} /> : null}
      </td>
    </tr>
  );
}
