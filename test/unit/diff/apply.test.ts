import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { applyChangeSet } from '../../../src/diff/apply';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import type { ChangeSet } from '../../../src/diff/types';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/diff');
const read = (name: string, file: string): string => readFileSync(join(FIXTURES, name, file), 'utf8');

function diffOf(name: string): { base: string; edited: string; changes: ChangeSet } {
  const base = read(name, 'base.md');
  const edited = read(name, 'edited.md');
  return { base, edited, changes: semanticDiff(parseConstitution(base), parseConstitution(edited)) };
}

describe('applyChangeSet', () => {
  it('rebuilds the edited text exactly', () => {
    const { base, edited, changes } = diffOf('move');
    expect(applyChangeSet(parseConstitution(base), changes)).toEqual({ ok: true, value: edited });
  });

  it('refuses a stale base, naming the operation and the unit', () => {
    const { base, changes } = diffOf('amend-calexit');
    const drifted = base.replace('supreme law of the land', 'supreme law of this land');
    const result = applyChangeSet(parseConstitution(drifted), changes);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'stale-base',
        message:
          'Operation 1 (amend Article III, Section 1 \u22122 words +1 word): the base text of art-III/sec-1 differs from the one this change was made against.',
      },
    });
  });

  it('still applies when only untouched parts of the edition changed', () => {
    const { base, edited, changes } = diffOf('amend-calexit');
    const elsewhere = base.replace('The seat of government is Sacramento.', 'The seat of government is Sacramento!');
    const result = applyChangeSet(parseConstitution(elsewhere), changes);
    expect(result).toEqual({
      ok: true,
      value: edited.replace('The seat of government is Sacramento.', 'The seat of government is Sacramento!'),
    });
  });

  it('refuses an operation on a unit the base does not have', () => {
    const { changes } = diffOf('repeal-article');
    const result = applyChangeSet(parseConstitution(read('repeal-article', 'edited.md')), changes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe('Operation 1 (repeal Article X B): the base text has no art-XB.');
  });

  it('refuses a redline that does not match the base text', () => {
    const { base, changes } = diffOf('amend-calexit');
    const op = changes.ops[0]!;
    if (op.op !== 'amend') throw new Error('expected an amend');
    const tampered: ChangeSet = {
      ...changes,
      ops: [{ ...op, redline: [{ type: 'equal', text: 'something else' }] }],
    };
    const result = applyChangeSet(parseConstitution(base), tampered);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-request');
  });

  it('refuses a placement after a unit that is not in the result', () => {
    const { base, changes } = diffOf('add-section');
    const op = changes.ops[0]!;
    if (op.op !== 'add') throw new Error('expected an add');
    const result = applyChangeSet(parseConstitution(base), { ...changes, ops: [{ ...op, after: 'art-IX/sec-9' }] });
    expect(!result.ok && result.error.message).toBe(
      'Operation 1 (add Article III, Section 1.5): it follows art-IX/sec-9, which is not in the result.',
    );
  });
});
