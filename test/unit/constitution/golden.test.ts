/**
 * Golden fixtures: test/fixtures/constitution/<case>/input.md → tree.json (a reviewable outline) and
 * messages.json. `UPDATE=1 npx vitest run test/unit/constitution/golden.test.ts` rewrites them.
 * Every fixture must also keep the invariants and read the same through the remark engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { expectGoldenJson } from '../../support/golden';
import { invariantProblems } from './helpers/invariants';
import { outline } from './helpers/outline';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/constitution');
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('constitution golden fixtures', () => {
  it('has the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(19);
  });

  for (const name of cases) {
    it(name, () => {
      const folder = join(FIXTURES, name);
      const source = readFileSync(join(folder, 'input.md'), 'utf8');
      const doc = parseConstitution(source, { path: `${name}/input.md` });
      expect(invariantProblems(doc)).toEqual([]);
      const viaRemark = parseConstitution(source, { path: `${name}/input.md`, engine: 'remark' });
      expect({ ...viaRemark, parsedWith: doc.parsedWith }).toEqual(doc);
      expectGoldenJson(join(folder, 'tree.json'), outline(doc));
      expectGoldenJson(join(folder, 'messages.json'), doc.messages);
    });
  }
});
