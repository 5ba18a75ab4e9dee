/**
 * The ESLint security rules (reliability-anchors §5 S10), run through ESLint's Node API with the
 * project's own eslint.config.js: each forbidden construct, written in the zone where it is forbidden,
 * is reported with the rule's advice; the same construct in the one module allowed to use it is not;
 * and the app's real code (electron/, renderer/, src/) has 0 violations.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { reportFigure } from '../../support/figures';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RULE = 'no-restricted-syntax';

/** [what, file it pretends to be, code]: each must be reported by no-restricted-syntax. */
const BAD: readonly (readonly [string, string, string])[] = [
  ['nodeIntegration: true', 'electron/window.ts', 'export const p = { nodeIntegration: true };'],
  ['quoted nodeIntegration key', 'electron/window.ts', "export const p = { 'nodeIntegration': true };"],
  [
    'nodeIntegration assigned',
    'electron/window.ts',
    'export function f(p: { nodeIntegration: boolean }): void { p.nodeIntegration = true; }',
  ],
  ['nodeIntegrationInWorker: true', 'electron/window.ts', 'export const p = { nodeIntegrationInWorker: true };'],
  ['nodeIntegrationInSubFrames: true', 'electron/window.ts', 'export const p = { nodeIntegrationInSubFrames: true };'],
  ['contextIsolation: false', 'electron/window.ts', 'export const p = { contextIsolation: false };'],
  ['sandbox: false', 'electron/main.ts', 'export const p = { webPreferences: { sandbox: false } };'],
  ['webSecurity: false', 'electron/pdf.ts', 'export const p = { webSecurity: false };'],
  [
    'allowRunningInsecureContent: true',
    'electron/window.ts',
    'export const p = { allowRunningInsecureContent: true };',
  ],
  ['experimentalFeatures: true', 'electron/window.ts', 'export const p = { experimentalFeatures: true };'],
  ['enableBlinkFeatures', 'electron/window.ts', "export const p = { enableBlinkFeatures: 'CSSPaintAPI' };"],
  ['webviewTag: true', 'electron/window.ts', 'export const p = { webviewTag: true };'],
  ['insecure webPreferences in a test', 'test/unit/electron/x.test.ts', 'export const p = { sandbox: false };'],
  [
    'ipcRenderer imported outside the preload',
    'electron/ipc.ts',
    "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;",
  ],
  [
    'ipcRenderer as a property',
    'electron/menu.ts',
    "import * as electron from 'electron';\nexport const r = electron.ipcRenderer;",
  ],
  [
    'innerHTML assignment',
    'renderer/components/x.tsx',
    'export function f(e: HTMLElement, s: string): void { e.innerHTML = s; }',
  ],
  [
    'innerHTML +=',
    'renderer/components/x.tsx',
    'export function f(e: HTMLElement, s: string): void { e.innerHTML += s; }',
  ],
  [
    'outerHTML assignment',
    'renderer/editor/x.ts',
    'export function f(e: HTMLElement, s: string): void { e.outerHTML = s; }',
  ],
  [
    'insertAdjacentHTML',
    'renderer/editor/x.ts',
    "export function f(e: HTMLElement, s: string): void { e.insertAdjacentHTML('beforeend', s); }",
  ],
  [
    'createContextualFragment',
    'renderer/editor/x.ts',
    'export function f(r: Range, s: string): DocumentFragment { return r.createContextualFragment(s); }',
  ],
  ['document.write', 'renderer/main.tsx', 'export function f(s: string): void { document.write(s); }'],
  ['document.writeln', 'renderer/main.tsx', 'export function f(s: string): void { document.writeln(s); }'],
  [
    'srcdoc assignment',
    'renderer/components/x.tsx',
    'export function f(e: HTMLIFrameElement, s: string): void { e.srcdoc = s; }',
  ],
  [
    'setAttribute srcdoc',
    'renderer/components/x.tsx',
    "export function f(e: HTMLIFrameElement, s: string): void { e.setAttribute('srcdoc', s); }",
  ],
  [
    'dangerouslySetInnerHTML',
    'renderer/components/x.tsx',
    'export const X = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;',
  ],
  [
    'JSX srcDoc',
    'renderer/components/print-preview.tsx',
    'export const X = (p: { s: string }) => <iframe title="t" sandbox="" srcDoc={p.s} />;',
  ],
  [
    'innerHTML in electron/',
    'electron/pdf.ts',
    'export function f(e: { innerHTML: string }, s: string): void { e.innerHTML = s; }',
  ],
  [
    'shell.openExternal outside the vetted module',
    'electron/host-adapter.ts',
    "import { shell } from 'electron';\nexport const open = (u: string) => shell.openExternal(u);",
  ],
  [
    'openExternal destructured',
    'electron/menu.ts',
    "import { shell } from 'electron';\nconst { openExternal } = shell;\nexport const open = openExternal;",
  ],
  [
    'openExternal in renderer',
    'renderer/actions/x.ts',
    'export const open = (s: { openExternal(u: string): void }, u: string) => s.openExternal(u);',
  ],
];

/** The same constructs where they are allowed: must not be reported. */
const ALLOWED: readonly (readonly [string, string, string])[] = [
  [
    'ipcRenderer in the preload',
    'electron/preload.ts',
    "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;",
  ],
  [
    'srcDoc in the sanitized frame',
    'renderer/components/sanitized-frame.tsx',
    'export const X = (p: { s: string }) => <iframe title="t" sandbox="" srcDoc={p.s} />;',
  ],
  [
    'openExternal in the vetted module',
    'electron/open-external.ts',
    "import { shell } from 'electron';\nexport const open = (u: string) => shell.openExternal(u);",
  ],
  [
    'secure settings',
    'electron/window.ts',
    'export const p = { nodeIntegration: false, contextIsolation: true, sandbox: true, webSecurity: true };',
  ],
  [
    'a mocked ipcRenderer in a test',
    'test/unit/electron/x.test.ts',
    'export const electron = { ipcRenderer: { on: () => undefined } };\nexport const r = electron.ipcRenderer;',
  ],
];

/** Lint `code` as if it were `file`, with the project config but no type information (snippets are not in a tsconfig). */
function linter(): ESLint {
  return new ESLint({
    cwd: ROOT,
    overrideConfigFile: join(ROOT, 'eslint.config.js'),
    // Only the security rule: type-aware rules need the file in a tsconfig project, which a snippet is not.
    overrideConfig: {
      languageOptions: { parserOptions: { project: null, projectService: false, ecmaFeatures: { jsx: true } } },
    },
    ruleFilter: ({ ruleId }) => ruleId === RULE,
  });
}

async function restricted(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === RULE).map((message) => message.message);
}

/** The number of distinct security selectors in the config (what "R rules" counts). */
async function ruleCount(eslint: ESLint): Promise<number> {
  const config = (await eslint.calculateConfigForFile(join(ROOT, 'electron/window.ts'))) as {
    rules: Record<string, unknown[]>;
  };
  return (config.rules[RULE] ?? []).length - 1;
}

describe('ESLint security rules', () => {
  it('reports every forbidden construct in its zone, with advice, and allows the vetted modules', async () => {
    const eslint = linter();
    const missed: string[] = [];
    let caught = 0;
    for (const [what, file, code] of BAD) {
      const messages = await restricted(eslint, file, code);
      if (messages.length === 0) missed.push(`${what} (${file})`);
      else caught += 1;
      // Every message says what to do instead.
      for (const message of messages) expect(message, what).toMatch(/\b(keep|use|build|call|only|lives only)\b/i);
    }
    const wronglyReported: string[] = [];
    for (const [what, file, code] of ALLOWED) {
      const messages = await restricted(eslint, file, code);
      if (messages.length > 0) wronglyReported.push(`${what}: ${messages.join('; ')}`);
    }

    // The real code: every app file, with the full config (types included), security rule only.
    const real = await new ESLint({
      cwd: ROOT,
      overrideConfigFile: join(ROOT, 'eslint.config.js'),
      ruleFilter: ({ ruleId }) => ruleId === RULE,
    }).lintFiles(['electron', 'renderer', 'src', 'scripts', 'bin']);
    // A file that does not parse is not checked: count it as a violation too.
    const violations = real.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE || message.fatal === true)
        .map((message) => `${result.filePath}:${message.line}: ${message.message}`),
    );
    const rules = await ruleCount(eslint);
    reportFigure(
      'eslint-security',
      `ESLint security rules: ${rules} rules, ${caught} bad snippets caught, ${violations.length} violations in our code`,
      missed.length === 0 && wronglyReported.length === 0 && violations.length === 0,
    );
    expect(missed).toEqual([]);
    expect(wronglyReported).toEqual([]);
    expect(violations).toEqual([]);
    expect(caught).toBe(BAD.length);
  });
});
