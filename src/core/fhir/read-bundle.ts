/**
 * Reading a Pacewise FHIR Bundle back (the round trip of issue 12): the check-ins with their PEG,
 * the answer sets, the sessions and the weekly plans, in the shape `fhirViewOf` gives the JSON
 * export, so a test can show the Bundle loses nothing the JSON export holds about them.
 */
import type { PlannedExercise } from './bundle-activity.js';
import { REFER_TEXT } from './bundle-activity.js';
import { readDetail } from './bundle-detail.js';
import { AREA_TEXT, FLARE_TEXT, PEG_CODES, SCALE_COMPONENTS, SOMETHING_NEW_TEXT } from './bundle-observations.js';
import { instrumentOfCanonical } from './bundle-responses.js';
import { plannedExercises } from './export-bundle.js';
import type { ExportForm, ExportedCheckin, ExportedResponse, ExportedSession, ExportedSessionItem, FhirExportInput } from './export-types.js';
import { ORDINAL_VALUE, PACEWISE } from './export-types.js';
import type { JsonObject } from './json.js';
import { isObject } from './json.js';

/** What the Bundle carries, comparable with the JSON export. */
export interface FhirView {
  patient: { id: string; name: string | null; email: string | null };
  checkins: ExportedCheckin[];
  responses: ExportedResponse[];
  sessions: ExportedSession[];
  weeks: { weekStart: string; createdAt: string; items: PlannedExercise[] | null }[];
}

const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);
const obj = (value: unknown): JsonObject => (isObject(value) ? value : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const idOf = (reference: unknown): string => str(obj(reference)['reference']).replace(/^urn:uuid:/, '');

function extension(element: JsonObject, url: string): JsonObject {
  return list(element['extension']).find((e) => e['url'] === url) ?? {};
}

/** The sub-extensions of a complex extension as a record of their values. */
function subValues(ext: JsonObject): Record<string, unknown> {
  return Object.fromEntries(list(ext['extension']).map((e) => [str(e['url']), e['valueInteger'] ?? e['valueDecimal'] ?? e['valueCode'] ?? e['valueBoolean']]));
}

function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function componentsWithText(obs: JsonObject, text: string): JsonObject[] {
  return list(obs['component']).filter((c) => obj(c['code'])['text'] === text);
}

function readCheckin(obs: JsonObject, pegs: Map<string, ExportedCheckin['peg']>): ExportedCheckin {
  const scale = (key: keyof typeof SCALE_COMPONENTS) => num(componentsWithText(obs, SCALE_COMPONENTS[key])[0]?.['valueInteger']) ?? null;
  const id = str(obs['id']);
  return {
    id,
    at: str(obs['effectiveDateTime']),
    localDate: str(extension(obs, PACEWISE.localDate)['valueDate']),
    pain: num(obs['valueInteger']) ?? 0,
    flare: componentsWithText(obs, FLARE_TEXT)[0]?.['valueBoolean'] === true,
    areas: componentsWithText(obs, AREA_TEXT).map((c) => str(obj(c['valueCodeableConcept'])['text'])),
    stiffness: scale('stiffness'),
    sleep: scale('sleep'),
    mood: scale('mood'),
    energy: scale('energy'),
    stress: scale('stress'),
    notes: str(list(obs['note'])[0]?.['text']) || null,
    peg: pegs.get(id) ?? null,
    somethingNew: componentsWithText(obs, SOMETHING_NEW_TEXT)[0]?.['valueBoolean'] === true,
    detail: readDetail(list(obs['component'])),
  };
}

function readPeg(obs: JsonObject): [string, ExportedCheckin['peg']] {
  const value = (code: string) => num(list(obs['component']).find((c) => list(obj(c['code'])['coding'])[0]?.['code'] === code)?.['valueInteger']) ?? 0;
  return [idOf(list(obs['derivedFrom'])[0]), { pain: value(PEG_CODES.pain), enjoyment: value(PEG_CODES.enjoyment), activity: value(PEG_CODES.activity) }];
}

function readAnswer(item: JsonObject): ExportedResponse['answers'][number] {
  const answer = list(item['answer'])[0];
  const coding = answer ? obj(answer['valueCoding']) : {};
  const code = answer && isObject(answer['valueCoding']) ? str(coding['code']) : null;
  const value = code !== null ? num(extension(coding, ORDINAL_VALUE)['valueDecimal']) : num(answer?.['valueInteger'] ?? answer?.['valueDecimal']);
  return { linkId: str(item['linkId']), value: value ?? null, code, label: typeof item['text'] === 'string' ? item['text'] : null };
}

function readResponse(qr: JsonObject, forms: ReadonlyMap<string, ExportForm>): ExportedResponse {
  const named = instrumentOfCanonical(str(qr['questionnaire']), forms);
  const partOf = list(qr['partOf'])[0];
  return {
    id: str(qr['id']),
    instrument: named?.instrument ?? str(qr['questionnaire']),
    version: named?.version ?? '',
    localDate: str(extension(qr, PACEWISE.localDate)['valueDate']),
    at: str(qr['authored']),
    answers: list(qr['item']).map(readAnswer),
    checkinId: partOf ? idOf(partOf) : null,
  };
}

function readSessionItem(code: JsonObject): ExportedSessionItem {
  const v = subValues(extension(code, PACEWISE.sessionItem));
  return defined({ exerciseId: str(list(code['coding'])[0]?.['code']), minutes: num(v['minutes']), sets: num(v['sets']), reps: num(v['reps']), holdSeconds: num(v['holdSeconds']), status: v['status'] as ExportedSessionItem['status'], feedback: v['feedback'] as ExportedSessionItem['feedback'], painDuring: num(v['painDuring']) });
}

function readSession(proc: JsonObject): ExportedSession {
  const facts = subValues(extension(proc, PACEWISE.session));
  const reason = list(obj(proc['statusReason'])['coding'])[0];
  return {
    id: str(proc['id']),
    startedAt: str(obj(proc['performedPeriod'])['start']),
    localDate: str(extension(proc, PACEWISE.localDate)['valueDate']),
    painBefore: num(facts['painBefore']) ?? 0,
    painAfter: num(facts['painAfter']) ?? null,
    items: list(proc['usedCode']).map(readSessionItem),
    partial: proc['status'] === 'stopped',
    stopReason: reason ? str(reason['code']) : null,
    toleranceTest: facts['toleranceTest'] === true,
    notes: str(list(proc['note'])[0]?.['text']) || null,
  };
}

function readActivity(activity: JsonObject): PlannedExercise[] {
  const detail = obj(activity['detail']);
  const dose = subValues(extension(detail, PACEWISE.dose));
  const exerciseId = str(list(obj(detail['code'])['coding'])[0]?.['code']);
  const dates = (obj(detail['scheduledTiming'])['event'] as unknown[] | undefined) ?? [];
  return dates.map((date) =>
    defined({ date: str(date), slot: str(dose['slot']), exerciseId, pillar: str(dose['pillar']), sets: num(dose['sets']), reps: num(dose['reps']), holdSeconds: num(dose['holdSeconds']), minutes: num(dose['minutes']), perSide: typeof dose['perSide'] === 'boolean' ? dose['perSide'] : undefined }),
  );
}

/** Planned exercises in one order, so two weeks compare item by item. */
export function sortPlanned(items: PlannedExercise[]): PlannedExercise[] {
  const key = (i: PlannedExercise) => JSON.stringify([i.date, i.slot, i.exerciseId, i.pillar, i.sets, i.reps, i.holdSeconds, i.minutes, i.perSide]);
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function readWeek(plan: JsonObject): FhirView['weeks'][number] {
  const items = plan['description'] === REFER_TEXT ? null : sortPlanned(list(plan['activity']).flatMap(readActivity));
  return { weekStart: str(extension(plan, PACEWISE.weekStart)['valueDate']), createdAt: str(plan['created']), items };
}

/** Read a Bundle this module built back into the data it carries. */
export function readFhirBundle(bundle: unknown, forms: ReadonlyMap<string, ExportForm>): FhirView {
  const resources = list(obj(bundle)['entry']).map((e) => obj(e['resource']));
  const of = (type: string) => resources.filter((r) => r['resourceType'] === type);
  const isPeg = (r: JsonObject) => list(obj(r['code'])['coding'])[0]?.['code'] === PEG_CODES.panel;
  const pegs = new Map(of('Observation').filter(isPeg).map(readPeg));
  const person = of('Patient')[0] ?? {};
  const email = list(person['telecom']).find((t) => t['system'] === 'email');
  return {
    patient: { id: str(person['id']), name: str(list(person['name'])[0]?.['text']) || null, email: email ? str(email['value']) : null },
    checkins: of('Observation').filter((r) => !isPeg(r)).map((r) => readCheckin(r, pegs)),
    responses: of('QuestionnaireResponse').map((r) => readResponse(r, forms)),
    sessions: of('Procedure').map(readSession),
    weeks: of('CarePlan').map(readWeek),
  };
}

/** What a Bundle made from this export should read back as. */
export function fhirViewOf(doc: FhirExportInput, options: { includeEmail: boolean }): FhirView {
  return {
    patient: { id: doc.account.id, name: doc.account.name || null, email: options.includeEmail ? doc.account.email : null },
    checkins: doc.checkins.map((c) => ({ id: c.id, at: c.at, localDate: c.localDate, pain: c.pain, flare: c.flare, areas: [...c.areas], stiffness: c.stiffness, sleep: c.sleep, mood: c.mood, energy: c.energy, stress: c.stress, notes: c.notes || null, peg: c.peg, somethingNew: c.somethingNew, detail: c.detail })),
    responses: doc.questionnaireResponses.map((r) => ({ id: r.id, instrument: r.instrument, version: r.version, localDate: r.localDate, at: r.at, answers: r.answers.map((a) => ({ linkId: a.linkId, value: a.value, code: a.code, label: a.label })), checkinId: r.checkinId })),
    sessions: doc.sessions.map((s) => ({ id: s.id, startedAt: s.startedAt, localDate: s.localDate, painBefore: s.painBefore, painAfter: s.painAfter, items: s.items.map(({ exerciseId, minutes, sets, reps, holdSeconds, status, feedback, painDuring }) => defined({ exerciseId, minutes, sets, reps, holdSeconds, status, feedback, painDuring })), partial: s.partial, stopReason: s.stopReason, toleranceTest: s.toleranceTest, notes: s.notes || null })),
    weeks: doc.weeks.map((w) => {
      const items = plannedExercises(w.plan);
      return { weekStart: w.weekStart, createdAt: w.createdAt, items: items ? sortPlanned(items) : null };
    }),
  };
}
