/**
 * Importing a Questionnaire. Dimensions: the supported subset read into a form (groups, display,
 * choice with ordinalValue / itemWeight / numeric codes, integer with min/max, enableWhen), PROMIS
 * recognition by item code or linkId, and each unsupported thing refused with its path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentOfImported, scoreAnswers } from '../questionnaires/index.js';
import type { FormItem } from '../questionnaires/types.js';
import { placeholderOwnForm, placeholderPf4a, placeholderPi6a, unsupportedQuestionnaire } from './fixtures/questionnaires.js';
import { parseQuestionnaire } from './questionnaire-import.js';
import { fhirProblems } from './validate-fhir.testing.js';

const ID = '11111111-2222-4333-8444-555555555555';

function item(overrides: Record<string, unknown>): Record<string, unknown> {
  return { linkId: 'x', text: 'Placeholder', type: 'choice', answerOption: [{ valueCoding: { code: '0' } }, { valueCoding: { code: '1' } }], ...overrides };
}

function questionnaire(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { resourceType: 'Questionnaire', status: 'active', title: 'Placeholder', item: items, ...extra };
}

function flat(items: readonly FormItem[]): FormItem[] {
  return items.flatMap((i) => (i.kind === 'group' ? [i, ...flat(i.items)] : [i]));
}

describe('parseQuestionnaire', () => {
  it('reads the placeholder PI 6a as a scored PROMIS form with its words, codes and 1-5 values', () => {
    const result = parseQuestionnaire(placeholderPi6a(), ID);
    if (!result.ok) throw new Error(JSON.stringify(result.unsupported));
    expect(result).toMatchObject({ url: 'http://example.org/fhir/Questionnaire/placeholder-pi-6a', version: '1.0', title: 'Placeholder pain form 6a', scoring: 'pi_6a', itemCount: 6 });
    expect(result.form).toMatchObject({ instrument: `imported:${ID}`, canonical: result.url, intro: { literal: 'Placeholder words about the past 7 days.' } });
    const choices = flat(result.form.items).filter((i) => i.kind === 'choice');
    expect(choices).toHaveLength(6);
    const first = choices[0];
    if (first?.kind !== 'choice') throw new Error('no choice');
    expect(first.text).toEqual({ literal: '1. Placeholder item 1' });
    expect(first.options.map((o) => [o.code, o.value])).toEqual([['LA6568-5', 1], ['LA13863-8', 2], ['LA13909-9', 3], ['LA13902-4', 4], ['LA13914-9', 5]]);
    expect(first.codes.map((c) => c.code)).toEqual(['61758-9', 'PAININ9']);
  });

  it('recognises PF 4a by PROMIS ids in linkIds and scores options by their numeric codes', () => {
    const result = parseQuestionnaire(placeholderPf4a(), ID);
    if (!result.ok) throw new Error(JSON.stringify(result.unsupported));
    expect(result.scoring).toBe('pf_4a');
    const first = result.form.items[0];
    if (first?.kind !== 'choice') throw new Error('no choice');
    expect(first.codes).toEqual([{ system: null, code: 'PFA11', display: null }]);
    expect(first.options.map((o) => o.value)).toEqual([5, 4, 3, 2, 1]);
  });

  it('reads an own form: integer bounds, itemWeight values, enableWhen on an integer, name as the title', () => {
    const result = parseQuestionnaire(placeholderOwnForm(), ID);
    if (!result.ok) throw new Error(JSON.stringify(result.unsupported));
    expect(result).toMatchObject({ title: 'PlaceholderOwnForm', version: '', url: null, scoring: null, itemCount: 2 });
    expect(result.form.items[0]).toMatchObject({ kind: 'integer', min: 1, max: 7, required: false, lowLabel: { literal: 'Placeholder low end' }, highLabel: { literal: 'Placeholder high end' } });
    expect(result.form.items[1]).toMatchObject({ kind: 'choice', enableWhen: [{ question: 'scale', answer: 7 }], enableBehavior: 'all' });
    const second = result.form.items[1];
    if (second?.kind !== 'choice') throw new Error('no choice');
    expect(second.options.map((o) => o.value)).toEqual([0, 1]);
  });

  it('names every unsupported thing in a file with its path', () => {
    const result = parseQuestionnaire(unsupportedQuestionnaire(), ID);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.unsupported.map((u) => u.path)).toEqual(
      expect.arrayContaining(['item[0].answerValueSet', 'item[1].type', 'item[2].enableWhen[0].operator = "exists"', 'item[3].linkId = "c"', 'item[3].repeats']),
    );
    expect(result.unsupported.find((u) => u.path === 'item[1].type')?.what).toContain('"string"');
  });

  const refusals: [string, unknown, string][] = [
    ['not a Questionnaire', { resourceType: 'Patient' }, 'resourceType'],
    ['not an object', 'text', 'resourceType'],
    ['a retired file', questionnaire([item({})], { status: 'retired' }), 'status = "retired"'],
    ['no status', questionnaire([item({})], { status: undefined }), 'status'],
    ['no title or name', questionnaire([item({})], { title: undefined }), 'title'],
    ['no items', questionnaire([]), 'item'],
    ['a modifier extension', questionnaire([item({ modifierExtension: [{ url: 'http://example.org/x', valueBoolean: true }] })]), 'item[0].modifierExtension'],
    ['a calculated expression', questionnaire([item({ extension: [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression' }] })]), 'item[0].extension[0]'],
    ['an integer with a nested item that is not an end label', questionnaire([item({ type: 'integer', answerOption: undefined, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 }], item: [{ linkId: 'h', type: 'display', text: 'Help' }] })]), 'item[0].item'],
    ['a question with nested items', questionnaire([item({ item: [{ linkId: 'y', type: 'display', text: 'x' }] })]), 'item[0].item'],
    ['an option that is a string', questionnaire([item({ answerOption: [{ valueString: 'x' }] })]), 'item[0].answerOption[0].valueString'],
    ['an option without a score', questionnaire([item({ answerOption: [{ valueCoding: { code: 'a' } }] })]), 'item[0].answerOption[0]'],
    ['a duplicate option code', questionnaire([item({ answerOption: [{ valueCoding: { code: '1' } }, { valueCoding: { code: '1' } }] })]), 'item[0].answerOption[1]'],
    ['an integer without a maximum', questionnaire([item({ type: 'integer', answerOption: undefined })]), 'item[0].extension'],
    ['an enableWhen on a missing item', questionnaire([item({ enableWhen: [{ question: 'nope', operator: '=', answerCoding: { code: '1' } }] })]), 'item[0].enableWhen[0].question = "nope"'],
    ['an enableWhen on an option that is not there', questionnaire([item({}), item({ linkId: 'y', enableWhen: [{ question: 'x', operator: '=', answerCoding: { code: '9' } }] })]), 'item[1].enableWhen[0].answerCoding'],
    ['an enableWhen on a string answer', questionnaire([item({}), item({ linkId: 'y', enableWhen: [{ question: 'x', operator: '=', answerString: 'a' }] })]), 'item[1].enableWhen[0].answerString'],
    ['two enableWhen without a behaviour', questionnaire([item({}), item({ linkId: 'y', enableWhen: [{ question: 'x', operator: '=', answerCoding: { code: '1' } }, { question: 'x', operator: '=', answerCoding: { code: '0' } }] })]), 'item[1].enableBehavior'],
    ['text over 1000 characters', questionnaire([item({ text: 'a'.repeat(1001) })]), 'item[0].text'],
    ['an empty group', questionnaire([{ linkId: 'g', type: 'group' }, item({})]), 'item[0].item'],
    ['more than 60 items to answer', questionnaire(Array.from({ length: 61 }, (_, i) => item({ linkId: `q${i}` }))), 'item'],
    ['a child with its group’s linkId', questionnaire([{ linkId: 'g', type: 'group', item: [item({ linkId: 'g' })] }]), 'item[0].item[0].linkId = "g"'],
    ['a cqf-expression', questionnaire([item({ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/cqf-expression' }] })]), 'item[0].extension[0]'],
    ['a panel code without a code', questionnaire([item({})], { code: [{ system: 'http://loinc.org' }] }), 'code[0]'],
    ['pre-filled answers', questionnaire([item({ initial: [{ valueCoding: { code: '1' } }] })]), 'item[0].initial'],
  ];

  it.each(refusals)('refuses %s', (_name, resource, path) => {
    const result = parseQuestionnaire(resource, ID);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unsupported.map((u) => u.path)).toContain(path);
  });

  it('is not scored as PROMIS when one option value is off 1-5 or an item is missing', () => {
    const pi = placeholderPi6a() as { item: [unknown, { item: Record<string, unknown>[] }] };
    pi.item[1].item.pop();
    const fewer = parseQuestionnaire(pi, ID);
    expect(fewer.ok && fewer.scoring).toBe(null);
    const pf = placeholderPf4a() as { item: { answerOption: { valueCoding: { code: string } }[] }[] };
    const firstOption = pf.item[0]?.answerOption[0];
    if (firstOption) firstOption.valueCoding.code = '6';
    const off = parseQuestionnaire(pf, ID);
    expect(off.ok && off.scoring).toBe(null);
  });

  it.each([
    ['PI 6a by LOINC and PROMIS codes', placeholderPi6a, 'pi_6a'],
    ['PF 4a by PROMIS ids in linkIds', placeholderPf4a, 'pf_4a'],
  ])('%s is scored by the questionnaire module as read (complete: summed table; one skipped: response pattern)', (_name, fixture, form) => {
    const parsed = parseQuestionnaire(fixture(), ID);
    if (!parsed.ok) throw new Error('fixture');
    const instrument = instrumentOfImported({ id: ID, version: parsed.version, title: parsed.title, form: parsed.form, scoring: parsed.scoring, itemCount: parsed.itemCount });
    expect(instrument.scoring).toMatchObject({ kind: 'promis', form });
    const items = flat(parsed.form.items).filter((i) => i.kind === 'choice');
    const answers = items.map((i) => ({ linkId: i.linkId, value: 3, code: i.kind === 'choice' ? (i.options.find((o) => o.value === 3)?.code ?? null) : null, label: null }));
    expect(scoreAnswers(instrument, answers)).toMatchObject({ method: 'summed_table', answered: items.length, of: items.length });
    const skipped = answers.map((a, i) => (i === 1 ? { ...a, value: null, code: null } : a));
    const partial = scoreAnswers(instrument, skipped);
    expect(partial).toMatchObject({ method: 'response_pattern', answered: items.length - 1 });
    expect(partial.value).toBeGreaterThan(20);
  });

  it('its placeholder Questionnaires are valid R4 themselves', () => {
    for (const fixture of [placeholderPi6a(), placeholderPf4a(), placeholderOwnForm()]) expect(fhirProblems(fixture)).toEqual([]);
  });

  it('never throws and always answers with a form or a non-empty list of problems, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseQuestionnaire(json, ID);
        return result.ok || result.unsupported.length > 0;
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('linkId', 'type', 'text', 'item', 'answerOption', 'enableWhen', 'required', 'code'), fc.jsonValue()), { maxLength: 5 }), (items) => {
        const result = parseQuestionnaire(questionnaire(items), ID);
        return result.ok || result.unsupported.length > 0;
      }),
    );
  });
});
