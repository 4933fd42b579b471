/**
 * Sessions and weekly plans in FHIR R4: each session a Procedure (completed, or stopped with its
 * reason) listing the exercises in `usedCode`; each week a CarePlan with one activity per exercise,
 * time of day and dose, scheduled on its days. Exact values Pacewise keeps (pain before and after,
 * each exercise's dose and how it went) ride in Pacewise extensions so a round trip loses nothing.
 */
import { addDays } from '../calendar.js';
import type { ExportedPlanItem, ExportedSession, ExportedSessionItem, FhirResource } from './export-types.js';
import { PACEWISE, UCUM } from './export-types.js';
import { localDateExtension, ref } from './bundle-observations.js';

/** A Pacewise time of day as a FHIR EventTiming code. */
export const SLOT_TIMING: Readonly<Record<string, string>> = { morning: 'MORN', midday: 'NOON', evening: 'EVE' };
export const SESSION_TEXT = 'Movement session';
export const REFER_TEXT = 'No exercise plan this week: a review with a clinician comes first.';

type Sub = { url: string } & Record<string, unknown>;

function numberSub(url: string, value: number | undefined | null): Sub[] {
  if (value === undefined || value === null) return [];
  return [Number.isInteger(value) ? { url, valueInteger: value } : { url, valueDecimal: value }];
}

function codeSub(url: string, value: string | undefined): Sub[] {
  return value === undefined ? [] : [{ url, valueCode: value }];
}

function booleanSub(url: string, value: boolean | undefined): Sub[] {
  return value === undefined ? [] : [{ url, valueBoolean: value }];
}

function exerciseCode(exerciseId: string, extension: Sub[]): Record<string, unknown> {
  return { extension, coding: [{ system: PACEWISE.exercise, code: exerciseId }], text: exerciseId };
}

function sessionItemCode(item: ExportedSessionItem): Record<string, unknown> {
  const subs = [
    ...codeSub('status', item.status),
    ...numberSub('minutes', item.minutes),
    ...numberSub('sets', item.sets),
    ...numberSub('reps', item.reps),
    ...numberSub('holdSeconds', item.holdSeconds),
    ...codeSub('feedback', item.feedback),
    ...numberSub('painDuring', item.painDuring),
  ];
  return exerciseCode(item.exerciseId, [{ url: PACEWISE.sessionItem, extension: subs }]);
}

/** A session as a Procedure: its exercises in usedCode, stopped with the reason when left partway. */
export function sessionProcedure(session: ExportedSession, patientId: string): FhirResource {
  const facts = [...numberSub('painBefore', session.painBefore), ...numberSub('painAfter', session.painAfter), ...booleanSub('toleranceTest', session.toleranceTest)];
  return {
    resourceType: 'Procedure',
    id: session.id,
    extension: [localDateExtension(session.localDate), { url: PACEWISE.session, extension: facts }],
    status: session.partial ? 'stopped' : 'completed',
    ...(session.stopReason ? { statusReason: { coding: [{ system: PACEWISE.stopReason, code: session.stopReason }], text: session.stopReason } } : {}),
    code: { text: SESSION_TEXT },
    subject: ref(patientId),
    performedPeriod: { start: session.startedAt },
    performer: [{ actor: ref(patientId) }],
    ...(session.notes ? { note: [{ text: session.notes }] } : {}),
    ...(session.items.length > 0 ? { usedCode: session.items.map(sessionItemCode) } : {}),
  };
}

/** A planned exercise on one day, flattened. */
export interface PlannedExercise extends ExportedPlanItem {
  date: string;
  slot: string;
}

function doseSubs(item: ExportedPlanItem): Sub[] {
  return [
    ...codeSub('pillar', item.pillar),
    ...numberSub('sets', item.sets),
    ...numberSub('reps', item.reps),
    ...numberSub('holdSeconds', item.holdSeconds),
    ...numberSub('minutes', item.minutes),
    ...booleanSub('perSide', item.perSide),
  ];
}

/** The exercises of a week grouped by exercise, time of day and dose, each with its days. */
function groupActivities(items: readonly PlannedExercise[]): { item: PlannedExercise; dates: string[] }[] {
  const groups = new Map<string, { item: PlannedExercise; dates: string[] }>();
  for (const item of items) {
    const key = JSON.stringify([item.exerciseId, item.slot, doseSubs(item)]);
    const group = groups.get(key);
    if (group) group.dates.push(item.date);
    else groups.set(key, { item, dates: [item.date] });
  }
  return [...groups.values()];
}

function activity({ item, dates }: { item: PlannedExercise; dates: string[] }): Record<string, unknown> {
  const when = SLOT_TIMING[item.slot];
  return {
    detail: {
      extension: [{ url: PACEWISE.dose, extension: [...codeSub('slot', item.slot), ...doseSubs(item)] }],
      code: exerciseCode(item.exerciseId, []),
      status: 'scheduled',
      scheduledTiming: { event: dates, ...(when ? { repeat: { when: [when] } } : {}) },
      ...(item.minutes !== undefined ? { quantity: { value: item.minutes, unit: 'min', system: UCUM, code: 'min' } } : {}),
    },
  };
}

/** A stored week as a CarePlan: active while the week runs (by the export's UTC day), else completed. */
export function weekCarePlan(week: { weekStart: string; createdAt: string; items: readonly PlannedExercise[] | null }, ids: { id: string; patientId: string; exportedAt: string }): FhirResource {
  const end = addDays(week.weekStart, 6);
  return {
    resourceType: 'CarePlan',
    id: ids.id,
    extension: [{ url: PACEWISE.weekStart, valueDate: week.weekStart }],
    status: ids.exportedAt.slice(0, 10) <= end ? 'active' : 'completed',
    intent: 'plan',
    title: `Week of ${week.weekStart}`,
    ...(week.items === null ? { description: REFER_TEXT } : {}),
    subject: ref(ids.patientId),
    period: { start: week.weekStart, end },
    created: week.createdAt,
    ...(week.items && week.items.length > 0 ? { activity: groupActivities(week.items).map(activity) } : {}),
  };
}
