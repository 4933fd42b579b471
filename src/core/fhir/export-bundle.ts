/**
 * A person's data as a FHIR R4 Bundle of type `collection` (issue 12): Patient, an Observation per
 * check-in, the PEG panel, a QuestionnaireResponse per answer set, a Procedure per session and a
 * CarePlan per stored week. Each entry's fullUrl is `urn:uuid:<id>` and references use it.
 */
import { checkinObservation, pegObservation } from './bundle-observations.js';
import type { PlannedExercise } from './bundle-activity.js';
import { sessionProcedure, weekCarePlan } from './bundle-activity.js';
import { questionnaireResponse } from './bundle-responses.js';
import type { BundleOptions, ExportForm, ExportedPlan, FhirBundle, FhirExportInput, FhirResource } from './export-types.js';

function patient(doc: FhirExportInput, options: BundleOptions): FhirResource {
  const { id, name, email } = doc.account;
  return {
    resourceType: 'Patient',
    id,
    ...(name ? { name: [{ text: name }] } : {}),
    ...(options.includeEmail ? { telecom: [{ system: 'email', value: email, use: 'home' }] } : {}),
  };
}

/** A week's planned exercises, one per day, time of day and exercise; null for a referral. */
export function plannedExercises(plan: ExportedPlan): PlannedExercise[] | null {
  if (plan.status === 'refer') return null;
  return plan.days.flatMap((day) =>
    day.sessions.flatMap((session) =>
      session.items.map((item) => ({
        date: day.date,
        slot: session.slot,
        exerciseId: item.exerciseId,
        pillar: item.pillar,
        ...(item.sets !== undefined ? { sets: item.sets } : {}),
        ...(item.reps !== undefined ? { reps: item.reps } : {}),
        ...(item.holdSeconds !== undefined ? { holdSeconds: item.holdSeconds } : {}),
        ...(item.minutes !== undefined ? { minutes: item.minutes } : {}),
        ...(item.perSide !== undefined ? { perSide: item.perSide } : {}),
      })),
    ),
  );
}

function checkinResources(doc: FhirExportInput, options: BundleOptions): FhirResource[] {
  const patientId = doc.account.id;
  const pegResponse = new Map(doc.questionnaireResponses.filter((r) => r.instrument === 'peg' && r.checkinId).map((r) => [r.checkinId, r.id]));
  return doc.checkins.flatMap((checkin) => [
    checkinObservation(checkin, patientId),
    ...(checkin.peg ? [pegObservation(checkin, checkin.peg, { id: options.newId(), patientId, responseId: pegResponse.get(checkin.id) ?? null })] : []),
  ]);
}

/** Build the Bundle from the JSON export; `forms` names each instrument's canonical URL and words. */
export function buildFhirBundle(doc: FhirExportInput, forms: ReadonlyMap<string, ExportForm>, options: BundleOptions): FhirBundle {
  const patientId = doc.account.id;
  const resources: FhirResource[] = [
    patient(doc, options),
    ...checkinResources(doc, options),
    ...doc.questionnaireResponses.map((r) => questionnaireResponse(r, patientId, forms)),
    ...doc.sessions.map((s) => sessionProcedure(s, patientId)),
    ...doc.weeks.map((w) => weekCarePlan({ weekStart: w.weekStart, createdAt: w.createdAt, items: plannedExercises(w.plan) }, { id: options.newId(), patientId, exportedAt: doc.exportedAt })),
  ];
  return {
    resourceType: 'Bundle',
    id: options.newId(),
    type: 'collection',
    timestamp: doc.exportedAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
