/**
 * The person's own changes to this week (issue 15): "Swap" beside an exercise shows a short list
 * of exercises that fit in its place; "Move" beside a session moves it to another day or time;
 * "Your changes this week" says what was changed, what waits and why, each with Undo.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { MyPlanResponse } from '../../../contract/plan.js';
import type { SwapAlternativesResponse, WeekChange } from '../../../contract/week-changes.js';
import { TIMES_OF_DAY, type TimeOfDay } from '../../../core/profile.js';
import { callApi } from '../../api/client.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { useMessages } from '../../i18n/useMessages.js';
import { changeWeek, sendSoon, sync } from '../../sync/sync.js';
import type { WeekChangeRequest } from '../../sync/ops.js';
import { useAccount } from '../auth/session-context.js';
import type { ExerciseIndex } from './PlanSessions.js';
import type { PlanDayView } from './plan-view.js';
import { weekChangeMessages } from './week-change-messages.js';

/** What the week's controls need: today, the days, and a way to send a change. */
export interface WeekEdit {
  today: string;
  days: readonly PlanDayView[];
  send: (change: WeekChangeRequest) => Promise<void>;
}

const WeekEditContext = createContext<WeekEdit | null>(null);

/** Gives the week's Swap and Move buttons what they need; without it they are not shown. */
export function WeekEditProvider({ edit, children }: { edit: WeekEdit; children: ReactNode }) {
  return <WeekEditContext.Provider value={edit}>{children}</WeekEditContext.Provider>;
}

/** A sender of week changes that hands the week as it now stands to `onChange`. */
export function useWeekChangeSender(onChange: (next: MyPlanResponse) => void): (change: WeekChangeRequest) => Promise<void> {
  const userId = useAccount().id;
  return async (change) => {
    const key = changeWeek(userId, change);
    await sendSoon(userId);
    const next = MyPlanResponse.safeParse(sync.find(userId, key)?.result);
    if (next.success) onChange(next.data);
  };
}

/** "Swap" and its list of alternatives, for one exercise of the week. */
export function SwapExercise({ exerciseId, name, exercises }: { exerciseId: string; name: string; exercises: ExerciseIndex }) {
  const edit = useContext(WeekEditContext);
  const m = useMessages(weekChangeMessages);
  const [options, setOptions] = useState<SwapAlternativesResponse | 'loading' | null>(null);
  if (!edit) return null;
  const open = async () => {
    setOptions('loading');
    setOptions(await callApi('listSwapAlternatives', { params: { exerciseId } }));
  };
  if (options === null) {
    return (
      <button type="button" className="button button--secondary button--small week-change__open" aria-label={m.swapLabel(name)} onClick={() => void open()}>
        {m.swap}
      </button>
    );
  }
  if (options === 'loading') return <p role="status">{m.loading}</p>;
  return (
    <section className="week-change__panel" aria-label={m.swapHeading(name)}>
      <h4>{m.swapHeading(name)}</h4>
      <p>{options.alternatives.length > 0 ? m.swapIntro : m.swapNone}</p>
      <ul className="week-change__options">
        {options.alternatives.map((alt) => {
          const exercise = exercises.get(alt.exerciseId);
          const altName = exercise?.name ?? alt.exerciseId;
          return (
            <li key={alt.exerciseId} className="week-change__option">
              {exercise ? <ExerciseIllustration exercise={exercise} className="week-change__image" decorative lazy /> : null}
              <div>
                <p className="week-change__name">{altName}</p>
                {alt.sharedRegions.length > 0 ? <p>{m.alsoFor(alt.sharedRegions.map((r) => m.areaWords[r] ?? r).join(', '))}</p> : null}
                <p>{m.positions(alt.positions.map((p) => m.positionWords[p] ?? p).join(', '))}</p>
                <button type="button" className="button button--secondary" onClick={() => void edit.send({ action: 'swap', from: exerciseId, to: alt.exerciseId })}>
                  {m.swapChoose(altName)}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--secondary" onClick={() => setOptions(null)}>
        {m.cancel}
      </button>
    </section>
  );
}

/** "Move" for one session: to another day still to come of this week, at another time of day. */
export function MoveSession({ day, slot }: { day: number; slot: TimeOfDay }) {
  const edit = useContext(WeekEditContext);
  const m = useMessages(weekChangeMessages);
  const [open, setOpen] = useState(false);
  const future = edit ? edit.days.filter((d) => d.date >= edit.today) : [];
  const [toDay, setToDay] = useState(String(future.find((d) => d.day !== day)?.day ?? day));
  const [toSlot, setToSlot] = useState<TimeOfDay>(slot);
  if (!edit || !edit.days.some((d) => d.day === day && d.date >= edit.today)) return null;
  if (!open) {
    return (
      <button type="button" className="button button--secondary button--small week-change__open" aria-label={m.moveLabel(slot)} onClick={() => setOpen(true)}>
        {m.move}
      </button>
    );
  }
  const id = `move-${day}-${slot}`;
  return (
    <form
      className="week-change__panel"
      aria-label={m.moveLabel(slot)}
      onSubmit={(event) => {
        event.preventDefault();
        void edit.send({ action: 'move', fromDay: day, fromSlot: slot, toDay: Number(toDay), toSlot }).then(() => setOpen(false));
      }}
    >
      <h4>{m.moveHeading}</h4>
      <label htmlFor={`${id}-day`}>{m.moveDay}</label>
      <select id={`${id}-day`} className="field__input" value={toDay} onChange={(event) => setToDay(event.target.value)}>
        {future.map((d) => (
          <option key={d.day} value={d.day}>
            {m.dayName(d.day)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-slot`}>{m.moveSlot}</label>
      <select id={`${id}-slot`} className="field__input" value={toSlot} onChange={(event) => setToSlot(TIMES_OF_DAY.find((s) => s === event.target.value) ?? slot)}>
        {TIMES_OF_DAY.map((s) => (
          <option key={s} value={s}>
            {m.slotNames[s]}
          </option>
        ))}
      </select>
      <div className="week-change__actions">
        <button type="submit" className="button button--primary">
          {m.moveSubmit}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/** "Your changes this week": each swap and move in words, what waits and why, and Undo. */
export function WeekChangesList({ changes, exercises }: { changes: readonly WeekChange[] | undefined; exercises: ExerciseIndex }) {
  const edit = useContext(WeekEditContext);
  const m = useMessages(weekChangeMessages);
  if (!edit || !changes || changes.length === 0) return null;
  const nameOf = (id: string) => exercises.get(id)?.name ?? id;
  return (
    <section aria-labelledby="plan-changes" className="card week-changes">
      <h2 id="plan-changes">{m.changesHeading}</h2>
      <ul className="week-changes__list">
        {changes.map((change) => {
          const words = change.kind === 'swap' ? m.swapped(nameOf(change.from), nameOf(change.to)) : m.moved(change.fromDay, change.fromSlot, change.toDay, change.toSlot);
          const undo: WeekChangeRequest = change.kind === 'swap' ? { action: 'undoSwap', exerciseId: change.from } : { action: 'undoMove', day: change.fromDay, slot: change.fromSlot };
          return (
            <li key={change.kind === 'swap' ? `s-${change.from}` : `m-${change.fromDay}-${change.fromSlot}`} className="week-changes__item">
              <p>{words}</p>
              {change.status !== 'applied' ? <p className="week-changes__held">{m.held[change.status]}</p> : null}
              <button type="button" className="button button--secondary" aria-label={m.undoLabel(words)} onClick={() => void edit.send(undo)}>
                {m.undo}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
