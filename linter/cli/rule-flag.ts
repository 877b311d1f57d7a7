// `--rule`, as ESLint reads it: levn's object notation, so a rule takes options on the command line
// ("unsubscribe-link-visible: [error, {minFontSize: 14}]", "{a: warn, b: off}", "id:off").
import levn from 'levn';
import type { Config } from '../types.ts';
import { ConfigError, validateConfig, type Registry } from '../config.ts';

const EXAMPLE = '"unsubscribe-link-text: off" or "unsubscribe-link-visible: [error, {minFontSize: 14}]"';

export function parseRuleFlag(flag: string, registry: Registry): Config {
  let parsed: unknown;
  try {
    parsed = levn.parse('Object', flag);
  } catch (error) {
    throw new ConfigError(`--rule ${JSON.stringify(flag)}: ${error instanceof Error ? error.message : String(error)}; expected ${EXAMPLE}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    throw new ConfigError(`--rule ${JSON.stringify(flag)}: expected ${EXAMPLE}`);
  }
  try {
    return validateConfig({ rules: parsed }, registry);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`--rule ${error.message.replace(/^rules\./, '')}`);
    throw error;
  }
}
