// Rules that read what the email says (issue 4: wording, prominence, language, legal footer), in their own
// list so the registry in index.ts changes by one line.
import type { Rule } from '../linter/rule.ts';
import unsubscribeWording from './unsubscribe-wording/index.ts';
import unsubscribeLinkProminent from './unsubscribe-link-prominent/index.ts';
import unsubscribeLinkLanguage from './unsubscribe-link-language/index.ts';
import postalAddress from './postal-address/index.ts';
import senderIdentity from './sender-identity/index.ts';

export const contentRules: readonly Rule[] = [unsubscribeWording, unsubscribeLinkProminent, unsubscribeLinkLanguage, postalAddress, senderIdentity];
