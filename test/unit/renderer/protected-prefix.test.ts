import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstTextLineAfter,
  protectedPrefixEnd,
  restoringSplice,
  touchesPrefix,
} from '../../../renderer/editor/protected-prefix';
import { convertEdition } from '../../../src/node/edition-import';
import { readConstitution2011 } from '../../support/constitution-2011';

const CANONICAL = '---\ntitle: "T"\nsha256: "abc"\n---\n\n# Constitution of T\n\nWe, the People.\n\n## Article 1\n';

describe('the protected head of an edition', () => {
  it('is the front matter and the title line, not the preamble', () => {
    const end = protectedPrefixEnd(CANONICAL);
    expect(CANONICAL.slice(0, end)).toBe('---\ntitle: "T"\nsha256: "abc"\n---\n\n# Constitution of T\n');
    expect(CANONICAL.slice(end)).toBe('\nWe, the People.\n\n## Article 1\n');
  });

  it('covers the whole YAML of the imported 2011 edition, and its title', () => {
    const converted = convertEdition('california-constitution-2011.md', readConstitution2011());
    if (!converted.ok) throw new Error(converted.error.message);
    const text = converted.value.markdown;
    const head = text.slice(0, protectedPrefixEnd(text));
    expect(head).toMatch(/^---\n[\s\S]*\n---\n\n# Constitution of the State of California\n$/);
    expect(head).toContain('source-sha256:');
    expect(text.slice(head.length).trimStart()).toMatch(/^We, the People/);
  });

  it('is the title alone without front matter, and nothing when there is neither', () => {
    expect(protectedPrefixEnd('# Title\r\n\r\nText.\n')).toBe('# Title\r\n'.length);
    expect(protectedPrefixEnd('We, the People.\n\n# Not a title here\n')).toBe(0);
    expect(protectedPrefixEnd('## Article 1\n')).toBe(0);
    expect(protectedPrefixEnd('')).toBe(0);
  });

  it('is refused to edits that start inside it, including Backspace that eats its last line ending', () => {
    const end = protectedPrefixEnd(CANONICAL);
    expect(touchesPrefix([{ rangeOffset: 0, rangeLength: 0 }], end)).toBe(true); // a Tab at 1:1
    expect(touchesPrefix([{ rangeOffset: end - 1, rangeLength: 1 }], end)).toBe(true);
    expect(touchesPrefix([{ rangeOffset: 3, rangeLength: 40 }], end)).toBe(true);
    expect(touchesPrefix([{ rangeOffset: end, rangeLength: 0 }], end)).toBe(false);
    expect(touchesPrefix([{ rangeOffset: end + 5, rangeLength: 2 }], end)).toBe(false);
    expect(touchesPrefix([{ rangeOffset: 0, rangeLength: 0 }], 0)).toBe(false);
  });

  it('puts the caret on the first line with text after the head', () => {
    expect(firstTextLineAfter(CANONICAL, protectedPrefixEnd(CANONICAL))).toBe(8);
    expect(CANONICAL.split('\n')[7]).toBe('We, the People.');
    expect(firstTextLineAfter('Text.\n', 0)).toBe(1);
  });
});

describe('restoring the text before a refused edit', () => {
  it('splices back exactly what the edit changed (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (prefix, removed, inserted, suffix) => {
        const before = prefix + removed + suffix;
        const after = prefix + inserted + suffix;
        const splice = restoringSplice(before, after);
        expect(after.slice(0, splice.start) + splice.text + after.slice(splice.end)).toBe(before);
        expect(splice.end - splice.start).toBeLessThanOrEqual(inserted.length);
      }),
    );
  });
});
