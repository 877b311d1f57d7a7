// Presets as data (html-validate style): `extends: ["optout-lint:recommended"]`.
import type { Config } from '../linter/types.ts';

export const presets: Record<string, Config> = {
  recommended: {
    rules: {
      'unsubscribe-link-present': 'error',
      'unsubscribe-link-visible': 'error',
      'unsubscribe-link-text': 'warn',
      'unsubscribe-link-href': 'error',
    },
  },
};
