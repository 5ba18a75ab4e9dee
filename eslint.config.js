// ESLint flat config. Layer rules mirror the import table in README "Architecture": every restriction
// says what to use instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads'],
  message:
    'The pure core runs in the renderer and workers too: no Node built-ins. File system and processes live in src/node/.',
};
const ELECTRON = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/ may import Electron. Tests and src/ must load without the Electron binary.',
};

export default tseslint.config(
  {
    ignores: [
      'tmp/**',
      'out/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './src/tsconfig.json',
          './src/node/tsconfig.json',
          './renderer/tsconfig.json',
          './electron/tsconfig.json',
          './test/tsconfig.json',
          './tsconfig.tools.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/node/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILTINS,
            ELECTRON,
            {
              group: ['**/node/*', '**/cli/*'],
              message: 'The pure core must not depend on the Node adapters (src/node, src/cli); pass data in instead.',
            },
            {
              group: ['**/renderer/**', '**/electron/**', 'react', 'react-dom', 'monaco-editor', 'monaco-editor/*'],
              message: 'src/ is the core: it knows nothing of the UI or the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/node/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ELECTRON,
            {
              group: ['**/renderer/**', '**/electron/**', 'react', 'react-dom', 'monaco-editor', 'monaco-editor/*'],
              message: 'Node adapters serve every host; UI and Electron code stay in renderer/ and electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILTINS,
            {
              ...ELECTRON,
              message:
                'The renderer reaches the main process only through the StudioApi object (renderer/api/studio-api.ts).',
            },
            {
              group: ['**/src/node/**', '**/src/cli/**', '**/electron/**'],
              message: 'The renderer is sandboxed: call the StudioApi instead of importing host code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'monaco-editor'],
              message: 'electron/ is the thin shell; the UI lives in renderer/ and talks over the StudioApi.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_BUILTINS,
            {
              // A regex, not a gitignore-style group: a group cannot re-include a file under an excluded folder.
              regex: '^\\.\\./src/(?!api/contract$)',
              message:
                'The sandboxed preload may import only electron and src/api/contract (it is bundled into one CJS file).',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
