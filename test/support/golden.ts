import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** True when goldens should be (re)written: `UPDATE=1 npm run test:unit`. */
export const UPDATING_GOLDENS = process.env['UPDATE'] === '1';

/**
 * Compare `actual` with the golden file at `path`. With UPDATE=1 the file is (re)written and the
 * change is reviewed in `git diff`. A missing golden fails loudly (it never passes silently).
 */
export function expectGolden(path: string, actual: string): void {
  if (UPDATING_GOLDENS) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `Golden file ${path} is missing. Create it with: UPDATE=1 npx vitest run <this test>, then review it in git diff.`,
    );
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Like expectGolden, for JSON-serialisable values (stable 2-space formatting, trailing newline). */
export function expectGoldenJson(path: string, actual: unknown): void {
  expectGolden(path, `${JSON.stringify(actual, null, 2)}\n`);
}
