/** Words for swapping an exercise and moving a session this week (issue 15). */
import type { TimeOfDay } from '../../../core/profile.js';

const SLOT: Record<TimeOfDay, string> = { morning: 'morning', midday: 'middle of the day', evening: 'evening' };
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const dayName = (day: number) => DAY[day - 1] ?? '';

export const weekChangeMessages = {
  en: {
    swap: 'Swap',
    swapLabel: (name: string) => `Swap ${name} for another exercise`,
    swapHeading: (name: string) => `Instead of ${name}`,
    swapIntro: 'These fit the same part of your body, no harder, in positions you can take. Your choice holds for the rest of this week.',
    swapNone: 'There is nothing else that fits in its place this week. It stays as it is.',
    swapChoose: (name: string) => `Choose ${name}`,
    alsoFor: (areas: string) => `Also for your ${areas}`,
    positions: (list: string) => `Done ${list}`,
    positionWords: { lying: 'lying down', seated: 'sitting', standing: 'standing', floor: 'on the floor', aquatic: 'in water' } as Record<string, string>,
    areaWords: {
      neck: 'neck', upper_back: 'upper back', lower_back: 'lower back', shoulder: 'shoulders', elbow: 'elbows', wrist_hand: 'wrists and hands',
      hip: 'hips', knee: 'knees', ankle_foot: 'ankles and feet', widespread: 'whole body',
    } as Record<string, string>,
    cancel: 'Keep it as it is',
    loading: 'Finding exercises that fit…',
    move: 'Move',
    moveLabel: (slot: TimeOfDay) => `Move the ${SLOT[slot]} session`,
    moveHeading: 'Move this session to',
    moveDay: 'Day',
    moveSlot: 'Time of day',
    moveSubmit: 'Move it',
    slotNames: SLOT,
    dayName,
    changesHeading: 'Your changes this week',
    undo: 'Undo',
    undoLabel: (what: string) => `Undo: ${what}`,
    swapped: (from: string, to: string) => `You swapped ${from} for ${to}.`,
    moved: (fromDay: number, fromSlot: TimeOfDay, toDay: number, toSlot: TimeOfDay) =>
      `You moved the ${dayName(fromDay)} ${SLOT[fromSlot]} session to ${dayName(toDay)} ${SLOT[toSlot]}.`,
    held: {
      applied: '',
      held_safety: 'Waiting: while the plan is held for safety, only the gentlest work is in it, so this swap waits.',
      held_clinician: 'Waiting: your clinician has left this exercise out of your plan, and their choice comes first.',
      held_bad_day: 'Waiting: a bad day keeps its gentle session, so this move waits.',
      not_this_week: 'Not this week: the week has changed and this no longer fits.',
    },
    saving: 'Saving your change…',
  },
};
