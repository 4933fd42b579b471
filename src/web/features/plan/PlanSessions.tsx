/** A day's sessions: each with its time of day and minutes, and its exercises with their doses. */
import type { ExerciseView } from '../../../contract/exercise.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { describeDose } from '../library/dose-words.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { libraryMessages } from '../library/messages.js';
import { StartSession } from '../session/StartSession.js';
import { planMessages } from './messages.js';
import { MoveSession, SwapExercise } from './WeekChanges.js';
import type { PlanItemView, PlanSessionView, SetByNames } from './plan-view.js';

/** Exercises of the library by id, for names and pictures. */
export type ExerciseIndex = ReadonlyMap<string, ExerciseView>;

interface PlanSessionsProps {
  sessions: readonly PlanSessionView[];
  exercises: ExerciseIndex;
  /** The day of these sessions, for the link that starts one. */
  date: string;
  /** Today's sessions: a large Start button. */
  prominent?: boolean;
  /** Who set the clinicians' adjustments, to mark the items they put here. */
  setBy?: SetByNames | undefined;
  /** The day of the week (1-7), for moving a session. */
  day?: number;
}

/** The sessions of one day, each under an `<h3>`, each with its Start (or Resume) button. */
export function PlanSessions({ sessions, exercises, date, prominent = false, setBy, day }: PlanSessionsProps) {
  const m = useMessages(planMessages);
  return (
    <>
      {sessions.map((session) => (
        <section key={session.slot} className="plan-session">
          <h3 className="plan-session__heading">
            {m.session(m.slots[session.slot], session.minutes)}
          </h3>
          <StartSession date={date} slot={session.slot} prominent={prominent} />
          {day !== undefined ? <MoveSession day={day} slot={session.slot} /> : null}
          <ol className="plan-items">
            {session.items.map((item, index) => (
              <PlanItemRow
                key={`${item.exerciseId}-${index}`}
                item={item}
                exercise={exercises.get(item.exerciseId)}
                setBy={item.prescribed ? setBy?.get(item.prescribed) : undefined}
                exercises={exercises}
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function PlanItemRow({
  item,
  exercise,
  setBy,
  exercises,
}: {
  item: PlanItemView;
  exercise: ExerciseView | undefined;
  setBy: string | undefined;
  exercises: ExerciseIndex;
}) {
  const m = useMessages(planMessages);
  const library = useMessages(libraryMessages);
  // Whether a dose is per side belongs to the exercise, not to the amount the plan sets.
  const dose = describeDose(
    { ...item, perSide: exercise?.dose.perSide },
    item.pillar,
    library.dose,
  );
  return (
    <li className="plan-item">
      {exercise ? (
        // Decorative here: the name beside it says what it is; the exercise page describes it.
        <ExerciseIllustration exercise={exercise} className="plan-item__image" decorative lazy />
      ) : null}
      <div className="plan-item__body">
        <Link className="plan-item__name" to={pathTo('exercise', { id: item.exerciseId })}>
          {exercise?.name ?? m.unknownExercise}
        </Link>
        {dose ? <p className="plan-item__dose">{dose}</p> : null}
        <p className="plan-item__pillar">{library.pillars[item.pillar]}</p>
        {setBy ? <p className="plan-item__set-by">{m.setBy(setBy)}</p> : null}
        {item.prescribed ? null : <SwapExercise exerciseId={item.exerciseId} name={exercise?.name ?? m.unknownExercise} exercises={exercises} />}
      </div>
    </li>
  );
}
