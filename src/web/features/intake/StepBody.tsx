/** Picks the component for one intake step. */
import type { GoalDraft, IntakeAnswers, IntakeProblem, IntakeStep } from '../../../core/intake.js';
import { useMessages } from '../../i18n/useMessages.js';
import { safetyMessages } from '../safety/messages.js';
import { SafetyQuestions } from '../safety/SafetyQuestions.js';
import { ConditionsStep } from './steps/ConditionsStep.js';
import { EquipmentLikesStep } from './steps/EquipmentLikesStep.js';
import { GoalsStep } from './steps/GoalsStep.js';
import { MobilityStep } from './steps/MobilityStep.js';
import { PainAreasStep } from './steps/PainAreasStep.js';
import { TimeStep } from './steps/TimeStep.js';
import { TodayStep } from './steps/TodayStep.js';

interface StepBodyProps {
  step: IntakeStep;
  answers: IntakeAnswers;
  problems: readonly IntakeProblem[];
  onChange: (patch: Partial<IntakeAnswers>) => void;
  goalDrafts: readonly GoalDraft[];
  onGoalDrafts: (next: GoalDraft[]) => void;
}

/** The questions of one step. */
export function StepBody({
  step,
  answers,
  problems,
  onChange,
  goalDrafts,
  onGoalDrafts,
}: StepBodyProps) {
  const safety = useMessages(safetyMessages);
  const props = { answers, problems, onChange };
  switch (step) {
    case 'pain_areas':
      return <PainAreasStep {...props} />;
    case 'conditions':
      return <ConditionsStep {...props} />;
    case 'mobility':
      return <MobilityStep {...props} />;
    case 'time':
      return <TimeStep {...props} />;
    case 'equipment_likes':
      return <EquipmentLikesStep {...props} />;
    case 'today':
      return <TodayStep {...props} />;
    case 'goals':
      return <GoalsStep drafts={goalDrafts} onChange={onGoalDrafts} problems={problems} />;
    case 'safety':
      return (
        <>
          <p>{safety.intro}</p>
          <SafetyQuestions
            answers={answers.safety ?? {}}
            problems={problems}
            onChange={(next) => onChange({ safety: next })}
          />
        </>
      );
  }
}
