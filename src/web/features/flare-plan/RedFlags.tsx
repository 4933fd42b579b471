/**
 * The red flags of the safety screen (CLINICAL.md §1), in the safety catalog's words: the
 * emergency signs (call the person's own emergency number now) and the urgent ones (see a doctor
 * soon), listed in every flare plan.
 */
import { SAFETY_QUESTIONS } from '../../../core/safety.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { safetyMessages } from '../safety/messages.js';
import { flarePlanMessages } from './messages.js';

const EMERGENCY = SAFETY_QUESTIONS.filter((q) => q.level === 'emergency').map((q) => q.id);
const URGENT = SAFETY_QUESTIONS.filter((q) => q.level === 'urgent').map((q) => q.id);

/** The two lists under their own short introductions. */
export function RedFlags() {
  const m = useMessages(flarePlanMessages).steps.callDoctor;
  const summaries = useMessages(safetyMessages).summaries;
  const { emergencyNumber } = useAccount();
  return (
    <div className="flare-red-flags">
      <p>
        <strong>{m.emergencyIntro(emergencyNumber)}</strong>
      </p>
      <ul className="flare-plan__list">
        {EMERGENCY.map((id) => (
          <li key={id}>{summaries[id]}</li>
        ))}
      </ul>
      <p>
        <strong>{m.urgentIntro}</strong>
      </p>
      <ul className="flare-plan__list">
        {URGENT.map((id) => (
          <li key={id}>{summaries[id]}</li>
        ))}
      </ul>
    </div>
  );
}
