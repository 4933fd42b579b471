// The OpenAPI document failed an outside linter (issue 16, finding 19): Redocly's recommended
// rules found 9 errors and 29 warnings — no operation documented its 4xx answers, public ones did
// not declare `security: []`, and there were no `servers`. The document is linted here with the
// same rules (Redocly's library, offline), so it stays clean as routes arrive.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../contract/routes.js';
import { buildOpenApiDocument } from './openapi.js';

describe('the OpenAPI document', () => {
  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    const document = buildOpenApiDocument(routes, '0.1.0');
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: '/openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`)).toEqual([]);
  });

  it('documents each error answer with the error shape', () => {
    const document = buildOpenApiDocument(routes, '0.1.0') as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const checkin = document.paths['/api/me/checkins']?.post?.responses ?? {};
    expect(Object.keys(checkin)).toEqual(expect.arrayContaining(['201', '400', '401', '404', '429', 'default']));
    const signup = document.paths['/api/auth/signup']?.post as unknown as { security: unknown[] };
    expect(signup.security).toEqual([]);
  });
});
