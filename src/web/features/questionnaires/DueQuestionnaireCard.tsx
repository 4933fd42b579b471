/** Home's card for a questionnaire due today (the server offers at most one a day). */
import { useMemo } from 'react';
import type { z } from 'zod';
import type { DueQuestionnaire } from '../../../contract/questionnaire.js';
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { buildSteps, estimateMinutes } from './form-flow.js';
import { questionnaireMessages } from './messages.js';

type Due = NonNullable<z.infer<typeof DueQuestionnaire>['due']>;

/** Nothing unless a questionnaire is due; then a card that opens it. */
export function DueQuestionnaireCard() {
  const due = useQuery('q-due', () => callApi('getDueQuestionnaire'));
  if (due.status !== 'success' || !due.data.due) return null;
  return <DueCard due={due.data.due} />;
}

function DueCard({ due }: { due: Due }) {
  const m = useMessages(questionnaireMessages).due;
  const minutes = useMemo(() => estimateMinutes(buildSteps(due.form)), [due.form]);
  return (
    <section className="card card--questionnaire" aria-labelledby="q-due-heading">
      <h2 id="q-due-heading">{m.heading}</h2>
      <p>{m.body(minutes)}</p>
      {due.assignedBy ? <p>{m.byClinician(due.assignedBy)}</p> : null}
      <Link className="button button--primary" to={PATHS.questionnaire}>{m.open}</Link>
    </section>
  );
}
