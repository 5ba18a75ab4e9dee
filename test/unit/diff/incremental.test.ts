import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { createDiffSession } from '../../../src/diff/incremental';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import type { ChangeSet } from '../../../src/diff/types';
import { docAndTyping } from './legal-docs';

/** Plain data (getters read), so sessions and one-shot diffs compare field by field. */
function plain(changes: ChangeSet): unknown {
  return JSON.parse(JSON.stringify(changes)) as unknown;
}

const BASE = [
  '# Constitution of Testland',
  '',
  'We, the People, ordain this.',
  '',
  '## Article 3 (STATE OF CALIFORNIA)',
  '',
  '### Section 1',
  '',
  'The State of California is an inseparable part of the United States of America.',
  '',
  '### Section 2',
  '',
  '(a) The Legislature shall meet.',
  '',
  '(b) The Governor shall sign.',
  '',
].join('\n');

describe('createDiffSession', () => {
  it('recomputes only the touched section while typing in a body, with the same result as a full diff', () => {
    const base = parseConstitution(BASE);
    const session = createDiffSession(base);
    let text = BASE;
    const at = BASE.indexOf('inseparable');
    for (const step of ['x', 'y', 'z']) {
      text = text.slice(0, at) + step + text.slice(at);
      const result = session.update(text);
      expect(session.lastPath).toBe(session.lastPath === 'full' ? 'full' : 'incremental');
      expect(plain(result)).toEqual(plain(semanticDiff(base, parseConstitution(text))));
    }
    expect(session.lastPath).toBe('incremental');
    expect(session.update(text).ops).toHaveLength(1);
    expect(session.lastPath).toBe('unchanged');
  });

  it('takes the full path when an edit creates a heading', () => {
    const base = parseConstitution(BASE);
    const session = createDiffSession(base);
    session.update(BASE);
    const text = BASE.replace('(b) The Governor', '### Section 3\n\n(b) The Governor');
    const result = session.update(text);
    expect(session.lastPath).toBe('full');
    expect(result.ops.map((op) => op.op)).toEqual(['amend', 'add']);
    expect(plain(result)).toEqual(plain(semanticDiff(base, parseConstitution(text))));
  });

  it('returns an empty ChangeSet for the base text itself', () => {
    const base = parseConstitution(BASE);
    const result = createDiffSession(base).update(BASE);
    expect(result.ops).toEqual([]);
    expect(result.baseHash).toBe(result.editedHash);
  });

  it('equals the full semanticDiff on random edit sequences (differential, fast-check)', () => {
    fc.assert(
      fc.property(docAndTyping, ({ base, steps }) => {
        const baseDoc = parseConstitution(base);
        const session = createDiffSession(baseDoc);
        session.update(base);
        for (const text of steps) {
          expect(plain(session.update(text))).toEqual(plain(semanticDiff(baseDoc, parseConstitution(text))));
        }
      }),
      { numRuns: 1_500 },
    );
  });
});
