import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMeasure } from '../../../src/filing/measure-input';
import { verifyMeasureBase } from '../../../src/filing/verify-base';
import { readConstitution2011 } from '../../support/constitution-2011';
import { EXCERPT_EDITION, measureSource, REPEAL_2016, REVISED_2017 } from './examples';

function measure(path: string) {
  const result = readMeasure(measureSource(path));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.file;
}

describe('verifyMeasureBase', () => {
  const excerpt = readFileSync(EXCERPT_EDITION, 'utf8');

  it('accepts the edition the measure records (same SHA-256)', () => {
    expect(verifyMeasureBase(measure(REVISED_2017), { source: excerpt }, 'm.md')).toEqual({ ok: true, value: true });
  });

  it('accepts another edition whose text for every quoted provision is the same (the full 2011 text)', () => {
    const full = readConstitution2011();
    expect(verifyMeasureBase(measure(REVISED_2017), { source: full }, 'm.md').ok).toBe(true);
    expect(verifyMeasureBase(measure(REPEAL_2016), { source: full }, 'm.md').ok).toBe(true);
  });

  it('refuses an edition whose text changed under the measure, naming the block and its line', () => {
    const changed = excerpt.replace('an inseparable part', 'a separable part');
    const result = verifyMeasureBase(measure(REVISED_2017), { source: changed, path: 'new.md' }, 'm.md');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'stale-base', file: 'm.md' });
      expect(result.error.message).toBe(
        '"Amend Article III, Section 1" quotes official text that differs from new.md: the measure was drafted against another edition',
      );
      expect(result.error.line).toBeGreaterThan(1);
    }
  });

  it('refuses an edition that lacks the provision', () => {
    const withoutSection = excerpt.replace('### Section 1', '### Section 2');
    const result = verifyMeasureBase(measure(REVISED_2017), { source: withoutSection, path: 'new.md' }, 'm.md');
    expect(!result.ok && result.error.message).toBe(
      '"Amend Article III, Section 1" changes a provision that new.md does not have',
    );
  });

  it('ignores hard wraps: the same words wrapped differently are the same text', () => {
    const rewrapped = excerpt.replace(
      'an inseparable part of the\nUnited States',
      'an inseparable part of the United\nStates',
    );
    expect(rewrapped).not.toBe(excerpt);
    expect(verifyMeasureBase(measure(REVISED_2017), { source: rewrapped }, 'm.md').ok).toBe(true);
  });
});
