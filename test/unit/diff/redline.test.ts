import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newView, oldView, redlineStats, redlineWords } from '../../../src/diff/redline';
import type { RedlineSegment } from '../../../src/diff/types';
import { anyString, legalText, textAndEdit } from './arbitraries';

const RUNS = 10_000;

/** Compact form for readable assertions: [-struck-] and {+inserted+}. */
function marked(segments: readonly RedlineSegment[]): string {
  return segments
    .map((segment) =>
      segment.type === 'equal'
        ? segment.text
        : segment.type === 'delete'
          ? `[-${segment.text}-]`
          : `{+${segment.text}+}`,
    )
    .join('');
}

function expectWellFormed(segments: readonly RedlineSegment[]): void {
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    expect(segment.text.length).toBeGreaterThan(0);
    const next = segments[index + 1];
    if (next === undefined) continue;
    expect(next.type === segment.type).toBe(false);
    // Within a change the deletion comes first.
    expect(segment.type === 'insert' && next.type === 'delete').toBe(false);
  }
}

describe('redlineWords', () => {
  it('strikes "an inseparable" and inserts "a" as one run each (the Calexit amendment)', () => {
    const { segments } = redlineWords(
      'The State of California is an inseparable part of the United States of America,',
      'The State of California is a part of the United States of America,',
    );
    expect(segments.filter((segment) => segment.type === 'delete')).toEqual([
      { type: 'delete', text: 'an inseparable' },
    ]);
    expect(segments.filter((segment) => segment.type === 'insert')).toEqual([{ type: 'insert', text: 'a' }]);
    expect(redlineStats(segments)).toEqual({ deletedWords: 2, insertedWords: 1 });
  });

  it('strikes one word together with the space after it', () => {
    const { segments } = redlineWords('is an inseparable part', 'is an part');
    expect(marked(segments)).toBe('is an [-inseparable -]part');
  });

  it('replaces a whole sentence with one struck sentence then one inserted sentence', () => {
    const { segments } = redlineWords(
      'Intro. The Legislature shall provide for the election of members of the board by the people. Outro.',
      'Intro. Each county shall appoint one representative to the council established by this section. Outro.',
    );
    expect(segments.map((segment) => segment.type)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(segments[1]!.text).toBe(
      'The Legislature shall provide for the election of members of the board by the people',
    );
  });

  it('keeps an unchanged island that is longer than the changes around it', () => {
    expect(marked(redlineWords('shall appoint the members', 'may appoint the officers').segments)).toBe(
      '[-shall-]{+may+} appoint the [-members-]{+officers+}',
    );
  });

  it('merges a function-word island between longer changes', () => {
    expect(marked(redlineWords('the red house of the old man', 'the blue garden of the young woman').segments)).toBe(
      'the [-red house of the old man-]{+blue garden of the young woman+}',
    );
  });

  it('never merges across a paragraph break', () => {
    expect(marked(redlineWords('(a) Red.\n\n(b) Blue.', '(a) Green.\n\n(b) Yellow.').segments)).toBe(
      '(a) [-Red-]{+Green+}.\n\n(b) [-Blue-]{+Yellow+}.',
    );
  });

  it('shows whitespace-only changes, CRLF and trailing spaces', () => {
    expect(marked(redlineWords('a  b\r\nc', 'a b\nc ').segments)).toBe('a[-  -]{+ +}b[-\r\n-]{+\n+}c{+ +}');
  });

  it('keeps a spacing change next to a bigger change visible on its own, with exact counts', () => {
    const { segments } = redlineWords(
      'The quick brown fox jumps over the lazy dog. The cat sat on the mat.',
      'A slow red hen walks under the busy cat. The cat sat  on the mat.',
    );
    const shown = marked(segments);
    expect(shown).toContain('The cat sat[- -]{+  +}on the mat.');
    expect(shown).not.toContain('[-The cat sat');
    expect(redlineStats(segments)).toEqual({ deletedWords: 9, insertedWords: 9 });
  });

  it('keeps amounts, numbers, labels and section references whole', () => {
    expect(
      marked(
        redlineWords('pay $35,000,000 under (a)(1) of Section 7.5', 'pay $36,000,000 under (a)(2) of Section 7.6')
          .segments,
      ),
    ).toBe('pay [-$35,000,000-]{+$36,000,000+} under [-(a)(1)-]{+(a)(2)+} of Section [-7.5-]{+7.6+}');
    expect(marked(redlineWords('at least 1,000 voters', 'at least 2,000 voters').segments)).toBe(
      'at least [-1,000-]{+2,000+} voters',
    );
  });

  it('inserts a paragraph as a whole, starting at its label', () => {
    expect(marked(redlineWords('(a) One.\n\n(b) Two.', '(a) One.\n\n(c) New.\n\n(b) Two.').segments)).toBe(
      '(a) One.\n\n{+(c) New.\n\n+}(b) Two.',
    );
  });

  it('never splits an emoji or a surrogate pair', () => {
    const { segments } = redlineWords('x 😀 y', 'x 😃 y');
    expect(marked(segments)).toBe('x [-😀-]{+😃+} y');
  });

  it('returns no segments for two empty strings and one equal segment for equal strings', () => {
    expect(redlineWords('', '').segments).toEqual([]);
    expect(redlineWords('same', 'same').segments).toEqual([{ type: 'equal', text: 'same' }]);
  });

  it('falls back to an exact, coarser redline when the cost cap is hit, and says so', () => {
    const before = Array.from({ length: 200 }, (_, index) => `w${index}`).join(' ');
    const after = Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? `v${index}` : `w${index}`)).join(' ');
    const capped = redlineWords(before, after, { maxEdits: 10, readable: false });
    expect(capped.approximate).toBe(true);
    expect(oldView(capped.segments)).toBe(before);
    expect(newView(capped.segments)).toBe(after);
    expect(redlineWords(before, after).approximate).toBe(false);
  });

  it('uses the line pass on long texts and stays exact and word-level', () => {
    const lines = Array.from({ length: 300 }, (_, index) => `line ${index} of the long section text here`);
    const before = lines.join('\n');
    const edited = [...lines];
    edited[10] = 'line 10 of the short section text here';
    edited[200] = 'line 200 of the long section words here';
    const after = edited.join('\n');
    const { segments, approximate } = redlineWords(before, after);
    expect(approximate).toBe(false);
    expect(segments.filter((segment) => segment.type !== 'equal').map((segment) => segment.text)).toEqual([
      'long',
      'short',
      'text',
      'words',
    ]);
  });

  it('stays word-precise when a same-length change hides from the sampled line hashes', () => {
    const lines = Array.from(
      { length: 120 },
      (_, index) => `${String(index).padStart(3, '0')} the amount is $35,000,000 in this line of text`,
    );
    const before = lines.join('\n');
    const after = before.replace('060 the amount is $35,000,000', '060 the amount is $36,000,000');
    const { segments } = redlineWords(before, after);
    expect(segments.filter((segment) => segment.type !== 'equal')).toEqual([
      { type: 'delete', text: '$35,000,000' },
      { type: 'insert', text: '$36,000,000' },
    ]);
  });
});

describe('redlineWords invariants (fast-check)', () => {
  it('old view is exactly the old text and new view exactly the new text, for any strings', () => {
    fc.assert(
      fc.property(anyString, anyString, (before, after) => {
        const { segments } = redlineWords(before, after);
        expect(oldView(segments)).toBe(before);
        expect(newView(segments)).toBe(after);
        expectWellFormed(segments);
      }),
      { numRuns: RUNS },
    );
  });

  it('old and new views are exact for edited legal text, whitespace included', () => {
    fc.assert(
      fc.property(textAndEdit(60), ([before, after]) => {
        const { segments } = redlineWords(before, after);
        expect(oldView(segments)).toBe(before);
        expect(newView(segments)).toBe(after);
        expectWellFormed(segments);
      }),
      { numRuns: RUNS },
    );
  });

  it('old and new views are exact without the readability passes and under a tiny cost cap', () => {
    fc.assert(
      fc.property(legalText(50), legalText(50), fc.boolean(), (before, after, readable) => {
        const { segments } = redlineWords(before, after, { maxEdits: 3, readable });
        expect(oldView(segments)).toBe(before);
        expect(newView(segments)).toBe(after);
        expectWellFormed(segments);
      }),
      { numRuns: RUNS },
    );
  });
});
