/**
 * The therapist prescribes (issue 11): a linked clinician adjusts a patient's plan, and writes
 * programmes to assign in one step. Every adjustment is an input the planner builds the week on,
 * written to the audit log; the person sees each in their week with who set it, when and why.
 */
import { IdParams, NoContent } from './common.js';
import { PatientParams } from './patient.routes.js';
import {
  AdjustmentParams,
  AdjustmentSchema,
  AssignedProgramme,
  AssignProgrammeRequest,
  NewAdjustment,
  PrescriptionResponse,
  ProgrammeInput,
  ProgrammeList,
  ProgrammeSchema,
  SuitabilityQuery,
  SuitabilityResponse,
} from './prescription.js';
import type { RouteSpec } from './route-spec.js';

const P = '/api/patients/:patientId';

export const prescriptionRoutes = {
  getPatientPrescription: { method: 'GET', path: `${P}/prescription`, access: 'clinician-of-patient', status: 200, summary: 'Every adjustment in force for a linked patient, oldest first', params: PatientParams, response: PrescriptionResponse },
  addPatientAdjustment: { method: 'POST', path: `${P}/prescription`, access: 'clinician-of-patient', status: 201, summary: 'Add one adjustment to a linked patient’s plan (an input of every rebuild)', params: PatientParams, body: NewAdjustment, response: AdjustmentSchema },
  removePatientAdjustment: { method: 'DELETE', path: `${P}/prescription/:adjustmentId`, access: 'clinician-of-patient', status: 204, summary: 'End one adjustment; the week is rebuilt without it', params: AdjustmentParams, response: NoContent },
  checkPatientSuitability: { method: 'GET', path: `${P}/suitability`, access: 'clinician-of-patient', status: 200, summary: 'Which planner rules an exercise fails for a linked patient, to confirm before including it', params: PatientParams, query: SuitabilityQuery, response: SuitabilityResponse },
  assignPatientProgramme: { method: 'POST', path: `${P}/programmes`, access: 'clinician-of-patient', status: 201, summary: 'Assign a programme in one step: its exercises become adjustments', params: PatientParams, body: AssignProgrammeRequest, response: AssignedProgramme },
  getMyPrescription: { method: 'GET', path: '/api/me/prescription', access: 'person', status: 200, summary: 'What my clinicians set in my plan, with who, when and why', response: PrescriptionResponse },
  listProgrammes: { method: 'GET', path: '/api/practice/programmes', access: 'clinician', status: 200, summary: 'My programmes and those shared with the practice', response: ProgrammeList },
  createProgramme: { method: 'POST', path: '/api/practice/programmes', access: 'clinician', status: 201, summary: 'Write a programme: a named set of exercises with days, doses and a weekly rise', body: ProgrammeInput, response: ProgrammeSchema },
  updateProgramme: { method: 'PUT', path: '/api/practice/programmes/:id', access: 'clinician', status: 200, summary: 'Change a programme I wrote (assigned copies stay as they are)', params: IdParams, body: ProgrammeInput, response: ProgrammeSchema },
  deleteProgramme: { method: 'DELETE', path: '/api/practice/programmes/:id', access: 'clinician', status: 204, summary: 'Delete a programme I wrote (assigned copies stay)', params: IdParams, response: NoContent },
} as const satisfies Record<string, RouteSpec>;
