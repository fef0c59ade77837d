/**
 * ESLint flat config: typescript-eslint's strictest type-checked rules, regexp rules against
 * catastrophic backtracking, and a guard that keeps the core free of Node built-ins.
 */
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'

/** Why the core may not import Node: it must run in browsers too; only the CLI is Node-bound. */
const browserSafeMessage = 'The core must run in a browser: only src/cli/** may use Node built-ins.'

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'docs/', '.eval/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      // Super-linear patterns are how a treaty parser hangs on a hostile (or just long) input.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Numbers in template literals are everywhere in messages and outlines, and harmless.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Conflicts with strictTypeChecked's no-non-null-assertion, which wins: narrow instead of asserting.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // A leading underscore marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: browserSafeMessage })),
          patterns: [{ group: ['node:*'], message: browserSafeMessage }]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: browserSafeMessage },
        { name: 'Buffer', message: browserSafeMessage },
        { name: 'require', message: browserSafeMessage },
        { name: '__dirname', message: browserSafeMessage },
        { name: '__filename', message: browserSafeMessage }
      ]
    }
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked]
  }
)
