import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import YAML from 'yaml';
import { projectRoot } from '../helpers.js';
import { join } from 'node:path';

const schema = JSON.parse(readFileSync(join(projectRoot, 'schema', 'facts.schema.json'), 'utf8')) as object;
const validator = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/**
 * Checks a facts file's text (YAML or JSON) against schema/facts.schema.json; returns the
 * schema errors, one line each (empty when valid). Any test that writes a facts file can use it.
 */
export function factsFileErrors(content: string): string[] {
  const data: unknown = YAML.parse(content);
  if (validator(data)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
