// Presets as data (html-validate style): `extends: ["optout-lint:recommended"]`.
import type { Config } from '../linter/types.ts';

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
    },
  },
};
