/** What the safety answers mean for the person, in calm words, with what to do now. */
import { useEffect, useRef } from 'react';
import type { SafetyOutcome } from '../../../core/safety.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { EmergencyCall } from './EmergencyCall.js';
import { safetyMessages } from './messages.js';

interface SafetyNoticeProps {
  outcome: SafetyOutcome;
  /** Announce and focus it: right after the person answered. */
  prominent?: boolean;
  showReviewLink?: boolean;
  headingLevel?: 2 | 3;
}

const TONE = {
  refer_emergency: 'notice--emergency',
  refer_urgent: 'notice--urgent',
  clearance_needed: 'notice--caution',
  clear: 'notice--success',
} as const satisfies Record<SafetyOutcome['status'], string>;

/** The outcome of the safety screen; the heading says what to do, the list says why. */
export function SafetyNotice({
  outcome,
  prominent = false,
  showReviewLink = false,
  headingLevel = 2,
}: SafetyNoticeProps) {
  const m = useMessages(safetyMessages);
  const text = m.outcome[outcome.status];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (prominent) heading.current?.focus();
  }, [prominent]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const isAlarm = outcome.status === 'refer_emergency' || outcome.status === 'refer_urgent';
  return (
    <section
      className={`notice ${TONE[outcome.status]}`}
      role={prominent && isAlarm ? 'alert' : undefined}
      aria-labelledby={`safety-notice-${outcome.status}`}
    >
      <Heading
        id={`safety-notice-${outcome.status}`}
        ref={heading}
        tabIndex={-1}
        className="notice__title"
      >
        {text.title}
      </Heading>
      {text.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {outcome.status === 'refer_emergency' || outcome.status === 'refer_urgent' ? (
        <EmergencyCall wide={outcome.status === 'refer_emergency'} />
      ) : null}
      {outcome.flagged.length > 0 && outcome.status !== 'clear' ? (
        <>
          <p className="notice__list-title">{m.youToldUs}</p>
          <ul className="notice__list">
            {outcome.flagged.map((id) => (
              <li key={id}>{m.summaries[id]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {showReviewLink ? (
        <p>
          <Link to={PATHS.safety}>{m.review}</Link>
        </p>
      ) : null}
    </section>
  );
}
