import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // The editor's page (saraban serve): TypeScript compiled to ES modules run by the browser.
    files: ['web/**/*.ts'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'fetch', 'HTMLElement', 'Option', 'AbortController', 'CSS', 'confirm', 'setTimeout', 'clearTimeout'].map((g) => [g, 'readonly']),
      ),
    },
  },
);
