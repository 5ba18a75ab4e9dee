import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real 2011 constitution lives outside the project (../shared/data) and is never committed.
 * AMEND_CONSTITUTION_2011 overrides the path. Tests that need it fail with this message when it is
 * absent: they never skip silently.
 */
export const CONSTITUTION_2011_PATH = resolve(
  process.env['AMEND_CONSTITUTION_2011'] ??
    resolve(import.meta.dirname, '../../../shared/data/california-constitution-2011.md'),
);

/** The 2011 text, or a thrown error that says where it was looked for. */
export function readConstitution2011(): string {
  if (!existsSync(CONSTITUTION_2011_PATH)) {
    throw new Error(
      `The 2011 California Constitution was not found at ${CONSTITUTION_2011_PATH}. Put it there or set AMEND_CONSTITUTION_2011.`,
    );
  }
  return readFileSync(CONSTITUTION_2011_PATH, 'utf8');
}
