/** Who a linked patient is, as their clinician sees them. */
import { read } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { PatientSummary } from '../../contract/patient.routes.js';
import { findLinkById } from '../../db/access.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

/** The patient's name, email, time zone, and the clinician's link to them. */
export async function getPatient(services: Services, actor: Person, patientId: string): Promise<PatientSummary> {
  const subject = await requireAccess(services, actor, read('summary'), patientId);
  if (subject.relation.kind !== 'clinician') throw new AppError('not_found', 'We could not find that.');
  const link = await findLinkById(services.db, subject.relation.linkId);
  if (!link) throw new AppError('not_found', 'We could not find that.');
  return {
    id: subject.id,
    name: subject.name,
    email: subject.email,
    timeZone: subject.timeZone,
    linkedSince: link.startedAt,
    sharesNotes: link.shareNotes,
  };
}
