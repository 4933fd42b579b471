/**
 * The tables, as Kysely sees them. Portable across SQLite and PostgreSQL: instants are ISO-8601
 * UTC text (they sort as text), booleans are 0/1 integers, lists and the profile are JSON text.
 */
import type { ColumnType } from 'kysely';

/** A column with a default: optional when inserting, always there when reading. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;


export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  name: string | null;
  time_zone: string;
  created_at: string;
  updated_at: string;
  /** 'person', 'clinician' or 'admin' (core/access.ts). */
  role: Defaulted<string>;
  /** When an admin disabled the account; a disabled account cannot sign in. */
  disabled_at: Defaulted<string | null>;
  /** The confirmed TOTP secret (base32); null until the second factor is set up. */
  totp_secret: Defaulted<string | null>;
  /** A secret shown as a QR code and not yet confirmed with a code. */
  totp_pending_secret: Defaulted<string | null>;
  /** The last TOTP time step accepted, so a code is used once. */
  totp_last_step: Defaulted<number | null>;
}

export interface AuthSessionsTable {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** When this session passed the second factor; null with the password only. */
  second_factor_at: Defaulted<string | null>;
  /** The id shown in the devices list (the row id is the cookie's hash and never leaves). */
  device_id: Defaulted<string | null>;
  user_agent: Defaulted<string | null>;
  last_seen_at: Defaulted<string | null>;
}

export interface ProfilesTable {
  user_id: string;
  data: string;
  updated_at: string;
}

export interface IntakeDraftsTable {
  user_id: string;
  data: string;
  updated_at: string;
}

export interface CheckinsTable {
  id: string;
  user_id: string;
  client_id: string | null;
  at: string;
  local_date: string;
  pain: number;
  flare: number;
  areas: string;
  stiffness: number | null;
  sleep: number | null;
  mood: number | null;
  energy: number | null;
  stress: number | null;
  notes: string | null;
  /** 1 when the check-in reported something new (numbness, weakness, bladder or bowel, fever). */
  something_new: number;
  /** The optional detail (issue 14) as JSON, or null; parsed with CheckinDetailSchema when read. */
  detail: string | null;
  created_at: string;
  updated_at: string;
  /** The device's id of the last edit applied (issue 13), so a repeated edit is applied once. */
  change_id: string | null;
}

export interface ExerciseSessionsTable {
  id: string;
  user_id: string;
  client_id: string;
  started_at: string;
  local_date: string;
  pain_before: number;
  pain_after: number | null;
  items: string;
  partial: number;
  notes: string | null;
  stop_reason: string | null;
  tolerance_test: number;
  created_at: string;
}

export interface WeeklyPlansTable {
  user_id: string;
  week_start: string;
  plan: string;
  basis: string;
  created_at: string;
}

export interface BadDaysTable {
  user_id: string;
  local_date: string;
  created_at: string;
  /** The stored week (JSON) as it stood when the mark was made, for Undo; null if none. */
  week_before: string | null;
}

export interface RecoveryCodesTable {
  user_id: string;
  /** SHA-256 of the code. */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** A one-use password reset link (issue 15); only the token's SHA-256 is kept. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** 'clinician', 'admin' or 'mail'. */
  kind: string;
  made_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** One-use links: 'admin' (the first admin's sign-in link) or 'clinician' (an admin's invitation). */
export interface AccountInvitationsTable {
  id: string;
  token_hash: string;
  kind: string;
  email: string;
  name: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  withdrawn_at: string | null;
}

/** A clinician's invitation of a patient; the link's token and the short code are stored hashed. */
export interface CareInvitationsTable {
  id: string;
  clinician_id: string;
  token_hash: string;
  code_hash: string;
  /** The clinician's own reminder of whom it is for; never shown to anyone else. */
  label: string | null;
  created_at: string;
  expires_at: string;
  answered_at: string | null;
  /** 'accepted', 'declined' or 'withdrawn'; null while open. */
  answer: string | null;
  patient_id: string | null;
}

export interface CareLinksTable {
  id: string;
  clinician_id: string;
  patient_id: string;
  /** 1 when the person agreed to share the notes they write in check-ins. */
  share_notes: number;
  started_at: string;
  ended_at: string | null;
  /** The account that ended the link. */
  ended_by: string | null;
}

export interface CareNotesTable {
  id: string;
  patient_id: string;
  clinician_id: string;
  /** The patient or the clinician. */
  author_id: string;
  client_id: string | null;
  body: string;
  created_at: string;
  /** When the other side first read it. */
  read_at: string | null;
}

export interface CareReviewsTable {
  id: string;
  clinician_id: string;
  patient_id: string;
  reviewed_at: string;
  minutes: number;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actor_id: string;
  /** The actor's name when it happened, so the log still reads after an account is gone. */
  actor_name: string | null;
  actor_role: string;
  /** Whose data; null for practice-wide actions. */
  patient_id: string | null;
  /** An AuditAction of core/access.ts. */
  action: string;
}

export interface PracticeSettingsTable {
  key: string;
  /** JSON. */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/** Kysely's internal bookkeeping is not listed; these are ours. */
export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  profiles: ProfilesTable;
  intake_drafts: IntakeDraftsTable;
  checkins: CheckinsTable;
  exercise_sessions: ExerciseSessionsTable;
  weekly_plans: WeeklyPlansTable;
  bad_days: BadDaysTable;
  recovery_codes: RecoveryCodesTable;
  password_resets: PasswordResetsTable;
  account_invitations: AccountInvitationsTable;
  care_invitations: CareInvitationsTable;
  care_links: CareLinksTable;
  care_notes: CareNotesTable;
  care_reviews: CareReviewsTable;
  audit_events: AuditEventsTable;
  practice_settings: PracticeSettingsTable;
  prescription_adjustments: PrescriptionAdjustmentsTable;
  programmes: ProgrammesTable;
  custom_exercises: CustomExercisesTable;
  exercise_photos: ExercisePhotosTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  questionnaire_schedules: QuestionnaireSchedulesTable;
  imported_questionnaires: ImportedQuestionnairesTable;
  shared_counters: SharedCountersTable;
  lesson_events: LessonEventsTable;
  flare_plans: FlarePlansTable;
  reminder_settings: ReminderSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
  calendar_feeds: CalendarFeedsTable;
  reminder_deliveries: ReminderDeliveriesTable;
  job_leases: JobLeasesTable;
  week_changes: WeekChangesTable;
}


/** One clinician's adjustment of a patient's plan (issue 11); `data` is the whole Adjustment as JSON. */
export interface PrescriptionAdjustmentsTable {
  id: string;
  patient_id: string;
  clinician_id: string;
  kind: string;
  data: string;
  created_at: string;
  ended_at: string | null;
  ended_by: string | null;
}

/** A named set of exercises to assign in one step; `data` holds description, items and weekly rise. */
export interface ProgrammesTable {
  id: string;
  author_id: string;
  name: string;
  shared: number;
  data: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A clinician's own exercise (issue 11); `data` is the exercise without id, source and photo, as JSON. */
export interface CustomExercisesTable {
  id: string;
  author_id: string;
  shared: number;
  data: string;
  photo_id: string | null;
  photo_alt: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A custom exercise's photo: re-encoded WebP bytes with no metadata. */
export interface ExercisePhotosTable {
  id: string;
  exercise_id: string;
  content_type: string;
  bytes: Buffer;
  created_at: string;
}

/** One answer set of a questionnaire (issue 12); `answers` is the contract's AnswerSchema array as JSON. */
export interface QuestionnaireResponsesTable {
  id: string;
  user_id: string;
  instrument: string;
  version: string;
  local_date: string;
  at: string;
  answers: string;
  checkin_id: string | null;
  client_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A clinician's schedule of one instrument for one patient; `every_days` null is "off". */
export interface QuestionnaireSchedulesTable {
  user_id: string;
  instrument: string;
  every_days: number | null;
  set_by_id: string;
  set_by_name: string | null;
  set_at: string;
}

/** A FHIR R4 Questionnaire an admin imported; `resource` the file, `form` the core FormDefinition, as JSON. */
export interface ImportedQuestionnairesTable {
  id: string;
  url: string | null;
  version: string;
  title: string;
  resource: string;
  form: string;
  scoring: string | null;
  item_count: number;
  imported_by: string;
  imported_at: string;
  retired_at: string | null;
}

/** One key's count in its fixed window (rate limits and throttles shared by server processes). */
export interface SharedCountersTable {
  key: string;
  count: number;
  /** Milliseconds since 1970; PostgreSQL's bigint comes back as a string. */
  window_start: number | string;
}

/** What a person did with a lesson (issue 14): `read` or `later`. Append-only. */
export interface LessonEventsTable {
  id: string;
  user_id: string;
  lesson_id: string;
  kind: string;
  at: string;
}

/** A person's own flare plan (issue 14); `plan` is the FlarePlan as JSON. */
export interface FlarePlansTable {
  user_id: string;
  plan: string;
  created_at: string;
  updated_at: string;
}

/** A person's reminder settings (issue 13); `settings` is the ReminderSettings as JSON. */
export interface ReminderSettingsTable {
  user_id: string;
  settings: string;
  active: number;
  updated_at: string;
}

/** A browser that receives push messages, tied to the sign-in session that subscribed it. */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  session_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

/** A private calendar feed: only the SHA-256 of its secret is kept. */
export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

/** One reminder delivered on one local day on one channel; the key makes it once. */
export interface ReminderDeliveriesTable {
  user_id: string;
  kind: string;
  local_date: string;
  channel: string;
  at: string;
}

/** A lease on a background job, so one process of many runs it; `expires_at` in epoch ms. */
export interface JobLeasesTable {
  name: string;
  holder: string | null;
  expires_at: ColumnType<number | string, number | undefined, number>;
}

/** A person's own changes to one week (issue 15); `changes` is the WeekChanges as JSON. */
export interface WeekChangesTable {
  user_id: string;
  week_start: string;
  changes: string;
  updated_at: string;
}
