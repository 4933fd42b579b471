/**
 * The links between a person and their clinicians (issue 10): the person lists and ends them; a
 * clinician ends theirs. Ending is at once: `requireAccess` reads the link on every request.
 */
import { read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { CareLink } from '../../contract/care.js';
import { endLink, findActiveLinkOfPatient, listActiveLinksOfPatient, type LinkWithClinician } from '../../db/care.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

function presentLink(link: LinkWithClinician): CareLink {
  return {
    id: link.id,
    clinician: { id: link.clinicianId, name: link.clinicianName ?? link.clinicianEmail, email: link.clinicianEmail },
    since: link.since,
    sharesNotes: link.sharesNotes,
  };
}

/** The person's active links, oldest first. */
export async function listMyClinicians(services: Services, person: Person): Promise<CareLink[]> {
  await requireAccess(services, person, read('care_link'), person.id);
  return (await listActiveLinksOfPatient(services.db, person.id)).map(presentLink);
}

/** The person ends one of their links. */
export async function endMyLink(services: Services, person: Person, linkId: string): Promise<void> {
  await requireAccess(services, person, write('care_link'), person.id);
  const link = await findActiveLinkOfPatient(services.db, person.id, linkId);
  if (!link || !(await endLink(services.db, link.id, person.id, services.clock.now()))) {
    throw new AppError('not_found', 'We could not find that link. It may have ended already.');
  }
}

/** A clinician ends their link to a patient. */
export async function endPatientLink(services: Services, person: Person, patientId: string): Promise<void> {
  const subject = await requireAccess(services, person, write('care_link'), patientId);
  const linkId = subject.relation.kind === 'clinician' ? subject.relation.linkId : null;
  if (!linkId || !(await endLink(services.db, linkId, person.id, services.clock.now()))) {
    throw new AppError('not_found', 'We could not find that.');
  }
}
