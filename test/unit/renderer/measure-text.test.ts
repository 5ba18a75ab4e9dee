import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  measureBase,
  measureProponents,
  measureTitle,
  parsedMeasure,
  withPartBody,
  withProponents,
  withTitle,
} from '../../../renderer/model/measure-text';

const EXAMPLE = readFileSync(
  resolve(import.meta.dirname, '../../../resources/examples/calexit-2017-revised.measure.md'),
  'utf8',
);

function value(result: { ok: true; value: string } | { ok: false; error: string }): string {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('reading the measure', () => {
  it('reads the base edition, title and proponents of the example', () => {
    expect(measureBase(EXAMPLE)).toEqual({
      edition: 'california-constitution-2011-excerpt',
      sha256: 'a4470d20c0c50bf6d12bc290c0f33cd3e4efa79d6dd25d7d4123a6477fb2643f',
    });
    expect(measureTitle(EXAMPLE)).toBe('California Freedom Act');
    expect(measureProponents(EXAMPLE).map((proponent) => proponent.name).length).toBeGreaterThan(0);
  });
});

describe('editing the measure text', () => {
  it('replaces one uncodified body and leaves every other byte alone', () => {
    const index = parsedMeasure(EXAMPLE).parts.findIndex(
      (part) => part.type === 'uncodified' && part.role === 'purpose',
    );
    const edited = value(withPartBody(EXAMPLE, index, 'It is the intent of the People to decide.'));
    const part = parsedMeasure(edited).parts[index]!;
    expect(part.type === 'uncodified' && part.body).toBe('It is the intent of the People to decide.');
    const before = EXAMPLE.indexOf('## Purpose and Intent');
    expect(edited.slice(0, before)).toBe(EXAMPLE.slice(0, before));
    const after = EXAMPLE.indexOf('## Severability');
    expect(edited.slice(edited.indexOf('## Severability'))).toBe(EXAMPLE.slice(after));
    expect(parsedMeasure(edited).messages.filter((message) => message.severity === 'error')).toEqual([]);
  });

  it('replaces the last part body up to the end of the file', () => {
    const parts = parsedMeasure(EXAMPLE).parts;
    const last = parts.length - 1;
    const edited = value(withPartBody(EXAMPLE, last, '~~~base\nold\n~~~\n\n~~~proposed\nnew\n~~~'));
    expect(edited.endsWith('~~~proposed\nnew\n~~~\n')).toBe(true);
  });

  it('writes the title and proponents into the front matter, keeping comments and unknown keys', () => {
    const titled = value(withTitle(EXAMPLE, 'California Freedom Act of 2017'));
    expect(measureTitle(titled)).toBe('California Freedom Act of 2017');
    expect(titled).toContain('example: Fictional proponents');
    const withOne = value(
      withProponents(titled, [{ name: 'Ana Example', county: 'Fresno', contact: { email: 'ana@example.invalid' } }]),
    );
    expect(measureProponents(withOne)).toEqual([
      { name: 'Ana Example', county: 'Fresno', contact: { email: 'ana@example.invalid' } },
    ]);
    expect(withOne.slice(withOne.indexOf('\n---\n'))).toBe(titled.slice(titled.indexOf('\n---\n')));
  });

  it('is a no-op when nothing changes', () => {
    expect(value(withProponents(EXAMPLE, measureProponents(EXAMPLE)))).toBe(EXAMPLE);
    expect(value(withTitle(EXAMPLE, 'California Freedom Act'))).toBe(EXAMPLE);
  });

  it('refuses a file without front matter instead of guessing', () => {
    const result = withTitle('## Title\n\nText\n', 'New');
    expect(result.ok).toBe(false);
  });
});
