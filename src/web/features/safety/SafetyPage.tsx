/** Revisit the safety questions at any time; the answers are saved into the profile. */
import { useState, type FormEvent } from 'react';
import { findSafetyProblems, tidySafetyAnswers, type IntakeProblem } from '../../../core/intake.js';
import { assessSafety, type SafetyAnswers, type SafetyOutcome } from '../../../core/safety.js';
import type { Profile } from '../../../contract/profile.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useProfile } from '../../hooks/useProfile.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { safetyMessages } from './messages.js';
import { SafetyNotice } from './SafetyNotice.js';
import { SafetyQuestions } from './SafetyQuestions.js';

/** The safety page: the questions, prefilled, and what the saved answers mean. */
export function SafetyPage() {
  const m = useMessages(safetyMessages);
  const query = useProfile();
  return (
    <Page title={m.title} intro={<p>{m.page.intro}</p>}>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' && query.data === null ? (
        <div className="notice">
          <p>{m.page.noProfile}</p>
          <Link className="button button--primary" to={PATHS.intake}>
            {m.page.startIntake}
          </Link>
        </div>
      ) : null}
      {query.status === 'success' && query.data ? <SafetyForm profile={query.data} /> : null}
    </Page>
  );
}

function SafetyForm({ profile }: { profile: Profile }) {
  const m = useMessages(safetyMessages);
  const [answers, setAnswers] = useState<SafetyAnswers>(profile.safety);
  const [problems, setProblems] = useState<IntakeProblem[]>([]);
  const [saved, setSaved] = useState<SafetyOutcome | null>(null);
  const save = useAction(async (safety: SafetyAnswers) => {
    const result = await callApi('putProfile', { body: { ...profile, safety } });
    setSaved(assessSafety(result.profile.safety));
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = findSafetyProblems(answers);
    setProblems(found);
    setSaved(null);
    const first = found[0];
    if (first?.field === 'safety')
      document.getElementById(`safety-${first.question}`)?.querySelector('input')?.focus();
    else void save.run(tidySafetyAnswers(answers));
  };

  const current = assessSafety(profile.safety);
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {!saved && current.status !== 'clear' ? <SafetyNotice outcome={current} /> : null}
      <fieldset className="plain-fieldset">
        <legend className="visually-hidden">{m.questionsLegend}</legend>
        <p>{m.intro}</p>
        <SafetyQuestions answers={answers} onChange={setAnswers} problems={problems} />
      </fieldset>
      {problems.length > 0 ? (
        <p role="alert" className="field__error">
          {m.page.answerAll}
        </p>
      ) : null}
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <button
        type="submit"
        className="button button--primary button--wide"
        aria-disabled={save.pending || undefined}
      >
        {save.pending ? m.page.saving : m.page.save}
      </button>
      {saved ? (
        <div className="stack">
          <p role="status">{m.page.saved}</p>
          <SafetyNotice outcome={saved} prominent />
          <Link to={PATHS.home}>{m.page.home}</Link>
        </div>
      ) : null}
    </form>
  );
}
