// schema.json: generated from the rules (npm run schema), and it accepts what the config loader accepts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { configSchemaText } from '../../linter/cli/config-schema.ts';
import { ROOT } from './helpers.ts';

const committed = readFileSync(path.join(ROOT, 'schema.json'), 'utf8');
const validator = new Validator(JSON.parse(committed) as Record<string, unknown>, '2020-12', false);
const valid = (config: unknown) => validator.validate(config).valid;

describe('schema.json', () => {
  it('is what `npm run schema` writes from the rules today', () => {
    expect(committed).toBe(configSchemaText());
  });

  it("accepts the examples' configs and ESLint-style settings", () => {
    for (const file of ['examples/templates/liquid/optout.config.json', 'examples/templates/nunjucks/optout.config.json']) {
      expect(valid(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))), file).toBe(true);
    }
    expect(
      valid({
        $schema: './node_modules/optout-lint/schema.json',
        extends: ['optout-lint:strict'],
        esp: 'mailchimp',
        rules: { 'unsubscribe-link-visible': ['error', { minFontSize: 12 }], 'postal-address': 'off', 'unsubscribe-link-text': 1 },
        overrides: [{ files: ['transactional/**'], rules: { 'unsubscribe-link-present': 'off' } }],
      }),
    ).toBe(true);
  });

  it('flags what the loader refuses: an unknown rule, severity, option, ESP or key', () => {
    expect(valid({ rules: { 'unsubscribe-link-visibel': 'error' } })).toBe(false);
    expect(valid({ rules: { 'unsubscribe-link-visible': 'fatal' } })).toBe(false);
    expect(valid({ rules: { 'unsubscribe-link-visible': ['error', { minFontSise: 12 }] } })).toBe(false);
    expect(valid({ rules: { 'unsubscribe-link-visible': ['error', { minFontSize: 'big' }] } })).toBe(false);
    expect(valid({ esp: 'mailchump' })).toBe(false);
    expect(valid({ extend: ['optout-lint:strict'] })).toBe(false);
    expect(valid({ overrides: [{ rules: {} }] })).toBe(false);
  });
});
