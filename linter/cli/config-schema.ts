// The JSON Schema of a config file (published as optout-lint/schema.json), made from the rules' own option
// schemas, so editors complete rule ids, severities and options and flag typos. `npm run schema` writes it;
// a test keeps the committed file in step.
import type { Registry } from '../config.ts';
import { PRESET_PREFIX } from '../config.ts';
import { ESP_IDS } from '../esp/registry.ts';
import { presets, rules } from '../../rules/index.ts';
import pkg from '../../package.json' with { type: 'json' };

type JsonSchema = Record<string, unknown>;

const SEVERITY: JsonSchema = {
  description: '"off" (0), "warn" (1) or "error" (2)',
  enum: ['off', 'warn', 'error', 0, 1, 2],
};

const STRINGS: JsonSchema = { type: 'array', items: { type: 'string' } };

function configJsonSchema(registry: Registry, version: string): JsonSchema {
  const ruleSchemas: Record<string, JsonSchema> = {};
  for (const rule of registry.rules) {
    const { id, description, docs, schema } = rule.meta;
    const withOptions = schema
      ? [{ type: 'array', prefixItems: [SEVERITY, schema], items: false, minItems: 1 }]
      : [{ type: 'array', prefixItems: [SEVERITY], items: false }];
    ruleSchemas[id] = { description: `${description} ${docs.url}`, anyOf: [SEVERITY, ...withOptions] };
  }
  const rulesSchema: JsonSchema = { type: 'object', properties: ruleSchemas, additionalProperties: false };
  const placeholders: JsonSchema = {
    type: 'object',
    description: 'In-house placeholders: an opt-out href made of one is an opt-out; an address or sender token satisfies those rules.',
    properties: { unsubscribe: STRINGS, address: STRINGS, sender: STRINGS },
    additionalProperties: false,
  };
  const shared: Record<string, JsonSchema> = {
    rules: rulesSchema,
    esp: { description: 'The ESP the templates are sent with.', enum: [...ESP_IDS] },
    locales: { ...STRINGS, description: 'Languages of the emails, two-letter codes; the first is the default.' },
    headers: { type: 'string', description: 'A raw RFC 5322 header block to lint template bodies with.' },
    partials: { ...STRINGS, description: 'Template partial folders, relative to the config file.' },
    placeholders,
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/optout-lint@${version}/schema.json`,
    title: 'optout-lint configuration',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: { type: 'array', items: { enum: Object.keys(registry.presets).map((p) => PRESET_PREFIX + p) } },
      ...shared,
      maxFileSize: { type: 'integer', minimum: 1, description: 'Largest file linted, in bytes (default 10 MiB).' },
      maxHeaders: { type: 'integer', minimum: 1, description: '.eml: most header fields in one header block (default 1000).' },
      maxHeaderLength: { type: 'integer', minimum: 1, description: '.eml: longest header value after unfolding (default 1 MiB).' },
      overrides: {
        type: 'array',
        description: 'Settings for some files only (globs relative to the config file; later entries win).',
        items: {
          type: 'object',
          properties: { files: STRINGS, excludedFiles: STRINGS, ...shared },
          required: ['files'],
          additionalProperties: false,
        },
      },
      ignorePatterns: { ...STRINGS, description: 'Files not linted (gitignore syntax, relative to the config file).' },
    },
    additionalProperties: false,
  };
}

/** schema.json's text, for the built-in rules and presets. */
export function configSchemaText(): string {
  return `${JSON.stringify(configJsonSchema({ rules, presets }, pkg.version), null, 2)}\n`;
}
