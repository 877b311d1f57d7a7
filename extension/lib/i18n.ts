// UI strings through the extension's own i18n (`_locales/en`, `_locales/it`), with the English engine
// message as the last resort for findings of rules that have no plain-words text yet.
import { browser } from 'wxt/browser';
import type { Finding } from './protocol.ts';

type Getter = (key: string, substitutions?: string[]) => string;

let getter: Getter = (key, subs) => {
  try {
    return (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs) ?? '';
  } catch {
    return '';
  }
};

/** Tests install a getter that reads messages.json. */
export function setMessageGetter(g: Getter): void {
  getter = g;
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  return getter(key, substitutions.map(String)) || key;
}

/** i18n key of a finding's plain-words text: `f_<rule id with _>_<messageId>`. */
function findingKey(f: Pick<Finding, 'ruleId' | 'messageId'>): string {
  return `f_${f.ruleId.replace(/[^A-Z0-9]/gi, '_')}_${f.messageId.replace(/[^A-Z0-9]/gi, '_')}`;
}

/** The finding in plain words in the UI language; the engine's message when there is no translation. */
export function plainWords(f: Finding): string {
  const key = findingKey(f);
  const text = getter(key);
  return text || f.message;
}

/** A rule's name in words in the UI language ("Unsubscribe link visible"); its id when there is none. */
export function ruleName(ruleId: string): string {
  return getter(`r_${ruleId.replace(/[^A-Z0-9]/gi, '_')}`) || ruleId;
}
