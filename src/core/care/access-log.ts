/**
 * The audit log as the person reads it: every look at or change of their data by someone else,
 * grouped into one line per clinician per day of the person's calendar ("Lena looked at your
 * check-ins, plan and pacing on 3 May"). Newest day first.
 */
import { RECORD_AREAS, type RecordArea } from '../access/policy.js';
import { toLocalDate, type LocalDate } from '../calendar.js';

/** One audit event about the person. */
export interface AccessEvent {
  at: string;
  actorId: string;
  actorName: string | null;
  /** An audit code such as `read:journal` or `write:care_notes`. */
  action: string;
}

/** One line of the access log. */
export interface AccessLine {
  day: LocalDate;
  clinician: { id: string; name: string | null };
  /** The parts of the record looked at that day, in the record's order. */
  areas: RecordArea[];
  /** The parts changed that day (a note written, a review recorded, the link ended), in order. */
  changed: RecordArea[];
  /** How many looks and changes the line stands for. */
  count: number;
}

/** The longest range the access log is read over, in days. */
export const ACCESS_LOG_MAX_DAYS = 366;
/** The range shown when none is asked for. */
export const ACCESS_LOG_DEFAULT_DAYS = 90;

/** The record area of an audit code, or null for codes that are not about a record. */
export function areaOfAuditCode(action: string): RecordArea | null {
  return kindAndAreaOf(action)?.area ?? null;
}

/** Whether an audit code is a look or a change, and of which area; null when it is neither. */
function kindAndAreaOf(action: string): { kind: 'read' | 'write'; area: RecordArea } | null {
  const [kind, name] = action.split(':');
  if (kind !== 'read' && kind !== 'write') return null;
  const area = RECORD_AREAS.find((a) => a === name);
  return area ? { kind, area } : null;
}

/** Groups events into lines, keeping only days from `from` to `to` (both included) in `timeZone`. */
export function groupAccessLog(events: readonly AccessEvent[], timeZone: string, from: LocalDate, to: LocalDate): AccessLine[] {
  const lines = new Map<string, { line: AccessLine; latest: string; read: Set<RecordArea>; write: Set<RecordArea> }>();
  for (const event of events) {
    const day = toLocalDate(event.at, timeZone);
    const what = kindAndAreaOf(event.action);
    if (day < from || day > to || what === null) continue;
    const key = `${day}|${event.actorId}`;
    const entry = lines.get(key) ?? {
      line: { day, clinician: { id: event.actorId, name: event.actorName }, areas: [], changed: [], count: 0 },
      latest: event.at,
      read: new Set<RecordArea>(),
      write: new Set<RecordArea>(),
    };
    entry.line.count += 1;
    entry[what.kind].add(what.area);
    if (event.at >= entry.latest) {
      entry.latest = event.at;
      entry.line.clinician.name = event.actorName;
    }
    lines.set(key, entry);
  }
  return [...lines.values()]
    .sort((a, b) => (a.line.day === b.line.day ? b.latest.localeCompare(a.latest) : b.line.day.localeCompare(a.line.day)))
    .map(({ line, read, write }) => ({ ...line, areas: RECORD_AREAS.filter((a) => read.has(a)), changed: RECORD_AREAS.filter((a) => write.has(a)) }));
}
