/** Everything Pacewise holds about a person, as one JSON document they can keep. */
import { z } from 'zod';
import { Account } from './account.js';
import { CheckinSchema } from './checkin.js';
import { Instant } from './common.js';
import { IntakeDraftSchema, ProfileSchema } from './profile.js';
import { SessionLogSchema } from './session-log.js';

export const ExportDocument = z.object({
  format: z.literal('pacewise-export'),
  version: z.literal(1),
  exportedAt: Instant,
  account: Account,
  profile: z.object({ profile: ProfileSchema, updatedAt: Instant }).nullable(),
  intakeDraft: IntakeDraftSchema.nullable(),
  checkins: z.array(CheckinSchema),
  sessions: z.array(SessionLogSchema),
});
export type ExportDocument = z.infer<typeof ExportDocument>;
