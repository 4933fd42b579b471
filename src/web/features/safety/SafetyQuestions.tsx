/** The safety screen as plain yes/no questions, with the clearance question when it applies. */
import type { IntakeProblem } from '../../../core/intake.js';
import { needsClearanceQuestion } from '../../../core/intake.js';
import { SAFETY_QUESTIONS, type SafetyAnswers } from '../../../core/safety.js';
import { TextField } from '../../components/TextField.js';
import { YesNo } from '../../components/YesNo.js';
import { useMessages } from '../../i18n/useMessages.js';
import { safetyMessages } from './messages.js';

interface SafetyQuestionsProps {
  answers: SafetyAnswers;
  onChange: (next: SafetyAnswers) => void;
  problems: readonly IntakeProblem[];
}

/** Every screening question in order; unanswered ones show a note once the person tried to go on. */
export function SafetyQuestions({ answers, onChange, problems }: SafetyQuestionsProps) {
  const m = useMessages(safetyMessages);
  const missing = new Set<string>(
    problems.flatMap((p) => (p.field === 'safety' ? [p.question] : [])),
  );
  const errorFor = (id: string) => (missing.has(id) ? m.answerNeeded : null);
  return (
    <div className="safety-questions">
      <ol className="question-list">
        {SAFETY_QUESTIONS.map(({ id }) => (
          <li key={id} id={`safety-${id}`}>
            <YesNo
              question={m.questions[id]}
              value={answers[id]}
              error={errorFor(id)}
              onChange={(answer) => onChange({ ...answers, [id]: answer })}
            />
          </li>
        ))}
      </ol>
      {needsClearanceQuestion(answers) ? (
        <div id="safety-cleared_by_clinician" className="question-followup">
          <YesNo
            question={m.clearanceQuestion}
            hint={m.clearanceHint}
            value={answers.cleared_by_clinician}
            error={errorFor('cleared_by_clinician')}
            onChange={(answer) => onChange({ ...answers, cleared_by_clinician: answer })}
          />
          {answers.cleared_by_clinician === true ? (
            <div id="safety-clearedOn">
              <TextField
                id="safety-cleared-on"
                type="date"
                label={m.clearedOnLabel}
                hint={m.clearedOnHint}
                value={answers.clearedOn ?? ''}
                error={missing.has('clearedOn') ? m.clearedOnNeeded : null}
                onChange={(event) => onChange(withClearedOn(answers, event.target.value))}
              />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function withClearedOn(answers: SafetyAnswers, value: string): SafetyAnswers {
  const { clearedOn: _old, ...rest } = answers;
  return value === '' ? rest : { ...rest, clearedOn: value };
}
