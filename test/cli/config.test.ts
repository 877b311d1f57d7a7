// resolveConfig / validateConfig / parseRuleFlag against a small fake registry (the real one: config-registry.test.ts).
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAX_FILE_SIZE, resolveConfig, validateConfig, type Registry } from '../../linter/config.ts';
import { parseRuleFlag } from '../../linter/cli/rule-flag.ts';
import type { OptionSchema, Rule } from '../../linter/rule.ts';
import type { Config } from '../../linter/types.ts';

function fakeRule(id: string, properties?: Record<string, OptionSchema>): Rule {
  const schema = properties ? { type: 'object' as const, properties, additionalProperties: false as const } : undefined;
  return {
    meta: { id, description: id, severity: 'error', docs: { url: '' }, regulations: [], messages: {}, ...(schema ? { schema } : {}) },
    check() {},
  };
}

const registry: Registry = {
  rules: [
    fakeRule('unsubscribe-link-present'),
    fakeRule('unsubscribe-link-visible', {
      minFontSize: { type: 'number', default: 10, minimum: 0, description: 'px' },
      minContrast: { type: 'number', default: 3, minimum: 1, maximum: 21, description: 'ratio' },
    }),
    fakeRule('unsubscribe-link-text', {
      allowed: { type: 'array', items: { type: 'string' }, default: [], description: 'extra words' },
      strict: { type: 'boolean', default: false, description: 'strict' },
    }),
    fakeRule('unsubscribe-link-href'),
  ],
  presets: {
    recommended: { rules: { 'unsubscribe-link-present': 'error', 'unsubscribe-link-visible': 'error', 'unsubscribe-link-text': 'warn' } },
    strict: { extends: ['optout-lint:recommended'], rules: { 'unsubscribe-link-text': 'error' } },
  },
};

const resolve = (...configs: Config[]) => resolveConfig(configs, registry);
const fails = (config: unknown) => {
  try {
    resolveConfig([config as Config], registry);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('resolveConfig', () => {
  it('uses the recommended preset when nothing says extends', () => {
    expect(resolve()).toEqual({
      rules: {
        'unsubscribe-link-present': { severity: 2, options: {} },
        'unsubscribe-link-visible': { severity: 2, options: {} },
        'unsubscribe-link-text': { severity: 1, options: {} },
      },
      locales: [],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
    });
    expect(resolve({ esp: 'sendgrid' }).rules['unsubscribe-link-present']?.severity).toBe(2);
  });

  it('starts from nothing with extends: []', () => {
    expect(resolve({ extends: [] }).rules).toEqual({});
  });

  it('expands nested presets and lets later configs win', () => {
    const r = resolve(
      { extends: ['optout-lint:strict'], esp: 'mailchimp', locales: ['IT'] },
      { rules: { 'unsubscribe-link-visible': ['warn', { minFontSize: 8 }], 'unsubscribe-link-present': 0 }, locales: ['en'], maxFileSize: 1000 },
    );
    expect(r.rules['unsubscribe-link-text']).toEqual({ severity: 2, options: {} });
    expect(r.rules['unsubscribe-link-visible']).toEqual({ severity: 1, options: { minFontSize: 8 } });
    expect(r.rules['unsubscribe-link-present']).toEqual({ severity: 0, options: {} });
    expect(r.esp).toBe('mailchimp');
    expect(r.locales).toEqual(['en']);
    expect(r.maxFileSize).toBe(1000);
  });

  it('keeps earlier options when a later config sets only the severity (like ESLint)', () => {
    const r = resolve(
      { extends: [], rules: { 'unsubscribe-link-visible': ['error', { minContrast: 4.5 }] } },
      { rules: { 'unsubscribe-link-visible': 'warn' } },
    );
    expect(r.rules['unsubscribe-link-visible']).toEqual({ severity: 1, options: { minContrast: 4.5 } });
  });

  it('names the key in every validation error', () => {
    expect(fails({ rules: { 'unsubscribe-link-visibel': 'error' } })).toBe(
      'rules.unsubscribe-link-visibel: unknown rule (did you mean "unsubscribe-link-visible"?)',
    );
    expect(fails({ rules: { 'totally-different': 'error' } })).toBe('rules.totally-different: unknown rule');
    expect(fails({ rules: { 'unsubscribe-link-visible': 'fatal' } })).toBe(
      'rules.unsubscribe-link-visible: severity must be "off", "warn" or "error" (got "fatal")',
    );
    expect(fails({ rules: { 'unsubscribe-link-visible': 3 } })).toBe('rules.unsubscribe-link-visible: severity must be "off", "warn" or "error" (got 3)');
    expect(fails({ rules: { 'unsubscribe-link-visible': ['error', { minFontSize: 'big' }] } })).toBe(
      'rules.unsubscribe-link-visible.minFontSize: expected a number ≥ 0 (got "big")',
    );
    expect(fails({ rules: { 'unsubscribe-link-visible': ['error', { minFontSize: -1 }] } })).toBe(
      'rules.unsubscribe-link-visible.minFontSize: expected a number ≥ 0 (got -1)',
    );
    expect(fails({ rules: { 'unsubscribe-link-visible': ['error', { minContrast: 30 }] } })).toBe(
      'rules.unsubscribe-link-visible.minContrast: expected a number between 1 and 21 (got 30)',
    );
    expect(fails({ rules: { 'unsubscribe-link-visible': ['error', { minFontSzie: 9 }] } })).toBe(
      'rules.unsubscribe-link-visible.minFontSzie: unknown option (did you mean "minFontSize"?)',
    );
    expect(fails({ rules: { 'unsubscribe-link-present': ['error', { x: 1 }] } })).toBe(
      'rules.unsubscribe-link-present.x: unknown option (this rule has no options)',
    );
    expect(fails({ rules: { 'unsubscribe-link-text': ['error', { allowed: 'x' }] } })).toBe(
      'rules.unsubscribe-link-text.allowed: expected an array of strings (got "x")',
    );
    expect(fails({ rules: { 'unsubscribe-link-text': ['error', { strict: 1 }] } })).toBe('rules.unsubscribe-link-text.strict: expected true or false (got 1)');
    expect(fails({ rules: { 'unsubscribe-link-text': ['error', 'x'] } })).toBe('rules.unsubscribe-link-text: options must be an object (got "x")');
    expect(fails({ rules: { 'unsubscribe-link-text': ['error', {}, {}] } })).toMatch(
      /^rules.unsubscribe-link-text: expected a severity or \[severity, options\]/,
    );
    expect(fails({ rules: [] })).toBe('rules: expected an object (got [])');
    expect(fails({ rulez: {} })).toBe('rulez: unknown key (did you mean "rules"?)');
    expect(fails({ colour: 'red' })).toBe(
      'colour: unknown key (expected one of extends, rules, esp, locales, headers, maxFileSize, maxHeaders, maxHeaderLength, partials, placeholders, overrides, ignorePatterns)',
    );
    expect(fails({ extends: ['optout-lint:recomended'] })).toBe(
      'extends[0]: unknown preset "optout-lint:recomended" (did you mean "optout-lint:recommended"?)',
    );
    expect(fails({ extends: ['eslint:all'] })).toBe('extends[0]: unknown preset "eslint:all" (known: optout-lint:recommended, optout-lint:strict)');
    expect(fails({ esp: 'mailchimpp' })).toBe('esp: unknown ESP "mailchimpp" (did you mean "mailchimp"?)');
    expect(fails({ locales: ['en', 'ita'] })).toBe('locales[1]: expected a 2-letter language code such as "en" or "it" (got "ita")');
    expect(fails({ locales: 'en' })).toMatch(/^locales: expected an array/);
    expect(fails({ headers: 42 })).toBe('headers: expected a string (got 42)');
    expect(fails({ maxFileSize: '10MB' })).toBe('maxFileSize: expected a whole number of bytes > 0 (got "10MB")');
    expect(fails('nope')).toBe('config must be an object (got "nope")');
  });

  it('accepts every known ESP and $schema', () => {
    for (const esp of ['mailchimp', 'campaign-monitor', 'salesforce-mc', 'customer-io', 'ses', 'dittofeed']) {
      expect(resolve({ esp }).esp).toBe(esp);
    }
    expect(() => validateConfig({ $schema: './schema.json' }, registry)).not.toThrow();
  });
});

describe("parseRuleFlag (ESLint's levn form)", () => {
  it('parses id:severity, as before', () => {
    expect(parseRuleFlag('unsubscribe-link-text:off', registry)).toEqual({ rules: { 'unsubscribe-link-text': 'off' } });
    expect(parseRuleFlag('unsubscribe-link-text:2', registry)).toEqual({ rules: { 'unsubscribe-link-text': 2 } });
    expect(parseRuleFlag(' unsubscribe-link-text : warn ', registry)).toEqual({ rules: { 'unsubscribe-link-text': 'warn' } });
  });

  it('takes options, and several rules in braces', () => {
    expect(parseRuleFlag('unsubscribe-link-visible: [error, {minFontSize: 14}]', registry)).toEqual({
      rules: { 'unsubscribe-link-visible': [2, { minFontSize: 14 }] },
    });
    expect(parseRuleFlag('{unsubscribe-link-text: warn, unsubscribe-link-href: off}', registry)).toEqual({
      rules: { 'unsubscribe-link-text': 'warn', 'unsubscribe-link-href': 'off' },
    });
  });

  it('rejects malformed flags, bad severities and options, and unknown rules, naming them', () => {
    expect(() => parseRuleFlag('unsubscribe-link-text', registry)).toThrow(/--rule "unsubscribe-link-text": .*expected "unsubscribe-link-text: off"/);
    expect(() => parseRuleFlag('unsubscribe-link-text:fatal', registry)).toThrow('severity must be "off", "warn" or "error" (got "fatal")');
    expect(() => parseRuleFlag('unsubscribe-link-txet:off', registry)).toThrow('unknown rule (did you mean "unsubscribe-link-text"?)');
    expect(() => parseRuleFlag('unsubscribe-link-visible: [error, {minFontSize: big}]', registry)).toThrow(/--rule unsubscribe-link-visible.*minFontSize/);
    expect(() => parseRuleFlag('unsubscribe-link-visible: [error, {minFont: 3}', registry)).toThrow(/--rule .*Expected '\]'/);
  });
});
