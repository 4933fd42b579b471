/**
 * Reading an untrusted FHIR JSON file: small typed readers and the list of what is unsupported,
 * each named by its path in the file (`item[2].type = "string"`).
 */

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** One thing in a file Pacewise does not support, with where it is. */
export interface Unsupported {
  path: string;
  what: string;
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problems found so far while reading one file. */
export class Problems {
  readonly list: Unsupported[] = [];

  /** Note one unsupported thing. */
  add(path: string, what: string): void {
    if (this.list.length < 50) this.list.push({ path, what });
  }
}

/** A JSON value as it would appear in a message, shortened. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** An optional string property: its value, null when absent, and a problem when it is not text or too long. */
export function optionalString(obj: JsonObject, key: string, path: string, maxLength: number, problems: Problems): string | null {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.add(`${path}${key}`, 'should be text');
    return null;
  }
  if (value.length > maxLength) {
    problems.add(`${path}${key}`, `is longer than ${maxLength} characters`);
    return null;
  }
  return value;
}

/** An optional array property: its items (empty when absent), and a problem when it is not an array. */
export function optionalArray(obj: JsonObject, key: string, path: string, problems: Problems): unknown[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add(`${path}${key}`, 'should be a list');
    return [];
  }
  return value;
}

/** The extensions of an element with a given URL. */
export function extensionsOf(obj: JsonObject, url: string): JsonObject[] {
  const list = obj['extension'];
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is JsonObject => isObject(e) && e['url'] === url);
}

/** The first number-valued `value[x]` (integer or decimal) of an extension with this URL, or null. */
export function numberExtension(obj: JsonObject, url: string): number | null {
  for (const ext of extensionsOf(obj, url)) {
    for (const key of ['valueDecimal', 'valueInteger']) {
      const value = ext[key];
      if (typeof value === 'number' && Number.isFinite(value)) return value;
    }
  }
  return null;
}
