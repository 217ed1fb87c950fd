// One lint configuration for the whole tree: TypeScript (type-aware where it finds real bugs),
// the Rules of Hooks, and Docusaurus' own rules for links and translations.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import docusaurus from '@docusaurus/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['build/', '.docusaurus/', 'node_modules/', 'coverage/', 'i18n/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@docusaurus': docusaurus },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Off on purpose: a static site renders the build's state first (so the HTML and hydration
      // agree, and readers without JavaScript see it), then reads the phone (date, draft, URL,
      // service worker) in an effect and sets state. That is the pattern this rule reports.
      'react-hooks/set-state-in-effect': 'off',
      // Message ids must be literal, or `write-translations` cannot find them.
      '@docusaurus/string-literal-i18n-messages': 'error',
      // Not used: `no-html-links` (our <a> are tel:, WhatsApp, other sites, and data files that
      // must not become client routes) and `prefer-docusaurus-heading` (component headings carry
      // no anchor of their own).
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The service worker runs in its own global scope.
    files: ['src/plugins/terbit/pekerja.js'],
    languageOptions: { globals: { ...globals.serviceworker, PUSTAKA: 'readonly' } },
  },
);
