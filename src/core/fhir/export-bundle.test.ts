/**
 * The export Bundle. Dimensions: every resource (and the Bundle) validated by two outside
 * validators (FHIR.js on the R4 StructureDefinitions, HL7's R4 JSON schema); the codes a receiver
 * looks for (72514-3, the PEG panel, canonical questionnaire references); the email only in the
 * person's own export; the round trip (build, read back, compare) on a fixed export and on many
 * generated ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFhirBundle } from './export-bundle.js';
import type { ExportForm, FhirExportInput } from './export-types.js';
import { placeholderPi6a } from './fixtures/questionnaires.js';
import { parseQuestionnaire } from './questionnaire-import.js';
import { fhirViewOf, readFhirBundle } from './read-bundle.js';
import { exportInputArbitrary, fixedExport, IMPORTED } from './fixtures/export-documents.js';
import { fhirProblems } from './validate-fhir.testing.js';

function idMaker(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function formsFor(): Map<string, ExportForm> {
  const parsed = parseQuestionnaire(placeholderPi6a(), IMPORTED.slice('imported:'.length));
  if (!parsed.ok) throw new Error('fixture');
  return new Map<string, ExportForm>([[IMPORTED, { canonical: parsed.url, version: parsed.version, form: parsed.form }]]);
}

function problemsOf(doc: FhirExportInput, includeEmail = true): string[] {
  const bundle = buildFhirBundle(doc, formsFor(), { newId: idMaker(), includeEmail });
  return [...fhirProblems(bundle), ...bundle.entry.flatMap((e) => fhirProblems(e.resource).map((p) => `${e.resource.resourceType}/${e.resource.id} ${p}`))];
}

describe('buildFhirBundle', () => {
  const doc = fixedExport();
  const bundle = buildFhirBundle(doc, formsFor(), { newId: idMaker(), includeEmail: true });
  const of = (type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

  it('validates as R4, the Bundle and each resource, with both outside validators', () => {
    expect(problemsOf(doc)).toEqual([]);
  });

  it('has every kind of resource once per thing, each with a urn:uuid fullUrl matching its id', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: doc.exportedAt });
    expect(bundle.entry.every((e) => e.fullUrl === `urn:uuid:${e.resource.id}`)).toBe(true);
    expect(new Set(bundle.entry.map((e) => e.resource.id)).size).toBe(bundle.entry.length);
    expect([of('Patient').length, of('Observation').length, of('QuestionnaireResponse').length, of('Procedure').length, of('CarePlan').length]).toEqual([1, 3, 3, 2, 2]);
  });

  it('codes pain as 72514-3 and the PEG as its panel with P, E, G and the mean', () => {
    const [pain, peg] = of('Observation');
    expect(pain).toMatchObject({ code: { coding: [{ code: '72514-3' }] }, valueInteger: 6, effectiveDateTime: doc.checkins[0]?.at });
    expect(peg).toMatchObject({ code: { coding: [{ code: '91148-7' }] } });
    const components = (peg?.['component'] ?? []) as { code: { coding: { code: string }[] }; valueInteger?: number; valueQuantity?: { value: number } }[];
    expect(components.map((c) => [c.code.coding[0]?.code, c.valueInteger ?? c.valueQuantity?.value])).toEqual([['75893-8', 6], ['91145-3', 4], ['91146-1', 5], ['91147-9', 5]]);
  });

  it('names an imported form by its canonical URL and version, a built-in one by a Pacewise URN', () => {
    expect(of('QuestionnaireResponse').map((r) => r['questionnaire'])).toEqual(['urn:pacewise:questionnaire:peg|1', 'http://example.org/fhir/Questionnaire/placeholder-pi-6a|1.0', 'urn:pacewise:questionnaire:psfs|1']);
  });

  it('leaves the email out of a clinician’s download', () => {
    const clinicians = buildFhirBundle(doc, formsFor(), { newId: idMaker(), includeEmail: false });
    expect(JSON.stringify(clinicians)).not.toContain(doc.account.email);
    expect(JSON.stringify(bundle)).toContain(doc.account.email);
  });

  it('reads back everything it carries (round trip)', () => {
    expect(readFhirBundle(JSON.parse(JSON.stringify(bundle)), formsFor())).toEqual(fhirViewOf(doc, { includeEmail: true }));
  });

  it('validates and round-trips for many generated exports', () => {
    fc.assert(
      fc.property(exportInputArbitrary, fc.boolean(), (generated, includeEmail) => {
        expect(problemsOf(generated, includeEmail)).toEqual([]);
        const built = buildFhirBundle(generated, formsFor(), { newId: idMaker(), includeEmail });
        expect(readFhirBundle(JSON.parse(JSON.stringify(built)), formsFor())).toEqual(fhirViewOf(generated, { includeEmail }));
      }),
      { numRuns: 40 },
    );
  });

  it('uses validators that do catch a broken resource (a guard on the guards)', () => {
    const broken = { resourceType: 'Observation', id: 'x', status: 'nearly', code: { text: 'x' }, valueInteger: 1.5, extra: true };
    const problems = fhirProblems(broken);
    expect(problems.some((p) => p.startsWith('FHIR.js'))).toBe(true);
    expect(problems.some((p) => p.startsWith('JSON schema'))).toBe(true);
  });

  it('its placeholder Questionnaire fixtures are valid R4 too', () => {
    expect(fhirProblems(placeholderPi6a())).toEqual([]);
  });
});
