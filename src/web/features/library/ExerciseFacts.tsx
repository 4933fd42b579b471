/** The facts of an exercise as a description list: positions, equipment, areas it helps, level. */
import type { ExerciseView } from '../../../contract/exercise.js';
import { useMessages } from '../../i18n/useMessages.js';
import { asLevel } from './library-filter.js';
import { libraryMessages } from './messages.js';

/** "About this exercise". */
export function ExerciseFacts({ exercise }: { exercise: ExerciseView }) {
  const m = useMessages(libraryMessages);
  const facts = [
    {
      term: m.exercise.positions,
      value: m.sentenceList(exercise.positions.map((p) => m.positions[p])),
    },
    {
      term: m.exercise.equipment,
      value:
        exercise.equipment.length === 0
          ? m.exercise.noEquipment
          : m.sentenceList(exercise.equipment.map((e) => m.equipmentNames[e])),
    },
    ...(exercise.regions.length > 0
      ? [
          {
            term: m.exercise.regions,
            value: m.sentenceList(exercise.regions.map((r) => m.regions[r])),
          },
        ]
      : []),
    { term: m.exercise.level, value: m.levels[asLevel(exercise.level)] },
  ];
  return (
    <section aria-labelledby="exercise-facts">
      <h2 id="exercise-facts">{m.exercise.details}</h2>
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.term} className="facts__row">
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
