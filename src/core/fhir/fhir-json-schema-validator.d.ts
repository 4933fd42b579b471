/** Types for HL7's R4 JSON schema validator (the package ships none). */
declare module '@asymmetrik/fhir-json-schema-validator' {
  /** One schema error (ajv's shape). */
  export interface SchemaError {
    keyword: string;
    dataPath: string;
    message?: string;
    params?: unknown;
  }
  /** Validates a resource against the FHIR R4 JSON schema. */
  export default class JSONSchemaValidator {
    constructor(schema?: unknown, ajvSettings?: unknown);
    validate(resource: unknown, verbose?: boolean): SchemaError[];
  }
}
