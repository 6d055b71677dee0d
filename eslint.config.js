// ESLint: the recommended rules of ESLint and typescript-eslint, and the layers of the code as
// import zones (README, "Shape of the code"): core imports nothing outside core; page only core;
// ui nothing of the hosts. A zone that fails names the import that crosses it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Folders of src/ that each layer must not import from. */
const LAYERS = {
  core: ['page', 'ui', 'content', 'background', 'options', 'popup', 'compare', 'history', 'cli'],
  page: ['ui', 'content', 'background', 'options', 'popup', 'compare', 'history', 'cli'],
  ui: ['content', 'background', 'popup', 'cli'],
  history: ['ui', 'content', 'background', 'popup', 'compare', 'cli'],
  content: ['popup', 'background', 'cli'],
  background: ['content', 'ui', 'cli'],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.eval/', '.dbg*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // (imports name the compiled .js file: the resolver finds the .ts source behind it)
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: Object.entries(LAYERS).map(([layer, from]) => ({
            target: `./src/${layer}`,
            from: from.map((f) => `./src/${f}`),
            message: `the ${layer} layer does not import from there (README: shape of the code)`,
          })),
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // control characters are what the terminal-safe text removes
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
