/** Step: up to three activities that matter, each scored 0-10 (Patient-Specific Functional Scale). */
import type { GoalDraft, IntakeProblem } from '../../../../core/intake.js';
import { LIMITS } from '../../../../core/profile.js';
import { ScaleInput } from '../../../components/ScaleInput.js';
import { TextField } from '../../../components/TextField.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';

interface GoalsStepProps {
  drafts: readonly GoalDraft[];
  onChange: (next: GoalDraft[]) => void;
  problems: readonly IntakeProblem[];
}

/** Goal rows the person can add (up to three) and remove. */
export function GoalsStep({ drafts, onChange, problems }: GoalsStepProps) {
  const m = useMessages(intakeMessages).goals;
  const incomplete = new Set(problems.flatMap((p) => (p.field === 'goals' ? [p.index] : [])));
  const update = (index: number, patch: Partial<GoalDraft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));
  return (
    <>
      <p>{m.intro}</p>
      {drafts.map((draft, index) => (
        <fieldset key={index} className="goal">
          <legend className="goal__legend">{m.groupLegend(index + 1)}</legend>
          <TextField
            id={`goal-${index}`}
            label={m.activityLabel}
            hint={index === 0 ? m.activityHint : undefined}
            maxLength={LIMITS.goals.activityMaxLength}
            value={draft.activity}
            announce={false}
            error={incomplete.has(index) ? m.incomplete : null}
            onChange={(event) => update(index, { activity: event.target.value })}
          />
          <ScaleInput
            legend={m.scoreLegend}
            low={m.scoreLow}
            high={m.scoreHigh}
            value={draft.score}
            clearable
            onChange={(score) => update(index, { score })}
          />
          {drafts.length > 1 ? (
            <button
              type="button"
              className="button button--link"
              onClick={() => onChange(drafts.filter((_, i) => i !== index))}
            >
              {m.remove(index + 1)}
            </button>
          ) : null}
        </fieldset>
      ))}
      {drafts.length < LIMITS.goals.max ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...drafts, { activity: '', score: null }])}
        >
          {m.add}
        </button>
      ) : null}
    </>
  );
}
