/**
 * What the FHIR export reads from a person's JSON export (version 2), as core types the contract's
 * ExportDocument satisfies, and the names the Bundle uses for Pacewise's own codes and extensions.
 */
import type { FormDefinition } from '../questionnaires/types.js';

/** Where Pacewise names its own codes and extensions (URNs: Pacewise has no one web address). */
export const PACEWISE = {
  questionnaire: 'urn:pacewise:questionnaire:',
  exercise: 'urn:pacewise:exercise',
  stopReason: 'urn:pacewise:stop-reason',
  localDate: 'urn:pacewise:extension:local-date',
  sessionItem: 'urn:pacewise:extension:session-item',
  session: 'urn:pacewise:extension:session',
  dose: 'urn:pacewise:extension:dose',
  weekStart: 'urn:pacewise:extension:week-start',
} as const;

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** A FHIR resource as plain JSON. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** A FHIR R4 Bundle of type collection. */
export type FhirBundle = {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
} & Record<string, unknown>;

/** A check-in as exported. */
import type { ExportedCheckin } from '../checkin.js';
export type { ExportedCheckin };

/** One item of a session as exported. */
export interface ExportedSessionItem {
  exerciseId: string;
  minutes?: number | undefined;
  sets?: number | undefined;
  reps?: number | undefined;
  holdSeconds?: number | undefined;
  status: 'done' | 'skipped' | 'easier';
  feedback?: 'too_easy' | 'right' | 'too_hard' | undefined;
  painDuring?: number | undefined;
}

/** A session as exported. */
export interface ExportedSession {
  id: string;
  startedAt: string;
  localDate: string;
  painBefore: number;
  painAfter: number | null;
  items: readonly ExportedSessionItem[];
  partial: boolean;
  stopReason: string | null;
  toleranceTest: boolean;
  notes: string | null;
}

/** One exercise of a planned session. */
export interface ExportedPlanItem {
  exerciseId: string;
  pillar: string;
  sets?: number | undefined;
  reps?: number | undefined;
  holdSeconds?: number | undefined;
  minutes?: number | undefined;
  perSide?: boolean | undefined;
}

/** A week's plan as exported: made, or a referral instead of a plan. */
export type ExportedPlan =
  | { status: 'refer' }
  | { status: 'ok'; days: readonly { date: string; sessions: readonly { slot: string; items: readonly ExportedPlanItem[] }[] }[] };

/** An answer set as exported. */
export interface ExportedResponse {
  id: string;
  /** An InstrumentKey (`imported:<id>` or a built-in's), as the contract checks it. */
  instrument: string;
  version: string;
  localDate: string;
  at: string;
  answers: readonly { linkId: string; value: number | null; code: string | null; label: string | null }[];
  checkinId: string | null;
}

/** The parts of a JSON export (version 2) the FHIR Bundle carries. */
export interface FhirExportInput {
  exportedAt: string;
  account: { id: string; email: string; name: string | null };
  checkins: readonly ExportedCheckin[];
  sessions: readonly ExportedSession[];
  weeks: readonly { weekStart: string; plan: ExportedPlan; createdAt: string }[];
  questionnaireResponses: readonly ExportedResponse[];
}

/** An instrument's form as the export names it: its canonical URL and version, and its words. */
export interface ExportForm {
  canonical: string | null;
  version: string;
  form: FormDefinition | null;
}

/** How the Bundle is made: fresh ids for resources with none of their own, and whether the email goes in. */
export interface BundleOptions {
  newId: () => string;
  /** Only in the person's own export: a clinician's download leaves the email out. */
  includeEmail: boolean;
}
