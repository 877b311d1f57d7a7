// Settings → the CLI's config schema, resolved by the CLI's own resolver against the rule registry.
// Background and options page only (it pulls in the rules).
import type { Config, ResolvedConfig, RuleSetting, SeverityName } from '../../linter/types.ts';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';
import { normaliseSettings, type Settings } from './settings.ts';

const VISIBLE = 'unsubscribe-link-visible';

/** Settings → the same config object a `.optoutrc.json` would hold. */
export function toConfig(s: Settings): Config {
  const config: Config = { extends: [`optout-lint:${s.profile}`] };
  if (s.locales.length > 0) config.locales = [...s.locales];
  const ruleSettings: Record<string, RuleSetting> = { ...s.severities };
  const options: Record<string, number> = {};
  if (s.minFontSize !== undefined) options.minFontSize = s.minFontSize;
  if (s.minContrast !== undefined) options.minContrast = s.minContrast;
  if (Object.keys(options).length > 0) {
    const severity = s.severities[VISIBLE] ?? presetSeverity(s.profile, VISIBLE) ?? 'error';
    ruleSettings[VISIBLE] = [severity, options];
  }
  if (Object.keys(ruleSettings).length > 0) config.rules = ruleSettings;
  return config;
}

function presetSeverity(profile: string, id: string): SeverityName | undefined {
  const s = presets[profile]?.rules?.[id];
  const value = Array.isArray(s) ? s[0] : s;
  if (value === undefined) return undefined;
  return (['off', 'warn', 'error'] as const)[typeof value === 'number' ? value : ['off', 'warn', 'error'].indexOf(value)];
}

/** Settings resolved exactly like the CLI resolves a config file; throws ConfigError when invalid. */
export function resolveSettings(s: Settings): ResolvedConfig {
  return resolveConfig([toConfig(s)], { rules, presets });
}

/** Settings from storage, without severities for rules this version does not have. */
export function knownRulesOnly(s: Settings): Settings {
  const severities = Object.fromEntries(Object.entries(s.severities).filter(([id]) => rules.some((r) => r.meta.id === id)));
  return normaliseSettings({ ...s, severities });
}
