// The Node API (`import { OptoutLint, lintFiles } from 'optout-lint'`): the CLI's pipeline without argv,
// stdout or exit codes. Results are ESLint-shaped; formatters are the CLI's. The `OptoutLint` class is the
// whole of it (like ESLint's `ESLint` class); the functions below are shorthands kept from 0.1.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config, LintResult, ResolvedConfig, Severity } from '../types.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import { OptoutLint, type OptoutLintOptions } from './optout-lint.ts';
import { getFormatter as getRawFormatter, type FormatterContext } from './formatters/index.ts';

export type { Config, LintMessage, LintResult, ResolvedConfig, RuleSetting, Severity, SeverityName, Location, Range } from '../types.ts';
export type { Rule, RuleMeta, RuleContext, ReportDescriptor, Regulation } from '../rule.ts';
export type { InputBuilder, BuildInput } from '../builders/index.ts';
export type { FormatterContext } from './formatters/index.ts';
export type { OptoutLintOptions } from './optout-lint.ts';
export { OptoutLint } from './optout-lint.ts';
export { ConfigError } from '../config.ts';
export { NoFilesError } from './files.ts';
export { UnknownFormatterError } from './formatters/index.ts';

export const version: string = OptoutLint.version;
export const rules: readonly Rule[] = new OptoutLint().rules;

/** The bundle's worker entry (dist/worker.js) when this module is the bundle; the sources have none. */
const BUNDLED_WORKER = new URL('./worker.js', import.meta.url);
const workerUrl = BUNDLED_WORKER.protocol === 'file:' && existsSync(fileURLToPath(BUNDLED_WORKER)) ? BUNDLED_WORKER : undefined;

export interface LintOptions {
  /** Directory that relative paths and patterns are resolved against (default: `process.cwd()`). */
  cwd?: string;
  /**
   * The configuration: a config object (merged over the recommended preset unless it says `extends`), or a
   * path to a config file. Default: the nearest config file of each template, as the CLI does.
   */
  config?: Config | string;
  /** Report `optout-disable` directives that silence nothing, with this severity. Default 0 (off). */
  reportUnusedDisableDirectives?: Severity | 'off' | 'warn' | 'error';
  /** Keep the rendered HTML on results, for the `html` formatter. Default false. */
  keepRendered?: boolean;
}

export interface LintTextApiOptions extends LintOptions {
  /** Name of the text; its extension picks the parser (`.html`, `.mjml`, `.eml`). Default `input.html`. */
  filename?: string;
}

function instance(options: LintOptions): OptoutLint {
  const o: OptoutLintOptions = {
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.reportUnusedDisableDirectives !== undefined ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
    ...(options.keepRendered !== undefined ? { keepRendered: options.keepRendered } : {}),
    ...(workerUrl ? { workerUrl } : {}),
  };
  if (typeof options.config === 'object') Object.assign(o, { configLookup: false, overrideConfig: options.config });
  else if (typeof options.config === 'string') o.overrideConfigFile = options.config;
  return new OptoutLint(o);
}

/** Lints one template given as text. */
export function lintText(text: string, options: LintTextApiOptions = {}): Promise<LintResult> {
  return instance(options).lintText(text, { filePath: options.filename ?? 'input.html' });
}

/** Lints files, directories and globs, like the CLI; results keep the order of the patterns. */
export function lintFiles(patterns: string | readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  return instance(options).lintFiles(patterns);
}

/**
 * The resolved configuration that applies to a file: presets expanded, severities normalised. Throws
 * ConfigError for an invalid config (the message names the file and the key).
 */
export function loadConfig(filePath: string, options: Pick<LintOptions, 'cwd' | 'config'> = {}): Promise<ResolvedConfig> {
  return instance(options).calculateConfigForFile(filePath);
}

/** A formatter by name (`stylish`, `json`, `sarif`, `github`, `gitlab`, `junit`, `markdown`, `html`). */
export function getFormatter(name: string): (results: readonly LintResult[], context?: Partial<FormatterContext>) => string {
  const format = getRawFormatter(name);
  return (results, context = {}) => format(results, { cwd: process.cwd(), color: false, rulesMeta: getRulesMeta(), version, ...context });
}

/** Rule metadata by id, for formatters of your own. */
export function getRulesMeta(): Record<string, RuleMeta> {
  return new OptoutLint().getRulesMeta();
}
