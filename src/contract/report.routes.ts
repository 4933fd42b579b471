/**
 * The one-page visit report (issue 11): a linked clinician's download for a patient, the person's
 * own (for any period, to take to a doctor too), and the practice's settings for it.
 */
import { PatientParams } from './patient.routes.js';
import { ReportQuery, ReportSettings, ReportSettingsRequest, VisitReportPdf } from './report.js';
import type { RouteSpec } from './route-spec.js';

export const reportRoutes = {
  getPatientReport: { method: 'GET', path: '/api/patients/:patientId/report.pdf', access: 'clinician-of-patient', status: 200, summary: 'A linked patient’s one-page visit report (PDF, a download); by default since this clinician’s last review, else the last 4 weeks', params: PatientParams, query: ReportQuery, response: VisitReportPdf },
  getMyReport: { method: 'GET', path: '/api/me/report.pdf', access: 'person', status: 200, summary: 'My one-page visit report for any period (PDF, a download); by default since my last review, else the last 4 weeks', query: ReportQuery, response: VisitReportPdf },
  getReportSettings: { method: 'GET', path: '/api/admin/settings/report', access: 'admin', status: 200, summary: 'The practice’s name and locale as the visit report prints them (the locale chooses A4 or Letter)', response: ReportSettings },
  putReportSettings: { method: 'PUT', path: '/api/admin/settings/report', access: 'admin', status: 200, summary: 'Set the practice’s name and locale for the visit report', body: ReportSettingsRequest, response: ReportSettings },
} as const satisfies Record<string, RouteSpec>;
