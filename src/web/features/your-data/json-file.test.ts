/** A chosen file read as JSON; a refusal split into the problems it names. */
import { describe, expect, it } from 'vitest';
import { dataFileName, dispositionName } from './data-files.js';
import { parseJsonFile, splitProblems } from './json-file.js';

describe('parseJsonFile', () => {
  it.each([
    ['an object', '{"resourceType":"Questionnaire"}', { ok: true, value: { resourceType: 'Questionnaire' } }],
    ['not JSON', 'PK\u0003\u0004', { ok: false, reason: 'not_json' }],
    ['a list', '[1,2]', { ok: false, reason: 'not_object' }],
    ['null', 'null', { ok: false, reason: 'not_object' }],
  ] as const)('%s', (_name, text, expected) => {
    expect(parseJsonFile(text)).toEqual(expected);
  });
});

describe('splitProblems', () => {
  it.each([
    ['one per line', 'This Questionnaire uses what Pacewise cannot show:\nitem[2].type: date\n- item[3].enableWhen[0].operator: >', { lead: 'This Questionnaire uses what Pacewise cannot show:', problems: ['item[2].type: date', 'item[3].enableWhen[0].operator: >'] }],
    ['after a colon, by semicolons', 'Unsupported: item[2].type date; item[4].repeats', { lead: 'Unsupported:', problems: ['item[2].type date', 'item[4].repeats'] }],
    ['a single message', 'Use a FHIR R4 Questionnaire.', { lead: null, problems: ['Use a FHIR R4 Questionnaire.'] }],
  ])('%s', (_name, message, expected) => {
    expect(splitProblems(message)).toEqual(expected);
  });
});

describe('download names', () => {
  it.each([['json', 'pacewise-export-2026-11-24.json'], ['csv', 'pacewise-export-2026-11-24-csv.zip'], ['fhir', 'pacewise-export-2026-11-24-fhir.json']] as const)('%s', (format, name) => {
    expect(dataFileName(format, '2026-11-24')).toBe(name);
  });
  it('prefers the name the server gives', () => {
    expect(dispositionName('attachment; filename="pacewise-maya-2026-11-24.zip"')).toBe('pacewise-maya-2026-11-24.zip');
    expect(dispositionName(null)).toBeNull();
  });
});
