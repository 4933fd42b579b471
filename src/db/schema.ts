/**
 * The tables, as Kysely sees them. Portable across SQLite and PostgreSQL: instants are ISO-8601
 * UTC text (they sort as text), booleans are 0/1 integers, lists and the profile are JSON text.
 */


export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  name: string | null;
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface AuthSessionsTable {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
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
  peg_pain: number | null;
  peg_enjoyment: number | null;
  peg_activity: number | null;
  /** 1 when the check-in reported something new (numbness, weakness, bladder or bowel, fever). */
  something_new: number;
  created_at: string;
  updated_at: string;
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
}

