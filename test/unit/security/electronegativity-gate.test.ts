/**
 * The Electronegativity gate's decision (scripts/electronegativity-gate-lib.mjs): the tool exits 0
 * whatever it finds, so this is what fails CI. Samples are SARIF logs in the shape the tool writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateGate,
  excludeArgument,
  figureLine,
  findingsFromSarif,
  inlineAnnotations,
  parseAnnotationsFile,
  type GlobalAnnotations,
} from '../../../scripts/electronegativity-gate-lib.mjs';

/** A SARIF log as Electronegativity 1.10.3 writes it (util/file.js). */
function sarif(results: readonly { check: string; file: string; line: number }[]): unknown {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', version: '1.10.3', rules: [] } },
        results: results.map((result) => ({
          ruleId: result.check,
          level: 'warning',
          message: { text: `finding ${result.check}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: result.file },
                region: { startLine: result.line, startColumn: 1, charLength: 10 },
              },
            },
          ],
        })),
      },
    ],
  };
}

const NO_GLOBAL: GlobalAnnotations = { annotations: [], excluded: [] };
const MAIN_TS = [
  "import { BrowserWindow } from 'electron';",
  '// a comment',
  'new BrowserWindow({ webPreferences: prefs() }); /* eng-disable SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK: settings spread from security-policy.ts */',
].join('\n');

describe('electronegativity gate', () => {
  it('fails on an unannotated HIGH finding (contextIsolation: false), though the tool exited 0', () => {
    const findings = findingsFromSarif(
      sarif([{ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main.ts', line: 7 }]),
    );
    const result = evaluateGate({ findings, inline: [], global: NO_GLOBAL });
    expect(result.passed).toBe(false);
    expect(result.unannotated).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^unannotated CONTEXT_ISOLATION_JS_CHECK at electron\/main\.ts:7/);
    expect(figureLine(result)).toBe('electronegativity: 1 findings, 1 unannotated (0 annotated: none)');
  });

  it('passes when each finding has an inline or global annotation with a reason', () => {
    const findings = findingsFromSarif(
      sarif([
        { check: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', line: 3 },
        { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main.ts', line: 3 },
        { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', line: 10 },
      ]),
    );
    const global = parseAnnotationsFile({
      annotations: [
        { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: "Monaco needs style-src 'unsafe-inline'." },
      ],
    });
    const result = evaluateGate({ findings, inline: inlineAnnotations('electron/main.ts', MAIN_TS), global });
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
    expect(figureLine(result)).toBe(
      'electronegativity: 3 findings, 0 unannotated (3 annotated: CONTEXT_ISOLATION_JS_CHECK, CSP_GLOBAL_CHECK, SANDBOX_JS_CHECK)',
    );
  });

  it('does not let an annotation on another line, file or check cover a finding', () => {
    const inline = inlineAnnotations('electron/main.ts', MAIN_TS);
    for (const [check, file, line] of [
      ['SANDBOX_JS_CHECK', 'electron/main.ts', 2],
      ['SANDBOX_JS_CHECK', 'electron/window.ts', 3],
      ['NODE_INTEGRATION_JS_CHECK', 'electron/main.ts', 3],
    ] as const) {
      const findings = findingsFromSarif(sarif([{ check, file, line }]));
      expect(
        evaluateGate({ findings, inline, global: NO_GLOBAL }).unannotated,
        `${check} ${file}:${line}`,
      ).toHaveLength(1);
    }
  });

  it('fails on an annotation without a reason, a stale one, and a non-global check in the JSON', () => {
    const bare = inlineAnnotations('electron/a.ts', 'x(); // eng-disable AUXCLICK_JS_CHECK');
    expect(bare).toEqual([{ file: 'electron/a.ts', line: 1, checks: ['AUXCLICK_JS_CHECK'], reason: '' }]);
    const findings = findingsFromSarif(sarif([{ check: 'AUXCLICK_JS_CHECK', file: 'electron/a.ts', line: 1 }]));
    expect(evaluateGate({ findings, inline: bare, global: NO_GLOBAL }).problems).toEqual([
      'eng-disable at electron/a.ts:1 has no written reason ("ID: why")',
    ]);
    const short = inlineAnnotations('electron/a.ts', 'x(); /* eng-disable AUXCLICK_JS_CHECK: ok */');
    expect(evaluateGate({ findings, inline: short, global: NO_GLOBAL }).passed).toBe(false);

    const stale = evaluateGate({
      findings: [],
      inline: inlineAnnotations('electron/main.ts', MAIN_TS),
      global: NO_GLOBAL,
    });
    expect(stale.passed).toBe(false);
    expect(stale.problems).toEqual([
      'stale eng-disable at electron/main.ts:3 (SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK): it matches no finding',
    ]);

    const global = parseAnnotationsFile({
      annotations: [
        { check: 'SANDBOX_JS_CHECK', reason: 'would silence every sandbox finding in every file' },
        { check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', reason: 'navigation is limited in window.ts' },
        { check: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK' },
      ],
      excluded: [{ check: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK' }],
    });
    const sandbox = findingsFromSarif(sarif([{ check: 'SANDBOX_JS_CHECK', file: 'electron/x.ts', line: 5 }]));
    const result = evaluateGate({ findings: sandbox, inline: [], global });
    expect(result.unannotated).toHaveLength(1);
    expect(result.problems).toEqual([
      'unannotated SANDBOX_JS_CHECK at electron/x.ts:5: finding SANDBOX_JS_CHECK',
      'annotations file: SANDBOX_JS_CHECK is not a global check; annotate it inline where it is found',
      'annotations file: stale annotation LIMIT_NAVIGATION_GLOBAL_CHECK: it matches no finding',
      'annotations file: PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK has no written reason',
      'annotations file: stale annotation PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK: it matches no finding',
      'annotations file: excluded AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK has no written reason',
    ]);
  });

  it('reads a global finding that belongs to no file, and refuses what is not SARIF', () => {
    const [finding] = findingsFromSarif(sarif([{ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: 'file:///', line: 1 }]));
    expect(finding?.file).toBeNull();
    const global = parseAnnotationsFile({
      annotations: [{ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', reason: 'a written reason here' }],
    });
    expect(evaluateGate({ findings: finding === undefined ? [] : [finding], inline: [], global }).passed).toBe(true);
    expect(() => findingsFromSarif({ runs: [] })).toThrow(/not an Electronegativity SARIF log/);
    expect(() => findingsFromSarif('issue, severity')).toThrow();
    expect(() => parseAnnotationsFile({ annotations: 'x' })).toThrow(/"annotations" must be an array/);
  });

  it('passes excluded checks to -x the way the tool names them', () => {
    expect(
      excludeArgument([
        { check: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', reason: 'x' },
        { check: 'CSP_GLOBAL_CHECK', reason: 'y' },
      ]),
    ).toBe('availablesecurityfixesglobalcheck,cspglobalcheck');
  });

  it('the committed annotations file is valid and every entry has a reason', () => {
    const path = join(import.meta.dirname, '..', '..', '..', 'scripts', 'electronegativity-annotations.json');
    const global = parseAnnotationsFile(JSON.parse(readFileSync(path, 'utf8')) as unknown);
    expect(global.annotations.length + global.excluded.length).toBeGreaterThan(0);
    for (const entry of [...global.annotations, ...global.excluded]) {
      expect(entry.check).toMatch(/_GLOBAL_CHECK$/);
      expect(entry.reason.length, entry.check).toBeGreaterThan(40);
    }
  });
});
