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

/**
 * Security rules (issue 7; reliability-anchors §1.1 and §5 S10). Electronegativity misses some of these
 * (it drops nodeIntegration when sandbox is set) and sees no TSX, so the linter is the first gate.
 * One no-restricted-syntax list per zone: flat config replaces a rule's options per block, so each zone
 * gets the whole list minus what that one zone may do.
 */
const keyIs = (name) => `:matches([key.name='${name}'], [key.value='${name}'])`;
const INSECURE_WEB_PREFERENCES = [
  ['nodeIntegration', true, 'keep nodeIntegration false: the renderer reaches Node only through the StudioApi'],
  ['nodeIntegrationInWorker', true, 'keep nodeIntegrationInWorker false: workers run untrusted drafts'],
  ['nodeIntegrationInSubFrames', true, 'keep nodeIntegrationInSubFrames false: the print preview is a sub-frame'],
  ['contextIsolation', false, 'keep contextIsolation true: the preload must not share a world with the page'],
  ['sandbox', false, 'keep sandbox true: spread LOCKED_DOWN settings from electron/security-policy.ts'],
  ['webSecurity', false, 'keep webSecurity true: it is the same-origin policy'],
  ['allowRunningInsecureContent', true, 'keep allowRunningInsecureContent false: the app loads no remote content'],
  ['experimentalFeatures', true, 'keep experimentalFeatures false: no experimental web platform features'],
  ['webviewTag', true, 'keep webviewTag false: show content in a sandboxed iframe, never a <webview>'],
].flatMap(([name, value, advice]) => [
  { selector: `Property${keyIs(name)}[value.value=${value}]`, message: `Electron hardening: ${advice}.` },
  {
    selector: `AssignmentExpression[left.property.name='${name}'][right.value=${value}]`,
    message: `Electron hardening: ${advice}.`,
  },
]);
const BLINK_FEATURES = [
  {
    selector: `Property${keyIs('enableBlinkFeatures')}`,
    message: 'Electron hardening: do not enable Blink features; use the defaults (disableBlinkFeatures is fine).',
  },
];
const RAW_IPC_RENDERER = [
  {
    selector: ":matches(ImportSpecifier[imported.name='ipcRenderer'], MemberExpression[property.name='ipcRenderer'])",
    message:
      'Raw ipcRenderer lives only in electron/preload*.ts: add a method to StudioApi (src/api/contract.ts) and call it through the client.',
  },
];
const HTML_SINK_ADVICE =
  'Raw HTML sink: build HTML with src/render (hast + hast-util-sanitize) and show it through renderer/components/sanitized-frame.tsx, the one module that may.';
const HTML_SINKS = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]', message: HTML_SINK_ADVICE },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: HTML_SINK_ADVICE,
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: HTML_SINK_ADVICE,
  },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^srcdoc$/i]",
    message: HTML_SINK_ADVICE,
  },
  { selector: 'JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc|srcdoc)$/]', message: HTML_SINK_ADVICE },
];
const OPEN_EXTERNAL = [
  {
    selector:
      ":matches(MemberExpression[property.name='openExternal'], ObjectPattern > Property[key.name='openExternal'])",
    message:
      'shell.openExternal only in electron/open-external.ts: call the openExternalLink API, which validates the URL and asks the user first.',
  },
];
const SECURITY_RULES = { INSECURE_WEB_PREFERENCES, BLINK_FEATURES, RAW_IPC_RENDERER, HTML_SINKS, OPEN_EXTERNAL };
/** The no-restricted-syntax rule entry with every security selector except the groups named. */
const securityRules = (...allowed) => [
  'error',
  ...Object.entries(SECURITY_RULES)
    .filter(([group]) => !allowed.includes(group))
    .flatMap(([, selectors]) => selectors),
];
/** Files allowed one exception each (the vetted modules). */
const PRELOAD_FILES = ['electron/preload*.ts'];
const SANITIZED_HTML_FILES = ['renderer/components/sanitized-frame.tsx'];
const OPEN_EXTERNAL_FILES = ['electron/open-external.ts'];

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
    // Plain JS cannot annotate types; an exported JS module's types live in a .d.mts beside it.
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/explicit-module-boundary-types': 'off' },
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
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { 'no-restricted-syntax': securityRules() },
  },
  { files: PRELOAD_FILES, rules: { 'no-restricted-syntax': securityRules('RAW_IPC_RENDERER') } },
  { files: SANITIZED_HTML_FILES, rules: { 'no-restricted-syntax': securityRules('HTML_SINKS') } },
  { files: OPEN_EXTERNAL_FILES, rules: { 'no-restricted-syntax': securityRules('OPEN_EXTERNAL') } },
  {
    // Tests mock the preload's ipcRenderer and shell.openExternal and inject XSS payloads on purpose;
    // they still may not build insecure webPreferences.
    files: ['test/**'],
    rules: { 'no-restricted-syntax': securityRules('RAW_IPC_RENDERER', 'HTML_SINKS', 'OPEN_EXTERNAL') },
  },
  prettier,
);
