/** Intake drafts: where to resume, and preparing answers so only what the contract accepts is saved. */
import { clampStepIndex, type IntakeAnswers } from '../../../core/intake.js';
import { IntakeDraftSchema, type IntakeDraft, type Profile } from '../../../contract/profile.js';

const answerSchemas = IntakeDraftSchema.shape.answers.shape;

function isAnswerKey(key: string): key is keyof typeof answerSchemas {
  return Object.hasOwn(answerSchemas, key);
}

/** The answers with any value the contract would refuse (a half-typed number, say) left out. */
export function cleanDraftAnswers(answers: IntakeAnswers): IntakeDraft['answers'] {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === undefined || !isAnswerKey(key)) continue;
    if (answerSchemas[key].safeParse(value).success) clean[key] = value;
  }
  return IntakeDraftSchema.shape.answers.parse(clean);
}

/** Where to start: the draft's step and answers over the saved profile, or the beginning. */
export function resumePoint(
  profile: Profile | null,
  draft: IntakeDraft | null,
): { step: number; answers: IntakeAnswers } {
  const base: IntakeAnswers = profile ?? {};
  if (!draft) return { step: 0, answers: base };
  return { step: clampStepIndex(draft.step), answers: { ...base, ...draft.answers } };
}

/** Reads a typed whole number; anything else becomes NaN so the step reports it. */
export function readWholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}
