/**
 * src/render/print-css.ts is resources/print.css as a module (the pure core has no file system, and
 * every host — Vite, esbuild, vitest — imports a .ts module the same way). This test keeps the two
 * in step: `UPDATE=1 npx vitest run test/unit/render/print-css.test.ts` regenerates the module.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_CSS } from '../../../src/render/print-css';
import { UPDATING_GOLDENS } from '../../support/golden';

const CSS_PATH = resolve(import.meta.dirname, '../../../resources/print.css');
const MODULE_PATH = resolve(import.meta.dirname, '../../../src/render/print-css.ts');

function moduleText(css: string): string {
  const literal = css.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return [
    '// Generated from resources/print.css by test/unit/render/print-css.test.ts (UPDATE=1). Do not edit by hand.',
    '',
    '/** The print stylesheet (resources/print.css), inlined into every print HTML document. */',
    `export const PRINT_CSS = \`${literal}\`;`,
    '',
  ].join('\n');
}

describe('print stylesheet module', () => {
  it('holds exactly resources/print.css', () => {
    const css = readFileSync(CSS_PATH, 'utf8');
    if (UPDATING_GOLDENS) writeFileSync(MODULE_PATH, moduleText(css));
    else
      expect(
        PRINT_CSS,
        'src/render/print-css.ts is stale: run UPDATE=1 npx vitest run test/unit/render/print-css.test.ts',
      ).toBe(css);
  });

  it('styles deletions as strikeout and insertions as italic without underline', () => {
    expect(PRINT_CSS).toMatch(/del \{\s*text-decoration: line-through;/);
    expect(PRINT_CSS).toMatch(/ins \{\s*font-style: italic;\s*text-decoration: none;/);
  });
});
