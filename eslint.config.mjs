import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/cdn/**', '**/node_modules/**', 'storybook-static/**', 'coverage/**', 'docs/api/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Code that runs inside a browser page: widgets and their tests, and page-side benchmark code.
    files: [
      'packages/widgets/**/*.ts',
      'bench/widgets.bench.mjs',
      'bench/page-start.bench.mjs',
      'scripts/page-start-size-experiment.mjs',
      'test/strict-csp-embedding.test.ts',
      'packages/demo-portal/public/**/*.js',
      'docs/examples/**/*.{js,ts,tsx}',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['zod', 'zod/mini', 'zod/v4'].map((name) => ({ name, message: "Use core's schema layer (`z` from '@samspil/core', docs/decisions/0010)." })),
            { name: 'lit/directives/style-map.js', message: "styleMap writes a style attribute on first render, which a strict CSP refuses; set custom properties through the CSSOM." },
            { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: render data as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG: render data as text.' },
          ],
          patterns: [{ group: ['../../*/src/*', '**/packages/*'], message: 'Import sibling packages by their published name.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: render data as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: strict CSP.' },
      ],
    },
  },
  {
    // The differential tests build each schema with zod too, to prove the layer answers the same.
    files: ['packages/core/src/common/schema/*differential*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
