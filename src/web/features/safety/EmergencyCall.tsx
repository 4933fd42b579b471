/** The emergency number as a link a phone calls with one tap (CLINICAL.md §1). */
import { telHref } from '../../../core/emergency-number.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { safetyMessages } from './messages.js';

/** "Call 999" as a `tel:` link; the number is the practice's, or one that fits the time zone. */
export function EmergencyCall({ wide = true }: { wide?: boolean }) {
  const m = useMessages(safetyMessages);
  const { emergencyNumber } = useAccount();
  return (
    <p className="emergency-call">
      <a
        className={`button button--danger ${wide ? 'button--big' : ''}`}
        href={telHref(emergencyNumber)}
      >
        {m.call(emergencyNumber)}
      </a>
      <span className="field__hint">{m.callHint}</span>
    </p>
  );
}
