/**
 * How to do the exercise: the picture, the amount in words, the steps (open before it begins,
 * folded away while it runs), the breathing cue, and — before it begins — how it should feel and
 * when to stop.
 */
import type { ExerciseView } from '../../../contract/exercise.js';
import type { ItemState } from '../../../core/session-player/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { wordsForSlot } from '../../../core/library/slot-words.js';
import { describeDose } from '../library/dose-words.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { libraryMessages } from '../library/messages.js';
import { sessionMessages } from './messages.js';

interface ItemDetailsProps {
  item: ItemState;
  exercise: ExerciseView | undefined;
  intro: boolean;
  /** The session's time of day: a morning session may say "before you get up", no other. */
  slot: string;
}

/** The details under the step. */
export function ItemDetails({ item, exercise, intro, slot }: ItemDetailsProps) {
  const m = useMessages(sessionMessages).intro;
  const library = useMessages(libraryMessages);
  const dose = describeDose(item.dose, item.pillar, library.dose);
  return (
    <div className="player__details">
      {dose ? <p className="player__dose">{dose}</p> : null}
      {exercise && intro ? <Needs exercise={exercise} /> : null}
      {exercise ? (
        <figure className="player__figure">
          <ExerciseIllustration exercise={exercise} />
        </figure>
      ) : null}
      {exercise && intro ? <IntroDetails exercise={exercise} slot={slot} /> : null}
      {exercise && !intro ? (
        <details className="disclosure">
          <summary className="disclosure__summary">{m.howTo}</summary>
          <div className="disclosure__body">
            <Steps steps={exercise.steps} />
            <p>
              <strong>{m.breathing}: </strong>
              {wordsForSlot(exercise, slot).breathing}
            </p>
          </div>
        </details>
      ) : null}
    </div>
  );
}

function IntroDetails({ exercise, slot }: { exercise: ExerciseView; slot: string }) {
  const m = useMessages(sessionMessages).intro;
  const words = wordsForSlot(exercise, slot);
  return (
    <>
      <p className="player__purpose">{words.purpose}</p>
      <h3>{m.howTo}</h3>
      <Steps steps={exercise.steps} />
      <h3>{m.breathing}</h3>
      <p>{words.breathing}</p>
      <h3>{m.feel}</h3>
      <p>{words.feel}</p>
      <div className="notice notice--stop">
        <h3 className="notice__title">{m.stopIf}</h3>
        <p>{exercise.stopIf}</p>
      </div>
    </>
  );
}

function Steps({ steps }: { steps: readonly string[] }) {
  return (
    <ol className="exercise__steps">
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}

/** "You need: a chair and a resistance band", before an exercise that needs anything. */
function Needs({ exercise }: { exercise: ExerciseView }) {
  const m = useMessages(sessionMessages).intro;
  const library = useMessages(libraryMessages);
  if (exercise.equipment.length === 0) return null;
  const things = exercise.equipment.map((e) => library.equipmentNames[e].toLowerCase());
  return <p className="player__needs">{m.youNeed(library.listJoin(things))}</p>;
}
