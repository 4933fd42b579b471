/**
 * Values for the route fuzzer (issue 16), made from the route table's own schemas: the JSON
 * Schema zod gives for a request part becomes a fast-check arbitrary of values that mostly pass
 * (so requests reach the services), and of hostile ones (so the edges are tried too).
 */
import fc from 'fast-check';
import { hostileValue } from './hostile-values.js';

/** A JSON Schema as `z.toJSONSchema` writes it (the parts the fuzzer reads). */
export type JsonSchema = Record<string, unknown>;

const MAX_DEPTH = 6;
const MAX_ITEMS = 4;

/** Values that fit the schema as far as JSON Schema can say (refinements may still refuse them). */
export function validOf(schema: JsonSchema | boolean, depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH || typeof schema !== 'object' || schema === null) return fc.constant(null);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const choices = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (choices && choices.length > 0) return fc.oneof(...choices.map((choice) => validOf(choice, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return validOf(schema.allOf[0] as JsonSchema, depth + 1);
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: boundOf(schema, 'minimum', -1000), max: boundOf(schema, 'maximum', 1000) });
    case 'number':
      return fc.double({ min: boundOf(schema, 'minimum', -1000), max: boundOf(schema, 'maximum', 1000), noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayOf(schema, depth);
    case 'object':
      return objectOf(schema, depth);
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

/** A value that fits the schema, or, one time in three, a hostile one somewhere inside it. */
export function mixedOf(schema: JsonSchema | boolean, depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH || typeof schema !== 'object' || schema === null) return hostileValue();
  const inner = schema.type === 'object' ? objectOf(schema, depth, mixedOf) : validOf(schema, depth);
  return fc.oneof({ weight: 2, arbitrary: inner }, { weight: 1, arbitrary: hostileValue() });
}

function boundOf(schema: JsonSchema, key: 'minimum' | 'maximum', fallback: number): number {
  const value = schema[key] ?? schema[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'];
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.max(-1e9, Math.min(1e9, value));
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.emailAddress();
    case 'date':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    default:
      break;
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 200);
    } catch {
      // A pattern fast-check cannot read: plain strings.
    }
  }
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? Math.min(schema.maxLength, 200) : 40;
  return fc.string({ minLength: Math.min(minLength, maxLength), maxLength });
}

function arrayOf(schema: JsonSchema, depth: number): fc.Arbitrary<unknown[]> {
  if (Array.isArray(schema.prefixItems)) return fc.tuple(...(schema.prefixItems as JsonSchema[]).map((item) => validOf(item, depth + 1)));
  const items = (schema.items as JsonSchema | undefined) ?? {};
  const minLength = typeof schema.minItems === 'number' ? Math.min(schema.minItems, MAX_ITEMS) : 0;
  const maxLength = typeof schema.maxItems === 'number' ? Math.min(schema.maxItems, MAX_ITEMS) : MAX_ITEMS;
  return fc.array(validOf(items, depth + 1), { minLength, maxLength: Math.max(minLength, maxLength) });
}

function objectOf(schema: JsonSchema, depth: number, inner: (schema: JsonSchema | boolean, depth: number) => fc.Arbitrary<unknown> = validOf): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const entries = Object.entries(properties).map(([key, property]) => {
    const value = inner(property, depth + 1);
    return [key, required.has(key) ? value.map((v) => ({ has: true, v })) : fc.record({ has: fc.boolean(), v: value })] as const;
  });
  return fc.tuple(...entries.map(([, arbitrary]) => arbitrary)).map((values) => {
    const object: Record<string, unknown> = {};
    values.forEach((entry, index) => {
      const key = entries[index]?.[0];
      if (key !== undefined && entry.has) object[key] = entry.v;
    });
    return object;
  });
}
