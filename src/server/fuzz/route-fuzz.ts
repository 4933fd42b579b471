/**
 * The route fuzzer (issue 16): requests made from every route's own schemas — valid, edge and
 * hostile values — sent as an anonymous caller, another person, an unlinked clinician and an
 * admin. It passes when no answer is a 5xx, every error is in the error shape, the server is
 * healthy afterwards, and a victim's export is unchanged byte for byte.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { ErrorBody } from '../../contract/common.js';
import { routes, type RouteSpec } from '../../contract/routes.js';
import { signUpPerson, signUpStaff, type TestApp } from '../testing.js';
import { hostileParam, hostileValue, RAW_BODIES } from './hostile-values.js';
import { mixedOf, validOf, type JsonSchema } from './schema-values.js';

/** One request that broke a rule, for the report. */
export interface FuzzFinding {
  route: string;
  method: string;
  url: string;
  status: number;
  problem: string;
}

/** What a run saw. */
export interface FuzzReport {
  requests: number;
  byStatus: Record<number, number>;
  findings: FuzzFinding[];
}

type Caller = 'anonymous' | 'stranger' | 'clinician' | 'admin';
const CALLERS: readonly Caller[] = ['anonymous', 'stranger', 'clinician', 'admin'];
const TABLE = Object.entries(routes) as [string, RouteSpec][];
/** Routes that may end the caller's own session: the caller signs in again after them. */
const ENDS_SESSION = /logout|signOut|deleteMe|revoke|Device|disable/i;

interface Cast {
  cookies: Partial<Record<Caller, string>>;
  victimId: string;
  victimCookie: string;
  emails: Record<Exclude<Caller, 'anonymous'>, string>;
}

/** Runs `runs` requests from `seed`; the same seed sends the same requests. */
export async function fuzzRoutes(test: TestApp, runs: number, seed: number): Promise<FuzzReport> {
  const cast = await gatherCast(test);
  const before = await exportOf(test, cast.victimCookie);
  const report: FuzzReport = { requests: 0, byStatus: {}, findings: [] };
  const requests = fc.sample(requestArbitrary(), { numRuns: runs, seed });
  for (const request of requests) {
    await sendAndCheck(test, cast, request, report);
  }
  const health = await test.request({ method: 'GET', url: '/api/health' });
  if (health.statusCode !== 200) report.findings.push({ route: 'health', method: 'GET', url: '/api/health', status: health.statusCode, problem: 'unhealthy after the run' });
  const after = await exportOf(test, cast.victimCookie);
  if (after !== before) report.findings.push({ route: 'exportMe', method: 'GET', url: '/api/me/export', status: 200, problem: 'the victim’s export changed' });
  return report;
}

interface FuzzRequest {
  name: string;
  spec: RouteSpec;
  caller: Caller;
  params: Record<string, string>;
  query: Record<string, unknown> | null;
  body: string | undefined;
  victimParams: boolean;
}

function requestArbitrary(): fc.Arbitrary<FuzzRequest> {
  const perRoute = TABLE.map(([name, spec]) =>
    fc.record({
      name: fc.constant(name),
      spec: fc.constant(spec),
      caller: fc.constantFrom(...CALLERS),
      params: paramsOf(spec),
      query: spec.query ? (mixedOf(schemaOf(spec.query)) as fc.Arbitrary<Record<string, unknown> | null>) : fc.constant(null),
      body: spec.body ? bodyOf(spec.body) : fc.constant(undefined),
      victimParams: fc.boolean(),
    }),
  );
  return fc.oneof(...perRoute);
}

/** A body as the text sent: JSON of a value made from the schema or hostile, or raw text. */
function bodyOf(schema: z.ZodType): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: validOf(schemaOf(schema)).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 4, arbitrary: mixedOf(schemaOf(schema)).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 2, arbitrary: hostileValue().map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) },
  );
}

function paramsOf(spec: RouteSpec): fc.Arbitrary<Record<string, string>> {
  const names = [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  return fc.tuple(...names.map(() => hostileParam())).map((values) => Object.fromEntries(names.map((n, i) => [n, values[i] ?? ''])));
}

function schemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

async function sendAndCheck(test: TestApp, cast: Cast, request: FuzzRequest, report: FuzzReport): Promise<void> {
  const url = urlOf(request, cast);
  const cookie = request.caller === 'anonymous' ? undefined : cast.cookies[request.caller];
  const response = await test.request({
    method: request.spec.method,
    url,
    ...(cookie ? { cookie } : {}),
    ...(request.body === undefined ? {} : { payload: request.body, headers: { 'content-type': 'application/json' } }),
  });
  report.requests += 1;
  report.byStatus[response.statusCode] = (report.byStatus[response.statusCode] ?? 0) + 1;
  const problem = judge(response.statusCode, response.headers['content-type'], response.body);
  if (problem) report.findings.push({ route: request.name, method: request.spec.method, url: url.slice(0, 300), status: response.statusCode, problem });
  if (request.caller !== 'anonymous' && ENDS_SESSION.test(request.name)) await signInAgain(test, cast, request.caller);
}

function judge(status: number, contentType: unknown, body: string): string | null {
  if (status >= 500) return `answered ${status}: ${body.slice(0, 200)}`;
  if (status < 400) return null;
  if (!String(contentType ?? '').includes('application/json')) return `error ${status} is not JSON`;
  try {
    return ErrorBody.safeParse(JSON.parse(body)).success ? null : `error ${status} is not in the error shape: ${body.slice(0, 200)}`;
  } catch {
    return `error ${status} is not JSON`;
  }
}

function urlOf(request: FuzzRequest, cast: Cast): string {
  // The victim's id goes into paths for callers who must not reach it (never the admin, whose
  // routes may legitimately act on an account).
  const useVictim = request.victimParams && request.caller !== 'admin';
  const path = request.spec.path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(useVictim ? cast.victimId : (request.params[name] ?? '')));
  if (!request.query || typeof request.query !== 'object' || Array.isArray(request.query)) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query)) search.append(key, typeof value === 'string' ? value : JSON.stringify(value) ?? '');
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

async function gatherCast(test: TestApp): Promise<Cast> {
  const victim = await signUpPerson(test, 'fuzz-victim@example.org', { name: 'Victim' });
  for (let day = 1; day <= 5; day += 1) {
    const detail = { regionPain: [{ region: 'knee', pain: 3 }], relief: [{ kind: 'heat', helped: 5 }], medication: 'private medicine' };
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: victim.cookie, payload: { at: `2026-11-0${day}T09:00:00.000Z`, pain: 3 + day, notes: 'private note', areas: ['knee'], detail } });
  }
  // Issue 14: the victim's lessons and flare plan are in the export the fuzzer compares.
  await test.request({ method: 'POST', url: '/api/me/lessons/sleep/read', cookie: victim.cookie });
  await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: victim.cookie, payload: { helps: ['rest'], tellWho: 'private person' } });
  const emails = { stranger: 'fuzz-stranger@example.org', clinician: 'fuzz-clinician@example.org', admin: 'fuzz-admin@example.org' };
  const cookies: Cast['cookies'] = {
    stranger: (await signUpPerson(test, emails.stranger)).cookie,
    clinician: (await signUpStaff(test, emails.clinician, 'clinician')).cookie,
    admin: (await signUpStaff(test, emails.admin, 'admin')).cookie,
  };
  return { cookies, victimId: victim.id, victimCookie: victim.cookie, emails };
}

async function signInAgain(test: TestApp, cast: Cast, caller: Exclude<Caller, 'anonymous'>): Promise<void> {
  const cookie = cast.cookies[caller];
  const me = await test.request({ method: 'GET', url: '/api/me', ...(cookie ? { cookie } : {}) });
  if (me.statusCode === 200) return;
  const email = cast.emails[caller];
  cast.cookies[caller] = caller === 'stranger' ? (await signUpPerson(test, `again-${Date.now()}-${email}`)).cookie : (await signUpStaff(test, `again-${Date.now()}-${email}`, caller)).cookie;
}

async function exportOf(test: TestApp, cookie: string): Promise<string> {
  const response = await test.request({ method: 'GET', url: '/api/me/export', cookie });
  const document = response.json<Record<string, unknown>>();
  delete document.exportedAt;
  return JSON.stringify(document);
}
