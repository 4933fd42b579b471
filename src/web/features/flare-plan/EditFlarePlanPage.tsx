/**
 * Writing the flare plan in five guided steps, one question a screen, with Back, Next and a step
 * count. The draft lives here, so moving between steps loses nothing; Save is on the last step.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FlarePlanSchema } from '../../../contract/flare-plan.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { FlareStepFields } from './FlareStepFields.js';
import {
  FLARE_STEPS,
  STEP_OF_FIELD,
  draftFromPlan,
  flarePlanProblems,
  toPutFlarePlanRequest,
  type FlarePlanDraft,
  type FlareTextField,
} from './flare-plan-form.js';
import { flarePlanMessages } from './messages.js';
import { useFlarePlan } from './useFlarePlan.js';

/** The page: loads the saved plan (if any) and hands it to the steps. */
export function EditFlarePlanPage() {
  const m = useMessages(flarePlanMessages);
  const query = useFlarePlan();
  return (
    <Page title={m.editTitle}>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? <FlareSteps saved={query.data} /> : null}
    </Page>
  );
}

function FlareSteps({ saved }: { saved: FlarePlanSchema | null }) {
  const m = useMessages(flarePlanMessages);
  const [draft, setDraft] = useState<FlarePlanDraft>(() => draftFromPlan(saved));
  const [index, setIndex] = useState(0);
  const [problems, setProblems] = useState<FlareTextField[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = FLARE_STEPS[index] ?? 'helps';
  const isLast = index === FLARE_STEPS.length - 1;

  // A new step moves focus to its heading, so a screen reader starts at the question.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);
  const goTo = (next: number) => {
    moved.current = true;
    setIndex(next);
  };

  const save = useAction(async () => {
    await callApi('putFlarePlan', { body: toPutFlarePlanRequest(draft) });
    setFlash(m.saved);
    navigate(PATHS.flarePlan);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isLast) return goTo(index + 1);
    const found = flarePlanProblems(draft);
    setProblems(found);
    const first = found[0];
    if (first) goTo(FLARE_STEPS.indexOf(STEP_OF_FIELD[first]));
    else void save.run();
  };

  return (
    <form className="form flare-steps" noValidate onSubmit={submit}>
      <p className="flare-steps__count">{m.stepCount(index + 1, FLARE_STEPS.length)}</p>
      <h2 ref={heading} tabIndex={-1}>
        {m.steps[step].heading}
      </h2>
      <FlareStepFields
        step={step}
        draft={draft}
        problems={problems}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
      />
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <div className="button-row">
        {index > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => goTo(index - 1)}>
            {m.back}
          </button>
        ) : null}
        <button type="submit" className="button button--primary" aria-disabled={save.pending || undefined}>
          {isLast ? (save.pending ? m.saving : m.save) : m.next}
        </button>
      </div>
      <p className="aside">
        <Link to={PATHS.flarePlan}>{m.cancel}</Link>
      </p>
    </form>
  );
}
