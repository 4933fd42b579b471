/** Reading a chosen file as JSON, and the lines of a refusal that names several problems. */

/** The file's JSON object, or why it is not one. */
export type JsonFile = { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'not_json' | 'not_object' };

/** Parses a file's text; only a JSON object is accepted. */
export function parseJsonFile(text: string): JsonFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not_object' };
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * A refusal's message split into its problems: the server lists them one a line (or after a
 * colon, separated by semicolons). One problem gives one line.
 */
export function splitProblems(message: string): { lead: string | null; problems: string[] } {
  const lines = message.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length > 1) return { lead: lines[0] ?? null, problems: lines.slice(1).map(stripBullet) };
  const colon = message.indexOf(': ');
  const rest = colon >= 0 ? message.slice(colon + 2) : message;
  const parts = rest.split(/;\s+/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (colon >= 0 && parts.length > 1) return { lead: message.slice(0, colon + 1), problems: parts };
  return { lead: null, problems: [message] };
}

function stripBullet(line: string): string {
  return line.replace(/^[-•*]\s+/, '');
}
