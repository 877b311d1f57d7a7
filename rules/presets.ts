// Presets as data (html-validate style): `extends: ["optout-lint:recommended"]` or `--profile NAME`.
// Each profile states the severities one regulation or provider asks for, with the reason beside each rule.
import type { Config } from '../linter/types.ts';

export const presets: Record<string, Config> = {
  recommended: {
    rules: {
      'unsubscribe-link-present': 'error',
      'unsubscribe-link-visible': 'error',
      'unsubscribe-link-text': 'warn',
      'unsubscribe-link-href': 'error',
      // Misleading wording defeats the opt-out whatever the law: a login, a fee, "allow 30 days".
      'unsubscribe-wording': 'error',
    },
  },

  // Everything that can be checked, as errors: for teams that want a template to be beyond reproach.
  strict: {
    extends: ['optout-lint:recommended'],
    rules: {
      'unsubscribe-link-text': 'error',
    },
  },

  // Gmail and Yahoo bulk-sender requirements (Feb 2024): a visible body link, honoured within 2 days.
  'gmail-yahoo': {
    extends: ['optout-lint:recommended'],
    rules: {
      // Gmail: unsubscribe requests processed "within 2 days"; Yahoo: 2 days.
      'unsubscribe-wording': ['error', { maxDelayBusinessDays: 2 }],
    },
  },

  // US CAN-SPAM Act (15 U.S.C. 7704, 16 CFR 316) and the FTC compliance guide.
  'can-spam': {
    extends: ['optout-lint:recommended'],
    rules: {
      // 7704(a)(3)/(4): honoured within 10 business days, no fee, no information beyond the address.
      'unsubscribe-wording': ['error', { maxDelayBusinessDays: 10 }],
    },
  },

  // Canada's Anti-Spam Legislation (S.C. 2010, c. 23) s. 6 and 11, CRTC regulations.
  casl: {
    extends: ['optout-lint:recommended'],
    rules: {
      // s. 11(3): give effect to an unsubscribe "without delay", within 10 business days.
      'unsubscribe-wording': ['error', { maxDelayBusinessDays: 10 }],
    },
  },

  // EU ePrivacy directive art. 13, GDPR art. 21, Italy's Codice privacy art. 130 and D.Lgs. 70/2003.
  'gdpr-eu': {
    extends: ['optout-lint:recommended'],
    rules: {
      // GDPR art. 21(4): the right to object brought to attention "explicitly … clearly and separately".
      'unsubscribe-link-text': 'error',
    },
  },
};
