// Presets as data (html-validate style): `extends: ["optout-lint:recommended"]` or `--profile NAME`.
// Each profile states the severities one regulation or provider asks for, with the reason beside each rule.
import type { Config } from '../linter/rule-api.ts';

export const presets: Record<string, Config> = {
  recommended: {
    rules: {
      'unsubscribe-link-present': 'error',
      'unsubscribe-link-visible': 'error',
      'unsubscribe-link-text': 'warn',
      'unsubscribe-link-href': 'error',
      'list-unsubscribe-present': 'error',
      'list-unsubscribe-syntax': 'error',
      'list-unsubscribe-one-click': 'error',
      'list-unsubscribe-dkim': 'error',
      'plain-text-unsubscribe': 'warn',
      'merge-tag-unrendered': 'error',
      'list-unsubscribe-endpoint': 'error',
      // Misleading wording defeats the opt-out whatever the law: a login, a fee, "allow 30 days".
      'unsubscribe-wording': 'error',
      // "Clear and conspicuous" is judged relative to the footer: a heuristic, so a warning.
      'unsubscribe-link-prominent': 'warn',
      'unsubscribe-link-language': 'warn',
      // Required by CAN-SPAM and CASL only; the can-spam and casl profiles make it an error.
      'postal-address': 'warn',
      'sender-identity': 'warn',
    },
  },

  // Everything that can be checked, as errors: for teams that want a template to be beyond reproach.
  strict: {
    extends: ['optout-lint:recommended'],
    rules: {
      'unsubscribe-link-text': 'error',
      'plain-text-unsubscribe': 'error',
      'unsubscribe-link-prominent': 'error',
      'unsubscribe-link-language': 'error',
      'postal-address': 'error',
      'sender-identity': 'error',
    },
  },

  // Gmail and Yahoo bulk-sender requirements (Feb 2024): a visible body link, honoured within 2 days.
  'gmail-yahoo': {
    extends: ['optout-lint:recommended'],
    rules: {
      // Gmail: unsubscribe requests processed "within 2 days"; Yahoo: 2 days.
      'unsubscribe-wording': ['error', { maxDelayBusinessDays: 2 }],
      // Neither provider asks for a postal address.
      'postal-address': 'off',
    },
  },

  // US CAN-SPAM Act (15 U.S.C. 7704, 16 CFR 316) and the FTC compliance guide.
  'can-spam': {
    extends: ['optout-lint:recommended'],
    rules: {
      // 7704(a)(3)/(4): honoured within 10 business days, no fee, no information beyond the address.
      'unsubscribe-wording': ['error', { maxDelayBusinessDays: 10 }],
      // 7704(a)(5)(A)(iii): "a valid physical postal address of the sender".
      'postal-address': 'error',
      // 7704(a)(1): header information must not be misleading; a template can only hint at it, so warn.
      'sender-identity': 'warn',
      // FTC guide: the notice must be "clear and conspicuous".
      'unsubscribe-link-prominent': 'warn',
    },
  },

  // Canada's Anti-Spam Legislation (S.C. 2010, c. 23) s. 6 and 11, CRTC regulations.
  casl: {
    extends: ['optout-lint:recommended'],
    rules: {
      // s. 11(3): give effect to an unsubscribe "without delay", within 10 business days.
      'unsubscribe-wording': ['error', { maxDelayBusinessDays: 10 }],
      // CRTC Electronic Commerce Protection Regulations s. 2: mailing address of the sender.
      'postal-address': 'error',
      // s. 6(2)(a): the message must identify the person who sent it.
      'sender-identity': 'error',
      // s. 11(1)(a): the mechanism must be readily performed; CRTC: "clearly and prominently set out".
      'unsubscribe-link-prominent': 'warn',
    },
  },

  // EU ePrivacy directive art. 13, GDPR art. 21, Italy's Codice privacy art. 130 and D.Lgs. 70/2003.
  'gdpr-eu': {
    extends: ['optout-lint:recommended'],
    rules: {
      // GDPR art. 21(4): the right to object brought to attention "explicitly … clearly and separately".
      'unsubscribe-link-text': 'error',
      // Art. 12(1): information in clear and plain language — the recipient's language.
      'unsubscribe-link-language': 'error',
      // D.Lgs. 70/2003 art. 7-8 (e-commerce directive art. 5-6): the sender must be clearly identifiable.
      'sender-identity': 'error',
      // E-commerce directive art. 5(1)(b): a geographic address is owed, but not in every message: warn.
      'postal-address': 'warn',
    },
  },
};
