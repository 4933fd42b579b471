/**
 * The state of the intake wizard: the current step, the answers, and moving on (checked by the
 * core rules, saved as a draft) or back. The last step saves the whole profile.
 */
import { useEffect, useRef, useState } from 'react';
import {
  INTAKE_STEPS,
  completeProfile,
  findFirstIncompleteStep,
  findStepProblems,
  readGoalDrafts,
  withStepDefaults,
  type GoalDraft,
  type IntakeAnswers,
  type IntakeProblem,
} from '../../../core/intake.js';
import type { Profile } from '../../../contract/profile.js';
import { callApi } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { focusFirstInvalid } from '../../lib/focus-first-invalid.js';
import { cleanDraftAnswers } from './draft.js';

function toGoalDrafts(answers: IntakeAnswers): GoalDraft[] {
  const goals = answers.goals ?? [];
  return goals.length > 0 ? goals.map((g) => ({ ...g })) : [{ activity: '', score: null }];
}

/** Checks a step's answers; the goal rows are read into goals on the goals step. */
function checkStep(
  step: (typeof INTAKE_STEPS)[number],
  answers: IntakeAnswers,
  drafts: GoalDraft[],
) {
  const next = withStepDefaults(step, answers);
  if (step !== 'goals') return { next, problems: findStepProblems(step, next) };
  const { goals, incomplete } = readGoalDrafts(drafts);
  const problems: IntakeProblem[] = incomplete.map((index) => ({ field: 'goals', index }));
  return { next: { ...next, goals }, problems };
}

/** Saves the profile, then leaves a draft of it so a later visit starts from these answers. */
async function saveProfile(profile: Profile): Promise<Profile> {
  const saved = await callApi('putProfile', { body: profile });
  const draft = { step: 0, answers: cleanDraftAnswers(saved.profile) };
  await callApi('putIntakeDraft', { body: draft }).catch(() => undefined);
  return saved.profile;
}

/** Wizard state and actions, starting at `initialStep` with `initialAnswers`. */
export function useIntakeWizard(
  initialStep: number,
  initialAnswers: IntakeAnswers,
  onFinished: (profile: Profile) => void,
) {
  const [index, setIndex] = useState(initialStep);
  const [answers, setAnswers] = useState<IntakeAnswers>(initialAnswers);
  const [goalDrafts, setGoalDrafts] = useState<GoalDraft[]>(() => toGoalDrafts(initialAnswers));
  const [problems, setProblems] = useState<IntakeProblem[]>([]);
  const [draftFailed, setDraftFailed] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const stepBox = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const step = INTAKE_STEPS[index] ?? 'pain_areas';
  const isLast = index === INTAKE_STEPS.length - 1;

  const goTo = (nextIndex: number) => {
    moved.current = true;
    setIndex(nextIndex);
  };

  const finish = useAction(async (done: IntakeAnswers) => {
    const profile = completeProfile(done);
    if (profile) {
      onFinished(await saveProfile(profile));
      return;
    }
    const back = findFirstIncompleteStep(done);
    goTo(back);
    setProblems(findStepProblems(INTAKE_STEPS[back] ?? 'safety', done));
  });

  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [index]);

  useEffect(() => {
    if (problems.length > 0) focusFirstInvalid(stepBox.current);
  }, [problems]);

  const goNext = () => {
    const { next, problems: found } = checkStep(step, answers, goalDrafts);
    setProblems(found);
    setAnswers(next);
    if (found.length > 0) return;
    if (isLast) {
      void finish.run(next);
      return;
    }
    goTo(index + 1);
    const draft = { step: index + 1, answers: cleanDraftAnswers(next) };
    callApi('putIntakeDraft', { body: draft }).then(
      () => setDraftFailed(false),
      () => setDraftFailed(true),
    );
  };

  const goBack = () => {
    setProblems([]);
    goTo(Math.max(0, index - 1));
  };

  const update = (patch: Partial<IntakeAnswers>) =>
    setAnswers((current) => ({ ...current, ...patch }));

  return {
    index,
    step,
    isLast,
    answers,
    update,
    goalDrafts,
    setGoalDrafts,
    problems,
    draftFailed,
    finish,
    goNext,
    goBack,
    stepHeading,
    stepBox,
  };
}
