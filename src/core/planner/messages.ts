/**
 * Every sentence the planner says, in one English catalog: plain, calm and kind. A bad day is
 * never a failure; a referral says what to do next. Sentences with parts are functions.
 */
import type { Pillar } from '../library/exercise.js';
import type { Condition, LikedActivity, PainArea } from '../profile.js';
import type { DayNumber } from './plan.js';

const DAY_NAMES: Record<DayNumber, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

const ACTIVITY_NAMES: Record<LikedActivity, string> = {
  walking: 'Walking',
  cycling: 'Cycling',
  swimming: 'Swimming',
  water_exercise: 'Exercise in water',
  yoga: 'Yoga',
  tai_chi: 'Tai chi',
  pilates: 'Pilates',
  breathing: 'Slow breathing',
};

const AREA_NAMES: Record<PainArea, string> = {
  neck: 'neck',
  shoulder: 'shoulders',
  upper_back: 'upper back',
  lower_back: 'lower back',
  hip: 'hips',
  knee: 'knees',
  ankle_foot: 'ankles and feet',
  wrist_hand: 'wrists and hands',
  elbow: 'elbows',
  widespread: 'whole body',
};

const CONDITION_NAMES: Record<Condition, string> = {
  chronic_low_back_pain: 'long-lasting low back pain',
  neck_pain: 'neck pain',
  knee_osteoarthritis: 'knee osteoarthritis',
  hip_osteoarthritis: 'hip osteoarthritis',
  fibromyalgia: 'fibromyalgia',
  neuropathic_pain: 'nerve pain',
  crps: 'CRPS',
  osteoporosis: 'osteoporosis',
  other: 'your condition',
};

const PILLAR_NAMES: Record<Pillar, string> = {
  stretching: 'stretching',
  aerobic: 'easy aerobic',
  strengthening: 'strength',
  mind_body: 'mind-body',
};

/** Joins words as a person writes them: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The names of days, joined: "Monday, Wednesday and Friday". */
export function nameDays(days: readonly DayNumber[]): string {
  return joinWords(days.map((day) => DAY_NAMES[day]));
}

/** The plain name of a liked activity: "Walking", "Tai chi". */
export function nameActivity(activity: LikedActivity): string {
  return ACTIVITY_NAMES[activity];
}

/** The planner's sentences. */
export const planMessages = {
  en: {
    referEmergency:
      'Please get medical help now: call your local emergency number or go to the nearest emergency department. Some of your answers can be a sign of a problem that needs a doctor straight away.',
    referUrgent:
      "Please see a doctor soon, before you start. Some of your answers need a doctor to look at them first. Afterwards, answer the safety questions again, or tell us the date of the doctor's go-ahead, and your plan opens.",
    clearanceAfterStop:
      'Only gentle breathing and stretching for now, because you stopped a session with a sign to stop exercising. Please answer the safety questions again; your plan opens up again once you have.',
    clearanceNeeded:
      "Only gentle breathing and stretching for now: one of your answers needs a clinician's go-ahead first. Once a doctor or physical therapist says exercise is fine, tell us and your full plan opens up.",
    flarePainToday: (days: readonly DayNumber[]) =>
      `${nameDays(days)} is a gentle day because your pain is high: breathing, easy stretches and a short walk. Doing a little is still pacing.`,
    flareMode: (days: readonly DayNumber[]) =>
      `Your body is in a flare, so ${nameDays(days)} ${days.length > 1 ? 'are gentle days' : 'is a gentle day'}: breathing, easy stretches and a short walk. You will build back up step by step.`,
    flareMarked: (days: readonly DayNumber[]) =>
      `${nameDays(days)} ${days.length > 1 ? 'are gentle days' : 'is a gentle day'}, as asked: breathing, easy stretches and a short walk.`,
    rebuildMode:
      'You are building back up after a flare, one small step on each active day, to where you were before.',
    rebuildAfterBreak:
      'Welcome back. After a break you restart gently and build back up, one small step on each active day, to where you were before.',
    activeDays: (days: readonly DayNumber[], restDays: readonly DayNumber[]) =>
      restDays.length === 0
        ? 'Something short and easy every day: small regular sessions work better than big ones.'
        : `Active on ${nameDays(days)}, with rest on ${nameDays(restDays)} so your body can recover.`,
    strengthDays: (days: readonly DayNumber[]) =>
      days.length > 1
        ? `Strength on ${nameDays(days)}: muscles need 48 hours to recover.`
        : `Strength on ${nameDays(days)}. Muscles need 48 hours to recover, so it is never two days in a row.`,
    morningStretch: 'A short stretch each morning eases the stiffness of the night.',
    aerobicLiked: (activity: LikedActivity) => `${ACTIVITY_NAMES[activity]} is in your week because you said you like it.`,
    aerobicDefault: (name: string) => `${name} is in your week: an easy way to get your body moving a little more.`,
    poolDays: (activity: LikedActivity, days: readonly DayNumber[]) =>
      `${ACTIVITY_NAMES[activity]} on ${nameDays(days)}. If you can reach a pool on other days, swap them round.`,
    aerobicShortened: (name: string) =>
      `${name} is a little shorter than your current dose on some days, to fit the time you have.`,
    mindBodyLiked: (activity: LikedActivity) => `${ACTIVITY_NAMES[activity]} is in your week because you said you like it.`,
    mindBodyDefault: 'Slow breathing is in your week: it calms the nervous system and can ease pain.',
    mindBodyDays: (days: readonly DayNumber[]) =>
      `Mind-body practice on ${nameDays(days)}: calm, slow practice helps your body feel safe to move.`,
    painAreas: (areas: readonly PainArea[]) =>
      `The stretches and strength exercises are chosen for your ${joinWords(
        [...areas].sort((a, b) => Number(a === 'widespread') - Number(b === 'widespread')).map((area) => AREA_NAMES[area]),
      )}.`,
    fourPillars:
      'Your week has all four parts: stretching, easy aerobic activity, strength and mind-body practice.',
    shortWeek: 'With the time you have this week, your plan keeps to a few short exercises. Every minute counts.',
    startsSmall: (planned: number, available: number) =>
      `Your plan fills about ${planned} of your ${available} minutes this week. It starts small on purpose and grows while your body stays calm.`,
    olderAdultHolds: 'Stretches are held for 30 seconds or more, which suits muscles and joints after 65.',
    seatedOrLying: 'Every exercise can be done seated or lying down.',
    seatedOnly: 'Every exercise can be done sitting in your chair, with no need to move to a bed.',
    noFloor: 'Nothing in your plan asks you to get down to the floor.',
    conditionsRespected: (conditions: readonly Condition[]) =>
      `Exercises that do not suit ${joinWords(conditions.map((c) => CONDITION_NAMES[c]))} are left out.`,
    crpsGuidance: (areas: readonly PainArea[]) =>
      `${areas.length > 0 ? `With CRPS, your plan leaves out stretches and strength work for your ${joinWords(areas.map((a) => AREA_NAMES[a]))} and keeps them moving gently instead, a little more each time. ` : ''}CRPS needs a physical therapist's guidance: please go through this plan with one. Stop and rest if the skin of the limb changes colour, swells, or feels hotter or colder.`,
    seatedBeforeClearance:
      'Until a clinician says exercise is fine, every stretch can be done sitting or lying down, so a dizzy moment cannot become a fall.',
    poolVisit:
      'Each pool day is a visit of its own: a few easy stretches in the water, then your water activity, with nothing else squeezed into that session.',
    waterFromWheelchair:
      'Water exercise is not in your plan: getting into a pool from a wheelchair needs a hoist or a ramp and someone to help. If your pool has these, your physical therapist can add supported water exercise.',
    levelOneStart: 'Every exercise starts at its easiest version. Harder versions come when your body is ready.',
    libraryGap: (pillar: Pillar) =>
      `We do not have a ${PILLAR_NAMES[pillar]} exercise that fits your answers yet. Your physical therapist can add one.`,
  },
} as const;
