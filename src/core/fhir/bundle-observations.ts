/**
 * A check-in as FHIR R4 Observations: the 0-10 pain (LOINC 72514-3, category survey) with the
 * other check-in items as components, and the weekly PEG as its LOINC panel (91148-7).
 */
import { detailComponents } from './bundle-detail.js';
import type { ExportedCheckin, FhirResource } from './export-types.js';
import { LOINC, PACEWISE, UCUM } from './export-types.js';

const SURVEY = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }];

/**
 * The check-in's other 0-10 ratings. No LOINC code for these patient-reported 0-10 ratings was
 * confirmed in clinical-sources §7, so each component is coded by text only (a receiver reads the
 * text); pain stays on the confirmed 72514-3.
 */
export const SCALE_COMPONENTS = {
  stiffness: 'Stiffness, 0-10',
  sleep: 'Sleep quality, 0-10',
  mood: 'Mood, 0-10',
  energy: 'Energy, 0-10',
  stress: 'Stress, 0-10',
} as const;
export const FLARE_TEXT = 'Flare';
export const SOMETHING_NEW_TEXT = 'Something new: numbness, weakness, bladder or bowel change, or fever';
export const AREA_TEXT = 'Pain area';

/** The PEG items' LOINC codes (clinical-sources §1). */
export const PEG_CODES = { panel: '91148-7', pain: '75893-8', enjoyment: '91145-3', activity: '91146-1', mean: '91147-9' } as const;

/** A reference to a resource in the Bundle. */
export function ref(id: string): { reference: string } {
  return { reference: `urn:uuid:${id}` };
}

/** The person's own calendar day, which an instant alone does not say (the day may be backdated). */
export function localDateExtension(localDate: string): { url: string; valueDate: string } {
  return { url: PACEWISE.localDate, valueDate: localDate };
}

function scaleComponents(checkin: ExportedCheckin): Record<string, unknown>[] {
  return (Object.keys(SCALE_COMPONENTS) as (keyof typeof SCALE_COMPONENTS)[]).flatMap((key) => {
    const value = checkin[key];
    return value === null ? [] : [{ code: { text: SCALE_COMPONENTS[key] }, valueInteger: value }];
  });
}

/** The check-in's pain Observation (72514-3) with the other items and its detail as components. */
export function checkinObservation(checkin: ExportedCheckin, patientId: string): FhirResource {
  const components = [
    ...scaleComponents(checkin),
    { code: { text: FLARE_TEXT }, valueBoolean: checkin.flare },
    { code: { text: SOMETHING_NEW_TEXT }, valueBoolean: checkin.somethingNew },
    ...checkin.areas.map((area) => ({ code: { text: AREA_TEXT }, valueCodeableConcept: { text: area } })),
    ...detailComponents(checkin.detail),
  ];
  return {
    resourceType: 'Observation',
    id: checkin.id,
    extension: [localDateExtension(checkin.localDate)],
    status: 'final',
    category: SURVEY,
    code: { coding: [{ system: LOINC, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }], text: 'Pain, 0-10' },
    subject: ref(patientId),
    effectiveDateTime: checkin.at,
    performer: [ref(patientId)],
    valueInteger: checkin.pain,
    ...(checkin.notes ? { note: [{ text: checkin.notes }] } : {}),
    component: components,
  };
}

function pegComponent(code: string, display: string, value: number): Record<string, unknown> {
  return { code: { coding: [{ system: LOINC, code, display }] }, valueInteger: value };
}

/** The weekly PEG as its LOINC panel: P, E and G as components and their mean (91147-9). */
export function pegObservation(checkin: ExportedCheckin, peg: NonNullable<ExportedCheckin['peg']>, ids: { id: string; patientId: string; responseId: string | null }): FhirResource {
  const mean = Math.round(((peg.pain + peg.enjoyment + peg.activity) / 3) * 100) / 100;
  return {
    resourceType: 'Observation',
    id: ids.id,
    status: 'final',
    category: SURVEY,
    code: { coding: [{ system: LOINC, code: PEG_CODES.panel, display: 'Pain, Enjoyment of life, General activity scale [PEG]' }] },
    subject: ref(ids.patientId),
    effectiveDateTime: checkin.at,
    performer: [ref(ids.patientId)],
    derivedFrom: [ref(checkin.id), ...(ids.responseId ? [ref(ids.responseId)] : [])],
    component: [
      pegComponent(PEG_CODES.pain, 'Pain on average in the past week', peg.pain),
      pegComponent(PEG_CODES.enjoyment, 'Pain interference with enjoyment of life', peg.enjoyment),
      pegComponent(PEG_CODES.activity, 'Pain interference with general activity', peg.activity),
      { code: { coding: [{ system: LOINC, code: PEG_CODES.mean, display: 'Mean score [PEG]' }] }, valueQuantity: { value: mean, unit: 'score', system: UCUM, code: '{score}' } },
    ],
  };
}
