import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The published GeoReport v2 JSON Schemas (open311/schema-validation, schema/georeport-v2), copied into test/fixtures so CI needs nothing else. */
const SCHEMA_DIR = join(__dirname, '..', 'fixtures', 'open311', 'georeport-v2');
const NAMES = ['service', 'services', 'service-definition', 'request', 'requests'] as const;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const name of NAMES) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.json`), 'utf8')), `${name}.json`);

/** Throws with ajv's errors unless the body is valid against the named GeoReport v2 schema. */
export function expectValidOpen311(schema: (typeof NAMES)[number], body: unknown): void {
  const validate = ajv.getSchema(`${schema}.json`) as ValidateFunction;
  if (!validate(body)) throw new Error(`not a valid GeoReport v2 ${schema}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`);
}
