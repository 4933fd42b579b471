/**
 * `/questionnaire`: the questionnaire due today, if any (the server decides, at most one a day),
 * answered one screen at a time and sent with the form's own id so a retry stores it once.
 */
import { useState } from 'react';
import type { Answer } from '../../../core/questionnaires/types.js';
import { QuestionnaireResponseSchema, type FormDefinitionDto } from '../../../contract/questionnaire.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { newClientId } from '../../lib/new-client-id.js';
import { useToday } from '../../hooks/useToday.js';
import { answerQuestionnaire, sendSoon } from '../../sync/sync.js';
import { SyncStatusLine } from '../../sync/SyncStatusLine.js';
import { useSyncEntries } from '../../sync/useSync.js';
import { useAccount } from '../auth/session-context.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { questionnaireMessages } from './messages.js';
import { QuestionnaireForm } from './QuestionnaireForm.js';
import { QuestionnaireResult } from './QuestionnaireResult.js';
import { useItemText } from './useItemText.js';

/** The page: loading, nothing due, the form, or the result. */
export function QuestionnairePage() {
  const m = useMessages(questionnaireMessages).page;
  const due = useQuery('q-due', () => callApi('getDueQuestionnaire'));
  if (due.status === 'loading') return <Page title={m.title}><Loading /></Page>;
  if (due.status === 'error') return <Page title={m.title}><ErrorMessage error={due.error} onRetry={due.reload} /></Page>;
  if (!due.data.due) {
    return (
      <Page title={m.title}>
        <p>{m.noneDue}</p>
        <p><Link to={PATHS.home}>{m.home}</Link></p>
      </Page>
    );
  }
  return <AnswerForm form={due.data.due.form} />;
}

function AnswerForm({ form }: { form: FormDefinitionDto }) {
  const text = useItemText();
  // One id per form: a double tap or a retry after a lost answer stores one answer set.
  const [clientId] = useState(() => newClientId());
  const account = useAccount();
  // The day answered is today, even when the answers are sent later.
  const today = useToday(account.timeZone);
  const [kept, setKept] = useState(false);
  const entry = useSyncEntries(account.id).findLast((e) => e.op.key === clientId);
  const result = QuestionnaireResponseSchema.safeParse(entry?.result);
  const saved = result.success ? result.data : null;
  const send = useAction(async (answers: Answer[]) => {
    answerQuestionnaire(account.id, { clientId, instrument: form.instrument, localDate: today, answers });
    setKept(true);
    await sendSoon(account.id);
  });
  return (
    <Page title={text(form.title)} intro={saved || kept || !form.intro ? undefined : <p>{text(form.intro)}</p>}>
      {saved ? (
        <QuestionnaireResult response={saved} />
      ) : kept ? (
        <SyncStatusLine userId={account.id} opKey={clientId} />
      ) : (
        <QuestionnaireForm form={form} pending={send.pending} error={send.error} onSend={(answers) => void send.run(answers)} />
      )}
    </Page>
  );
}
