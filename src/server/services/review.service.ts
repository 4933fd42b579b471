/** A clinician's reviews of a linked patient's record: the record of review monitoring asks for. */
import { read, write } from '../../core/access/policy.js';
import type { Review, ReviewList } from '../../contract/practice.js';
import { insertReview, listReviews as listStoredReviews, type ReviewRecord } from '../../db/caseload.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

const present = (review: ReviewRecord): Review => ({
  id: review.id,
  patientId: review.patientId,
  reviewedAt: review.reviewedAt,
  minutes: review.minutes,
});

/** Records that the clinician reviewed the patient's record, for so many minutes. */
export async function createReview(services: Services, person: Person, patientId: string, input: { minutes: number }): Promise<Review> {
  const subject = await requireAccess(services, person, write('reviews'), patientId);
  const review: ReviewRecord = { id: services.newId(), clinicianId: person.id, patientId: subject.id, reviewedAt: services.clock.now(), minutes: input.minutes };
  await insertReview(services.db, review);
  return present(review);
}

/** The clinician's own reviews of the patient, newest first. */
export async function listReviews(services: Services, person: Person, patientId: string): Promise<ReviewList> {
  const subject = await requireAccess(services, person, read('reviews'), patientId);
  const reviews = await listStoredReviews(services.db, person.id, subject.id);
  return { items: reviews.map(present) };
}
