// The engine as the editor and assistant integrations call it (the ESLint plugin's worker, the language server,
// the MCP server): one text, its file name, settings given by the host; the same builders, rules and messages as
// the CLI. Errors become the CLI's fatal messages, never exceptions: one bad document never takes a server down.
import path from 'node:path';
import type { Config, LintResult, Placeholders, ResolvedConfig } from '../../types.ts';
import { ConfigError, resolveConfig, validateConfig } from '../../config.ts';
import { describeError, fatalResult } from '../../run.ts';
import { presets, rules } from '../../../rules/index.ts';
import { lintSource } from '../lint-file.ts';
import { compileMjmlInThread } from '../builders.ts';
import { mjmlBuilder } from '../../builders/mjml.ts';
import { emlBuilder } from '../../builders/eml.ts';

/** What a host may set besides the rules: the config keys that describe the emails. */
export interface EmailSettings {
  esp?: string;
  locales?: string[];
  placeholders?: Placeholders;
  headers?: string;
  /** Partial folders, relative to `cwd`. */
  partials?: string[];
  profile?: string;
}

export interface LintRequest {
  text: string;
  /** Absolute, or relative to `cwd`; its extension picks the builder. */
  filename: string;
  cwd: string;
  settings?: EmailSettings;
  /**
   * Rule settings as in a config's `rules`; undefined: every rule on, with its default options (ESLint decides
   * the severities itself). With a `profile`, the profile's rules.
   */
  rules?: Config['rules'];
  /**
   * false: no file is read (no partials, layouts or `<mj-include>`), for hosts that must touch only what their
   * caller passed (the MCP server). Default true.
   */
  readFiles?: boolean;
}

/** HTML, MJML without includes, and .eml: the builders that read nothing from disk. */
const builtInOnly = [mjmlBuilder(compileMjmlInThread), emlBuilder];

export const registry = { rules, presets };

/** The resolved config for a request; throws ConfigError for a bad setting. */
function requestConfig(request: LintRequest): ResolvedConfig {
  const { profile, partials, ...settings } = request.settings ?? {};
  const everyRule = Object.fromEntries(rules.map((r) => [r.meta.id, 'error' as const]));
  const layer = validateConfig({ ...settings, ...(partials ? { partials } : {}) }, registry);
  const base: Config = profile !== undefined ? { extends: [`optout-lint:${profile}`] } : { extends: [], rules: everyRule };
  if (profile !== undefined && !Object.hasOwn(presets, profile))
    throw new ConfigError(`profile: unknown profile "${profile}" (known: ${Object.keys(presets).join(', ')})`);
  const config = resolveConfig([base, layer, ...(request.rules ? [{ rules: request.rules }] : [])], registry);
  config.projectRoot = request.cwd;
  if (config.partials) config.partials = config.partials.map((dir) => path.resolve(request.cwd, dir));
  return config;
}

export async function lintRequest(request: LintRequest): Promise<LintResult> {
  const filename = path.resolve(request.cwd, request.filename);
  let config: ResolvedConfig;
  try {
    config = requestConfig(request);
  } catch (error) {
    return fatalResult(filename, `Invalid settings: ${describeError(error)}`);
  }
  const { dependencies: _internal, ...result } = await lintSource(request.text, filename, config, request.readFiles === false ? { builders: builtInOnly } : {});
  return result;
}
