// The registry of rules, in the order they run and are documented: the body link, the headers of a
// message, then what the email says (wording, prominence, language, legal footer).
import type { Rule } from '../linter/rule-api.ts';
import unsubscribeLinkPresent from './unsubscribe-link-present/index.ts';
import unsubscribeLinkVisible from './unsubscribe-link-visible/index.ts';
import unsubscribeLinkText from './unsubscribe-link-text/index.ts';
import unsubscribeLinkHref from './unsubscribe-link-href/index.ts';
import listUnsubscribePresent from './list-unsubscribe-present/index.ts';
import listUnsubscribeSyntax from './list-unsubscribe-syntax/index.ts';
import listUnsubscribeOneClick from './list-unsubscribe-one-click/index.ts';
import listUnsubscribeDkim from './list-unsubscribe-dkim/index.ts';
import plainTextUnsubscribe from './plain-text-unsubscribe/index.ts';
import mergeTagUnrendered from './merge-tag-unrendered/index.ts';
import listUnsubscribeEndpoint from './list-unsubscribe-endpoint/index.ts';
import unsubscribeWording from './unsubscribe-wording/index.ts';
import unsubscribeLinkProminent from './unsubscribe-link-prominent/index.ts';
import unsubscribeLinkLanguage from './unsubscribe-link-language/index.ts';
import postalAddress from './postal-address/index.ts';
import senderIdentity from './sender-identity/index.ts';

export const rules: readonly Rule[] = [
  unsubscribeLinkPresent,
  unsubscribeLinkVisible,
  unsubscribeLinkText,
  unsubscribeLinkHref,
  listUnsubscribePresent,
  listUnsubscribeSyntax,
  listUnsubscribeOneClick,
  listUnsubscribeDkim,
  plainTextUnsubscribe,
  mergeTagUnrendered,
  listUnsubscribeEndpoint,
  unsubscribeWording,
  unsubscribeLinkProminent,
  unsubscribeLinkLanguage,
  postalAddress,
  senderIdentity,
];

export { presets } from './presets.ts';
