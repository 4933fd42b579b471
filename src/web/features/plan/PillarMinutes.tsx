/** The week's minutes per pillar, as a short list. */
import { PILLARS } from '../../../core/library/exercise.js';
import type { WeekPlanView } from './plan-view.js';
import { useMessages } from '../../i18n/useMessages.js';
import { libraryMessages } from '../library/messages.js';
import { planMessages } from './messages.js';

/** "Minutes this week": stretching, aerobic activity, strengthening, mind-body. */
export function PillarMinutes({ weeklyMinutes }: { weeklyMinutes: WeekPlanView['weeklyMinutes'] }) {
  const m = useMessages(planMessages).pillarMinutes;
  const pillars = useMessages(libraryMessages).pillars;
  return (
    <section aria-labelledby="plan-minutes" className="plan__minutes">
      <h2 id="plan-minutes">{m.heading}</h2>
      <ul className="pillar-minutes">
        {PILLARS.map((pillar) => (
          <li key={pillar} className={`pillar-minutes__item pillar-minutes__item--${pillar}`}>
            {m.line(pillars[pillar], weeklyMinutes[pillar])}
          </li>
        ))}
      </ul>
    </section>
  );
}
