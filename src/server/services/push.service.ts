/**
 * Browsers that receive reminders as push messages (issue 13). A subscription belongs to the
 * sign-in session that made it: when that session ends (sign-out, end device, sign out
 * everywhere, a new password, deleting the account) the database deletes it with the session.
 */
import { write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import { deletePushSubscription, findSessionIdOfDevice, savePushSubscription } from '../../db/push-subscription.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { endpointProblem } from '../push/endpoint.js';

type Subscription = { endpoint: string; keys: { p256dh: string; auth: string } };

/** Subscribes this browser; 422 when push is not configured or the address is not a push service. */
export async function subscribePush(services: Services, actor: Person, subjectId: string, input: Subscription): Promise<{ endpoint: string; createdAt: string }> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  if (!services.config.push) throw new AppError('unacceptable', 'Push messages are not set up on this server.', 'endpoint');
  const problem = endpointProblem(input.endpoint, services.config.pushAllowLoopback);
  if (problem) throw new AppError('unacceptable', problem, 'endpoint');
  const sessionId = actor.deviceId ? await findSessionIdOfDevice(services.db, subject.id, actor.deviceId) : null;
  if (!sessionId) throw new AppError('unauthenticated', 'Please sign in to continue.');
  const at = services.clock.now();
  await savePushSubscription(services.db, { id: services.newId(), userId: subject.id, sessionId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth, at });
  return { endpoint: input.endpoint, createdAt: at };
}

/** Stops push messages to one of my browsers; one that is not there is fine. */
export async function unsubscribePush(services: Services, actor: Person, subjectId: string, endpoint: string): Promise<void> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  await deletePushSubscription(services.db, subject.id, endpoint);
}

