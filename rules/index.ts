// The registry of rules, in the order they run and are documented.
import type { Rule } from '../linter/rule.ts';
import unsubscribeLinkPresent from './unsubscribe-link-present/index.ts';
import unsubscribeLinkVisible from './unsubscribe-link-visible/index.ts';
import unsubscribeLinkText from './unsubscribe-link-text/index.ts';
import unsubscribeLinkHref from './unsubscribe-link-href/index.ts';
import { contentRules } from './content-rules.ts';

export const rules: readonly Rule[] = [unsubscribeLinkPresent, unsubscribeLinkVisible, unsubscribeLinkText, unsubscribeLinkHref, ...contentRules];

export { presets } from './presets.ts';
