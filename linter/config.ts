// Config validation and resolution. Browser-safe (the extension reuses it): no Node built-ins here.
import type { Config, Override, ResolvedConfig, RuleSetting, Severity } from './types.ts';
import { Validator } from '@cfworker/json-schema';
import type { OptionSchema, Rule } from './rule.ts';
import { ESP_IDS } from './esp/registry.ts';

/** A config that cannot be used; the message names the offending key (`rules.x.minFontSize: …`). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** What a config is checked against: the rule registry and the presets `extends` can name. */
export interface Registry {
  rules: readonly Rule[];
  presets: Record<string, Config>;
}

export const PRESET_PREFIX = 'optout-lint:';
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** Used when no config file applies; also the base when no config in the chain says `extends`. */
const DEFAULT_CONFIG: Config = { extends: [`${PRESET_PREFIX}recommended`] };

const TOP_LEVEL_KEYS = [
  'extends',
  'rules',
  'esp',
  'locales',
  'headers',
  'maxFileSize',
  'maxHeaders',
  'maxHeaderLength',
  'partials',
  'placeholders',
  'overrides',
  'ignorePatterns',
] as const;
/** What an `overrides` entry may set besides `files` and `excludedFiles`. */
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'esp', 'locales', 'placeholders', 'headers', 'partials'] as const;
const PLACEHOLDER_KINDS = ['unsubscribe', 'address', 'sender'] as const;
/** Keys accepted and ignored, so editors can point at a JSON schema. */
const IGNORED_KEYS = new Set(['$schema']);

/**
 * Merges configs, outermost first, into one with presets expanded and severities normalised.
 * When no config in the chain has `extends`, the recommended preset is the base.
 */
export function resolveConfig(configs: readonly Config[], registry: Registry): ResolvedConfig {
  const out: ResolvedConfig = { rules: {}, locales: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
  const chain = configs.some((c) => c.extends !== undefined) ? configs : [DEFAULT_CONFIG, ...configs];
  for (const config of chain) apply(out, validateConfig(config, registry), registry, []);
  return out;
}

function apply(out: ResolvedConfig, config: Config, registry: Registry, seen: string[]): void {
  for (const [i, name] of (config.extends ?? []).entries()) {
    const preset = lookupPreset(name, registry, `extends[${i}]`);
    if (seen.includes(name)) throw new ConfigError(`extends[${i}]: preset "${name}" extends itself`);
    // Presets are our own data: their rule ids are trusted (the registry may be mid-edit).
    apply(out, validateConfig(preset, registry, { trustRuleIds: true }), registry, [...seen, name]);
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const { severity, options } = normaliseSetting(setting);
    const previous = out.rules[id];
    // Like ESLint: a bare severity keeps the options set earlier; `[severity, options]` replaces them.
    out.rules[id] = { severity, options: options ?? previous?.options ?? {} };
  }
  if (config.esp !== undefined) out.esp = config.esp;
  if (config.locales !== undefined) out.locales = config.locales.map((l) => l.toLowerCase());
  if (config.headers !== undefined) out.headers = config.headers;
  if (config.maxFileSize !== undefined) out.maxFileSize = config.maxFileSize;
  if (config.maxHeaders !== undefined) out.maxHeaders = config.maxHeaders;
  if (config.maxHeaderLength !== undefined) out.maxHeaderLength = config.maxHeaderLength;
  // Folders are resolved by the host against the config file they come from (it knows where that is).
  if (config.partials !== undefined) out.partials = config.partials;
  if (config.placeholders !== undefined) out.placeholders = { ...out.placeholders, ...config.placeholders };
}

function lookupPreset(name: unknown, registry: Registry, key: string): Config {
  const known = Object.keys(registry.presets).map((p) => PRESET_PREFIX + p);
  if (typeof name !== 'string') throw new ConfigError(`${key}: expected a preset name (got ${show(name)})`);
  const preset = name.startsWith(PRESET_PREFIX) ? registry.presets[name.slice(PRESET_PREFIX.length)] : undefined;
  if (!preset) {
    throw new ConfigError(`${key}: unknown preset "${name}"${hint(name, known) || ` (known: ${known.join(', ')})`}`);
  }
  return preset;
}

function normaliseSeverity(value: unknown, key: string): Severity {
  if (value === 0 || value === 'off') return 0;
  if (value === 1 || value === 'warn') return 1;
  if (value === 2 || value === 'error') return 2;
  throw new ConfigError(`${key}: severity must be "off", "warn" or "error" (got ${show(value)})`);
}

function normaliseSetting(setting: RuleSetting): { severity: Severity; options: Record<string, unknown> | undefined } {
  if (Array.isArray(setting)) return { severity: normaliseSeverity(setting[0], ''), options: setting[1] ?? {} };
  return { severity: normaliseSeverity(setting, ''), options: undefined };
}

/** Checks the shape of one config (as read from JSON) and returns it typed; throws ConfigError. */
export function validateConfig(value: unknown, registry: Registry, opts: { trustRuleIds?: boolean } = {}): Config {
  if (!isPlainObject(value)) throw new ConfigError(`config must be an object (got ${show(value)})`);
  for (const key of Object.keys(value)) {
    if (IGNORED_KEYS.has(key) || (TOP_LEVEL_KEYS as readonly string[]).includes(key)) continue;
    throw new ConfigError(`${key}: unknown key${hint(key, TOP_LEVEL_KEYS) || ` (expected one of ${TOP_LEVEL_KEYS.join(', ')})`}`);
  }
  const config: Config = {};
  if (value.extends !== undefined) {
    const ext = typeof value.extends === 'string' ? [value.extends] : value.extends;
    if (!Array.isArray(ext)) throw new ConfigError(`extends: expected an array of preset names (got ${show(value.extends)})`);
    ext.forEach((name, i) => lookupPreset(name, registry, `extends[${i}]`));
    config.extends = ext as string[];
  }
  if (value.rules !== undefined) {
    if (!isPlainObject(value.rules)) throw new ConfigError(`rules: expected an object (got ${show(value.rules)})`);
    config.rules = {};
    for (const [id, setting] of Object.entries(value.rules)) {
      config.rules[id] = validateRuleSetting(id, setting, registry, opts.trustRuleIds ?? false);
    }
  }
  if (value.esp !== undefined) {
    if (typeof value.esp !== 'string' || !ESP_IDS.includes(value.esp.toLowerCase())) {
      const h = typeof value.esp === 'string' ? hint(value.esp.toLowerCase(), ESP_IDS) : '';
      throw new ConfigError(`esp: unknown ESP ${show(value.esp)}${h || ` (known: ${ESP_IDS.join(', ')})`}`);
    }
    config.esp = value.esp.toLowerCase();
  }
  if (value.locales !== undefined) {
    if (!Array.isArray(value.locales)) throw new ConfigError(`locales: expected an array of 2-letter language codes (got ${show(value.locales)})`);
    value.locales.forEach((l, i) => {
      if (typeof l !== 'string' || !/^[a-z]{2}$/i.test(l)) {
        throw new ConfigError(`locales[${i}]: expected a 2-letter language code such as "en" or "it" (got ${show(l)})`);
      }
    });
    config.locales = value.locales as string[];
  }
  if (value.headers !== undefined) {
    if (typeof value.headers !== 'string') throw new ConfigError(`headers: expected a string (got ${show(value.headers)})`);
    config.headers = value.headers;
  }
  if (value.maxFileSize !== undefined) {
    const n = value.maxFileSize;
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
      throw new ConfigError(`maxFileSize: expected a whole number of bytes > 0 (got ${show(n)})`);
    }
    config.maxFileSize = n;
  }
  for (const key of ['maxHeaders', 'maxHeaderLength'] as const) {
    const n = value[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
      throw new ConfigError(`${key}: expected a whole number > 0 (got ${show(n)})`);
    }
    config[key] = n;
  }
  if (value.partials !== undefined) config.partials = stringList(value.partials, 'partials', 'folder paths');
  if (value.ignorePatterns !== undefined) config.ignorePatterns = stringList(value.ignorePatterns, 'ignorePatterns', 'glob patterns');
  if (value.overrides !== undefined) {
    if (!Array.isArray(value.overrides)) throw new ConfigError(`overrides: expected an array of { "files": [...], ... } (got ${show(value.overrides)})`);
    config.overrides = value.overrides.map((entry, i) => validateOverride(entry, `overrides[${i}]`, registry, opts));
  }
  if (value.placeholders !== undefined) {
    const p = value.placeholders;
    if (!isPlainObject(p)) throw new ConfigError(`placeholders: expected an object such as { "unsubscribe": ["{{unsubscribe_url}}"] } (got ${show(p)})`);
    config.placeholders = {};
    for (const [kind, tokens] of Object.entries(p)) {
      if (!(PLACEHOLDER_KINDS as readonly string[]).includes(kind)) {
        throw new ConfigError(`placeholders.${kind}: unknown kind${hint(kind, PLACEHOLDER_KINDS) || ` (expected one of ${PLACEHOLDER_KINDS.join(', ')})`}`);
      }
      config.placeholders[kind as (typeof PLACEHOLDER_KINDS)[number]] = stringList(tokens, `placeholders.${kind}`, 'tokens');
    }
  }
  return config;
}

function validateOverride(entry: unknown, key: string, registry: Registry, opts: { trustRuleIds?: boolean }): Override {
  if (!isPlainObject(entry)) throw new ConfigError(`${key}: expected an object with "files" (got ${show(entry)})`);
  for (const k of Object.keys(entry)) {
    if (!(OVERRIDE_KEYS as readonly string[]).includes(k)) {
      throw new ConfigError(`${key}.${k}: not allowed in overrides${hint(k, OVERRIDE_KEYS) || ` (expected one of ${OVERRIDE_KEYS.join(', ')})`}`);
    }
  }
  if (entry.files === undefined) throw new ConfigError(`${key}.files: required (the globs the override applies to)`);
  const { files, excludedFiles, ...rest } = entry;
  const override: Override = { ...validateSettings(rest, key, registry, opts), files: stringList(files, `${key}.files`, 'glob patterns') };
  if (excludedFiles !== undefined) override.excludedFiles = stringList(excludedFiles, `${key}.excludedFiles`, 'glob patterns');
  return override;
}

/** An override's settings, validated like a config's; errors name the override. */
function validateSettings(value: Record<string, unknown>, key: string, registry: Registry, opts: { trustRuleIds?: boolean }): Config {
  try {
    return validateConfig(value, registry, opts);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${key}.${error.message}`);
    throw error;
  }
}

function stringList(value: unknown, key: string, what: string): string[] {
  if (!Array.isArray(value)) throw new ConfigError(`${key}: expected an array of ${what} (got ${show(value)})`);
  value.forEach((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`${key}[${i}]: expected a non-empty string (got ${show(v)})`);
  });
  return value as string[];
}

function validateRuleSetting(id: string, setting: unknown, registry: Registry, trustId: boolean): RuleSetting {
  const key = `rules.${id}`;
  const rule = registry.rules.find((r) => r.meta.id === id);
  if (!rule && !trustId) {
    throw new ConfigError(
      `${key}: unknown rule${hint(
        id,
        registry.rules.map((r) => r.meta.id),
      )}`,
    );
  }
  if (!Array.isArray(setting)) {
    normaliseSeverity(setting, key);
    return setting as RuleSetting;
  }
  if (setting.length < 1 || setting.length > 2) {
    throw new ConfigError(`${key}: expected a severity or [severity, options] (got ${show(setting)})`);
  }
  const severity = normaliseSeverity(setting[0], key);
  if (setting.length === 1) return [severity];
  const options = setting[1];
  if (!isPlainObject(options)) throw new ConfigError(`${key}: options must be an object (got ${show(options)})`);
  if (rule) checkOptions(key, rule, options);
  return [severity, options];
}

/** One compiled validator per rule schema (CSP-safe: @cfworker/json-schema interprets, it never evals). */
const validators = new WeakMap<object, Validator>();

/** Validates options against the rule's JSON Schema; the message names the option and says what it expects. */
function checkOptions(key: string, rule: Rule, options: Record<string, unknown>): void {
  const schema = rule.meta.schema;
  const names = Object.keys(schema?.properties ?? {});
  for (const name of Object.keys(options)) {
    if (names.includes(name)) continue;
    const extra = names.length === 0 ? ' (this rule has no options)' : hint(name, names) || ` (known: ${names.join(', ')})`;
    throw new ConfigError(`${key}.${name}: unknown option${extra}`);
  }
  if (!schema) return;
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator(schema as never, '2020-12', false);
    validators.set(schema, validator);
  }
  const result = validator.validate(options);
  if (result.valid) return;
  // The deepest error names the option: "#/minFontSize".
  const failed = result.errors.map((e) => /^#\/([^/]+)/.exec(e.instanceLocation)?.[1]).find((n) => n !== undefined);
  const name = failed !== undefined ? decodeURIComponent(failed.replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
  const spec = name !== undefined ? (schema.properties as Record<string, OptionSchema>)[name] : undefined;
  if (name === undefined || !spec) throw new ConfigError(`${key}: invalid options (${result.errors[0]?.error ?? 'schema'})`);
  throw new ConfigError(`${key}.${name}: expected ${expectation(spec)} (got ${show(options[name])})`);
}

/** What an option's schema accepts, in words: "a number between 1 and 21", "true or false". */
function expectation(spec: OptionSchema): string {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      const noun = spec.type === 'integer' ? 'a whole number' : 'a number';
      const { minimum: min, maximum: max } = spec;
      if (min !== undefined && max !== undefined) return `${noun} between ${min} and ${max}`;
      if (min !== undefined) return `${noun} ≥ ${min}`;
      return max !== undefined ? `${noun} ≤ ${max}` : noun;
    }
    case 'string':
      return spec.enum ? `one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}` : 'a string';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'an array of strings';
  }
}

/** ` (did you mean "x"?)` when a known name is close enough, else ''. */
function hint(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(name.length / 3));
  return best !== undefined && bestDistance <= limit ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
