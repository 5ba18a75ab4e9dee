import { describe, expect, it } from 'vitest';
import { isHistoryNote } from '../../../src/constitution/build/history-notes';
import { leadingLabels, nextKey } from '../../../src/constitution/build/labels';
import { parseConstitution } from '../../../src/constitution/parse';
import type { Block } from '../../../src/constitution/types';

function labelsOf(text: string): string[] {
  return leadingLabels(text, 0, text.length).map((label) => `${label.text}:${label.candidates.join('|')}`);
}

/** Subdivision ids of a one-section document whose body is `body`. */
function subdivisionIds(body: string): string[] {
  const doc = parseConstitution(`## Article I\n\n### Section 1\n\n${body}`);
  const ids: string[] = [];
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type !== 'subdivision') continue;
      ids.push(`${block.id.replace('art-I/sec-1/', '')}:${block.kind}`);
      visit(block.children);
    }
  };
  visit(doc.articles[0]!.sections[0]!.children);
  return ids;
}

describe('subdivision labels', () => {
  it('reads label chains and their possible kinds', () => {
    expect(labelsOf('(b) (1) The people')).toEqual(['(b):letter', '(1):number']);
    expect(labelsOf('(i) text')).toEqual(['(i):letter|roman']);
    expect(labelsOf('(ii)(A) text')).toEqual(['(ii):letter|roman', '(A):upper']);
    expect(labelsOf('(iv) text')).toEqual(['(iv):roman']);
    expect(labelsOf('(c) and (d)')).toEqual(['(c):letter']);
    expect(labelsOf('(aa) text')).toEqual(['(aa):letter']);
  });

  it('does not take other parentheses for labels', () => {
    for (const text of [
      '(1988) year',
      '(commencing with Section 8720)',
      '($500)',
      '(a)text',
      '(ab) two letters',
      '() empty',
    ]) {
      expect(labelsOf(text)).toEqual([]);
    }
  });

  it('knows what follows each key', () => {
    expect(nextKey('letter', 'z')).toBe('aa');
    expect(nextKey('letter', 'bb')).toBe('cc');
    expect(nextKey('upper', 'Z')).toBe('AA');
    expect(nextKey('number', '9')).toBe('10');
    expect(nextKey('roman', 'iv')).toBe('v');
    expect(nextKey('list', 'item-3')).toBe('item-4');
  });
});

describe('subdivision nesting', () => {
  it('nests (a) › (1) › (A) › (i) and closes levels', () => {
    expect(subdivisionIds('(a) A.\n\n(1) One.\n\n(A) Upper.\n\n(i) Roman.\n\n(2) Two.\n\n(b) B.\n')).toEqual([
      'a:letter',
      'a/1:number',
      'a/1/A:upper',
      'a/1/A/i:roman',
      'a/2:number',
      'b:letter',
    ]);
  });

  it('reads (i) after (h) as a letter, under (A) as roman, and by what follows when both fit', () => {
    const letters = 'abcdefgh'
      .split('')
      .map((key) => `(${key}) x.\n\n`)
      .join('');
    expect(subdivisionIds(`${letters}(i) x.\n\n(j) x.\n`).slice(-2)).toEqual(['i:letter', 'j:letter']);
    expect(subdivisionIds(`(h) (1) x.\n\n(A) x.\n\n(i) x.\n\n(ii) x.\n`).slice(-2)).toEqual([
      'h/1/A/i:roman',
      'h/1/A/ii:roman',
    ]);
    expect(subdivisionIds(`(h) (1) x.\n\n(A) x.\n\n(i) x.\n\n(j) x.\n`).slice(-2)).toEqual(['i:letter', 'j:letter']);
  });

  it('puts unlabelled paragraphs in the innermost open subdivision, and history notes in the section', () => {
    const doc = parseConstitution(
      '## Article I\n\n### Section 1\n\n(a) A.\n\n(1) One.\n\nMore of (1).\n\n(Amended Nov. 8, 1994, by Prop. 184.)\n\nAfter the note.\n',
    );
    const section = doc.articles[0]!.sections[0]!;
    expect(section.children.map((child) => child.id)).toEqual(['art-I/sec-1/a', 'art-I/sec-1/h1', 'art-I/sec-1/p1']);
    const a = section.children[0]!;
    expect(
      a.type === 'subdivision' && a.children[1]!.type === 'subdivision'
        ? a.children[1]!.children.map((child) => child.id)
        : [],
    ).toEqual(['art-I/sec-1/a/1/p1', 'art-I/sec-1/a/1/p2']);
  });
});

describe('history notes', () => {
  it.each([
    '(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)',
    '(Amended Nov. 8, 1994, by Prop. 184.)',
    '( Article 3 adopted 1879. )',
    '(Repealed and added June 5, 1990,\nby Prop. 111. Res.Ch. 130, 1989.)',
  ])('%s is a note', (text) => {
    expect(isHistoryNote(text)).toBe(true);
  });

  it.each([
    '(a) The Legislature amended the law in 1990 (b)',
    '(See Section 2.)',
    '(Amended) without a date',
    'Amended Nov. 8, 1994, by Prop. 184.',
    '(Amended Nov. 8, 1994, by Prop. 184.) and more',
  ])('%s is not', (text) => {
    expect(isHistoryNote(text)).toBe(false);
  });
});
