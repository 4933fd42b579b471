/** Matching a URL path against the app's path patterns (`/checkins/:id/edit`). */

/** Every page of the web app and its path. */
export const PATHS = {
  home: '/',
  signup: '/signup',
  signin: '/signin',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  intake: '/intake',
  safety: '/safety',
  checkin: '/checkin',
  editCheckin: '/checkins/:id/edit',
  history: '/history',
  outcomes: '/history/questionnaires',
  questionnaire: '/questionnaire',
  insights: '/insights',
  lessons: '/lessons',
  lesson: '/lessons/:lessonId',
  flarePlan: '/flare-plan',
  editFlarePlan: '/flare-plan/edit',
  plan: '/plan',
  growth: '/plan/grows',
  pacing: '/pacing',
  startingPoint: '/pacing/starting-point/:kind',
  session: '/session/:date/:slot',
  logActivity: '/session/log-activity',
  library: '/library',
  exercise: '/library/:id',
  account: '/account',
  security: '/account/security',
  care: '/account/care',
  reminders: '/account/reminders',
  recoveryCodes: '/account/recovery-codes',
  welcome: '/welcome/:token',
  secondFactor: '/signin/second-factor',
  admin: '/admin',
  adminQuestionnaires: '/admin/questionnaires',
  joinByCode: '/join',
  join: '/join/:token',
  notes: '/notes',
  caseload: '/practice',
  invitePatient: '/practice/invite',
  patient: '/practice/patients/:id',
  myExercises: '/practice/exercises',
  newExercise: '/practice/exercises/new',
  editExercise: '/practice/exercises/:id',
  programmes: '/practice/programmes',
  more: '/more',
} as const;
export type PageName = keyof typeof PATHS;

/** A matched page with its decoded path parameters. */
export interface RouteMatch {
  name: PageName;
  params: Record<string, string>;
}

/** The params of `pathname` under `pattern`, or `null` when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = splitPath(pattern);
  const got = splitPath(pathname);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] ?? '';
    if (segment.startsWith(':')) {
      const value = safeDecode(actual);
      if (value === null || value.length === 0) return null;
      params[segment.slice(1)] = value;
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

/** The first page whose pattern matches, or `null` for an unknown path. */
export function findRoute(pathname: string): RouteMatch | null {
  for (const [name, pattern] of Object.entries(PATHS) as [PageName, string][]) {
    const params = matchPath(pattern, pathname);
    if (params) return { name, params };
  }
  return null;
}

/** The path of a page, with its params filled in. */
export function pathTo(name: PageName, params: Record<string, string> = {}): string {
  return PATHS[name].replace(/:(\w+)/g, (_s, key: string) => encodeURIComponent(params[key] ?? ''));
}

/** A same-site path safe to send a person to after signing in, or `/`. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return findRoute(next.split('?')[0] ?? '') ? next : '/';
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
