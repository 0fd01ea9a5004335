// @ts-check
/**
 * ESLint for the whole repository: typescript-eslint's type-checked rules for TypeScript,
 * eslint-plugin-astro for `.astro` files, and jsx-a11y for the Preact islands (`.tsx`).
 * Formatting is Prettier's job, so no stylistic rules here.
 */
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', '.e2e/', '.scratch/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Template literals with numbers are how the command-line tables are built.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.strict,
    languageOptions: {
      ...jsxA11y.configs.strict.languageOptions,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    // Type information is not available inside `.astro` files' frontmatter to the project service.
    files: ['**/*.astro', '**/*.astro/*.ts', '*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
