/**
 * The safety questions, asked again whenever something changes (CLINICAL.md §1): prefilled,
 * with why they are asked now, and what the saved answers mean for the plan.
 */
import { useState, type FormEvent } from 'react';
import { findSafetyProblems, tidySafetyAnswers, type IntakeProblem } from '../../../core/intake.js';
import type { SafetyAnswers } from '../../../core/safety.js';
import type { Profile } from '../../../contract/profile.js';
import type { SafetyStatus } from '../../../contract/safety.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useProfile } from '../../hooks/useProfile.js';
import { useSafety, useShowSavedSafety } from '../../hooks/useSafety.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useSearchParam } from '../../router/useLocation.js';
import { safetyMessages } from './messages.js';
import { SafetyNotice } from './SafetyNotice.js';
import { SafetyQuestions } from './SafetyQuestions.js';
import { unsavedReferral } from './unsaved-outcome.js';

/** The safety page: the questions, prefilled, and what the saved answers mean. */
export function SafetyPage() {
  const m = useMessages(safetyMessages);
  const profile = useProfile();
  const safety = useSafety();
  const afterCheckin = useSearchParam('after') === 'checkin';
  const failed = profile.status === 'error' ? profile : safety.status === 'error' ? safety : null;
  return (
    <Page title={m.title} intro={<p>{afterCheckin ? m.page.afterCheckin : m.page.intro}</p>}>
      {profile.status === 'loading' || safety.status === 'loading' ? <Loading /> : null}
      {failed ? <ErrorMessage error={failed.error} onRetry={failed.reload} /> : null}
      {profile.status === 'success' && profile.data === null ? (
        <div className="notice">
          <p>{m.page.noProfile}</p>
          <Link className="button button--primary" to={PATHS.intake}>
            {m.page.startIntake}
          </Link>
        </div>
      ) : null}
      {profile.status === 'success' && profile.data && safety.status === 'success' && safety.data ? (
        <SafetyForm profile={profile.data} status={safety.data} />
      ) : null}
    </Page>
  );
}

// After a stop sign the go-ahead is asked afresh: one from before the stop no longer counts.
function prefill(profile: Profile, status: SafetyStatus): SafetyAnswers {
  const answers = tidySafetyAnswers(profile.safety);
  if (!status.hold) return answers;
  const { cleared_by_clinician: _cleared, clearedOn: _on, ...rest } = answers;
  return rest;
}

function SafetyForm({ profile, status }: { profile: Profile; status: SafetyStatus }) {
  const m = useMessages(safetyMessages);
  const [answers, setAnswers] = useState<SafetyAnswers>(() => prefill(profile, status));
  const [problems, setProblems] = useState<IntakeProblem[]>([]);
  const [saved, setSaved] = useState<SafetyStatus | null>(null);
  const [tried, setTried] = useState<SafetyAnswers | null>(null);
  const showSaved = useShowSavedSafety();
  const save = useAction(async (safety: SafetyAnswers) => {
    setTried(safety);
    const status = await callApi('putSafety', { body: safety });
    setSaved(status);
    showSaved(status);
  });
  // Offline or unanswered, a stop sign still shows: what the answers mean does not wait for the server.
  const unsaved = save.error && !saved ? unsavedReferral(tried) : null;

  // A changed answer is not saved yet: what the old answers meant no longer stands.
  const change = (next: SafetyAnswers) => {
    setAnswers(next);
    setSaved(null);
  };

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

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {!saved && status.review.due ? (
        <WhyNow status={status} hadGoAhead={profile.safety.cleared_by_clinician === true} />
      ) : null}
      {!saved && !status.hold && status.outcome.status !== 'clear' ? (
        <SafetyNotice outcome={status.outcome} />
      ) : null}
      <fieldset className="plain-fieldset">
        <legend className="visually-hidden">{m.questionsLegend}</legend>
        <p>{m.intro}</p>
        <SafetyQuestions answers={answers} onChange={change} problems={problems} />
      </fieldset>
      {problems.length > 0 ? (
        <p role="alert" className="field__error">
          {m.page.answerAll}
        </p>
      ) : null}
      {save.error ? <ErrorMessage error={save.error} /> : null}
      {unsaved ? (
        <div className="stack">
          <p>{m.page.notSavedYet}</p>
          <SafetyNotice outcome={unsaved} prominent />
        </div>
      ) : null}
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
          <SafetyNotice outcome={saved.outcome} prominent />
          <Link to={PATHS.home}>{m.page.home}</Link>
        </div>
      ) : null}
    </form>
  );
}

function WhyNow({ status, hadGoAhead }: { status: SafetyStatus; hadGoAhead: boolean }) {
  const m = useMessages(safetyMessages);
  return (
    <section className="notice notice--caution" aria-labelledby="safety-why-now">
      <h2 id="safety-why-now" className="notice__title">
        {m.page.whyNow}
      </h2>
      <ul className="notice__list">
        {status.review.reasons.map((reason) => (
          <li key={reason}>{m.reviewCard.reasons[reason]}</li>
        ))}
      </ul>
      {status.hold && hadGoAhead ? <p>{m.hold.afterGoAhead}</p> : null}
    </section>
  );
}
