// The Node API (`import { lintFiles } from 'optout-lint'`): the CLI's pipeline without argv, stdout or
// exit codes. Results are ESLint-shaped; formatters are the CLI's.
import path from 'node:path';
import type { Config, LintResult, ResolvedConfig, Severity } from '../types.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import { fatalResult } from '../run.ts';
import { ConfigError, resolveConfig, type Registry } from '../config.ts';
import { rules as builtInRules, presets } from '../../rules/index.ts';
import pkg from '../../package.json' with { type: 'json' };
import { ConfigFiles } from './config-files.ts';
import { expandPatterns } from './files.ts';
import { lintFile, lintSource } from './lint-file.ts';
import { getFormatter as getRawFormatter, type FormatterContext } from './formatters/index.ts';
import { mapLimit, rulesMeta } from './main.ts';

export type { Config, LintMessage, LintResult, ResolvedConfig, Severity } from '../types.ts';
export type { Rule, RuleMeta } from '../rule.ts';
export type { FormatterContext } from './formatters/index.ts';
export { ConfigError } from '../config.ts';
export { NoFilesError } from './files.ts';
export { UnknownFormatterError } from './formatters/index.ts';

export const version: string = pkg.version;
export const rules: readonly Rule[] = builtInRules;

const registry: Registry = { rules: builtInRules, presets };

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

/** Lints one template given as text. */
export async function lintText(text: string, options: LintTextApiOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filename = path.resolve(cwd, options.filename ?? 'input.html');
  const config = await loadConfig(filename, options);
  return lintSource(text, filename, config, engineOptions(options));
}

/** Lints files, directories and globs, like the CLI; results keep the order of the patterns. */
export async function lintFiles(patterns: string | readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  const targets = await expandPatterns(list, cwd);
  const resolver = configResolver(options);
  return mapLimit(targets, 8, async (target) =>
    target.problem !== undefined ? fatalResult(target.path, target.problem) : lintFile(target.path, await resolver(target.path), engineOptions(options)),
  );
}

/**
 * The resolved configuration that applies to a file: presets expanded, severities normalised. Throws
 * ConfigError for an invalid config (the message names the file and the key).
 */
export async function loadConfig(filePath: string, options: Pick<LintOptions, 'cwd' | 'config'> = {}): Promise<ResolvedConfig> {
  return configResolver(options)(path.resolve(options.cwd ?? process.cwd(), filePath));
}

function configResolver(options: Pick<LintOptions, 'cwd' | 'config'>): (file: string) => Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  if (typeof options.config === 'object') {
    const config = resolveConfig([options.config], registry);
    return async () => config;
  }
  const files = new ConfigFiles(registry, typeof options.config === 'string' ? path.resolve(cwd, options.config) : undefined);
  const cache = new Map<string, ResolvedConfig>();
  return async (file) => {
    const loaded = await files.forFile(file);
    const key = loaded?.file ?? '';
    let config = cache.get(key);
    if (!config) {
      try {
        config = resolveConfig(loaded ? [loaded.config] : [], registry);
      } catch (error) {
        if (error instanceof ConfigError && loaded) throw new ConfigError(`${loaded.file}: ${error.message}`);
        throw error;
      }
      cache.set(key, config);
    }
    return config;
  };
}

function engineOptions(options: LintOptions): { reportUnusedDisableDirectives: Severity; keepRendered: boolean } {
  const sev = options.reportUnusedDisableDirectives ?? 0;
  const severity = (typeof sev === 'number' ? sev : { off: 0, warn: 1, error: 2 }[sev]) as Severity;
  return { reportUnusedDisableDirectives: severity, keepRendered: options.keepRendered ?? false };
}

/** A formatter by name (`stylish`, `json`, `sarif`, `github`, `gitlab`, `junit`, `markdown`, `html`). */
export function getFormatter(name: string): (results: readonly LintResult[], context?: Partial<FormatterContext>) => string {
  const format = getRawFormatter(name);
  return (results, context = {}) =>
    format(results, { cwd: process.cwd(), color: false, rulesMeta: rulesMeta(registry), version, ...context });
}

/** Rule metadata by id, for formatters of your own. */
export function getRulesMeta(): Record<string, RuleMeta> {
  return rulesMeta(registry);
}
