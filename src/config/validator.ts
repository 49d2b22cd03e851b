// The JSON Schema check of lambda-layers.yml, compiled here when the action runs from source (tests, tsx).
// scripts/build.mjs replaces this module in the bundle with the same validator compiled ahead of time (Ajv's
// standalone code, with the same ajv-options.json): compiling the schema at start took a third of a no-op run.
import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schema/lambda-layers.schema.json';
import options from './ajv-options.json';

export const validate: ValidateFunction = new Ajv(options).compile(schema);
