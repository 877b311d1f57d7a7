// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.output', '.wxt', 'coverage', 'test/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Lexicons run on untrusted text: catastrophic backtracking is a bug, not a style issue.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Plain Node scripts (benchmark, tooling).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['linter/**/*.ts', 'rules/**/*.ts'],
    ignores: ['linter/cli/**', '**/*.test.ts'],
    rules: {
      // The engine and rules run in the browser extension too.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'],
              message: 'The engine must stay browser-safe: no Node built-ins outside linter/cli.',
            },
          ],
        },
      ],
    },
  },
  {
    // The extension and the engine it bundles run next to pages we do not control: no unsafe DOM sinks
    // (innerHTML, outerHTML, insertAdjacentHTML, document.write…) and no code from strings.
    files: ['extension/**/*.ts', 'linter/**/*.ts', 'rules/**/*.ts'],
    ignores: ['linter/cli/**', '**/*.test.ts'],
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/property': 'error',
      'no-unsanitized/method': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
