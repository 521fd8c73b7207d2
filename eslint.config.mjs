// ESLint over the whole repository: typescript-eslint's recommended rules (without type information: fast on two cores),
// eslint-config-prettier to switch off the layout rules (Prettier checks layout on its own: npm run format:check),
// and the rule that keeps the apps apart (apps share code only through libs/).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const APPS = ['api', 'worker', 'tools', 'standalone'];
const root = import.meta.dirname;

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '.data/**', '.embedded-postgres/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { 'import-x': importX },
    // Resolves the @civic/* paths of tsconfig.json, so an import through a lib's alias is judged by the file it reaches.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })] },
    rules: {
      // No app imports another app's files, libs import no app, and bench imports only libs.
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            ...APPS.map((app) => ({
              target: `./apps/${app}`,
              from: APPS.filter((other) => other !== app).map((other) => `./apps/${other}`),
              message: 'Apps share code only through libs/: move what both need into a lib.',
            })),
            { target: './libs', from: './apps', message: 'A lib never depends on an app.' },
            { target: './bench', from: './apps', message: 'Benchmarks use libs/ only (or run the built apps as processes).' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The few plain JavaScript files (jest.config.js, this file) run in Node; .js is CommonJS here.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // Plain CommonJS scripts (jest.config.js, scripts/) load modules with require: that is their module system, not a lapse.
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
