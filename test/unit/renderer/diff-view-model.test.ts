import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import { docUnits } from '../../../src/diff/units';
import { readConstitution2011 } from '../../support/constitution-2011';
import {
  changedIdsOf,
  itemsOf,
  lineAt,
  lineStartsOf,
  marksOf,
  outlineOf,
} from '../../../renderer/workers/diff-view-model';

const BASE = readConstitution2011();
const baseDoc = parseConstitution(BASE);

function view(edited: string) {
  const editedDoc = parseConstitution(edited);
  const changeSet = semanticDiff(baseDoc, editedDoc);
  const split = baseDoc.preamble !== undefined;
  const baseUnits = docUnits(baseDoc, split);
  const editedUnits = docUnits(editedDoc, split);
  return {
    items: itemsOf(changeSet, baseUnits, editedUnits),
    marks: marksOf(changeSet, baseUnits, editedUnits),
    changed: changedIdsOf(changeSet),
  };
}

describe('outlineOf on the 2011 constitution', () => {
  it('lists articles with Roman numerals and the heading line of each section', () => {
    const outline = outlineOf(docUnits(baseDoc, baseDoc.preamble !== undefined));
    const article = outline.find((entry) => entry.id === 'art-III');
    expect(article).toMatchObject({ kind: 'article', label: 'Article III', title: 'STATE OF CALIFORNIA', line: 1075 });
    expect(outline.find((entry) => entry.id === 'art-III/sec-1')).toMatchObject({ label: 'Section 1', line: 1077 });
    expect(outline.filter((entry) => entry.kind === 'article').length).toBeGreaterThan(30);
  });
});

describe('the amendments panel and redline for an edit', () => {
  it('deleting "inseparable" gives one amend with the official clause and a struck mark in place', () => {
    const at = BASE.indexOf('inseparable ');
    const edited = BASE.slice(0, at) + BASE.slice(at + 'inseparable '.length);
    const { items, marks, changed } = view(edited);
    expect(items).toEqual([
      expect.objectContaining({
        op: 'amend',
        target: 'art-III/sec-1',
        citation: 'Article III, Section 1',
        clause: 'Section 1 of Article III of the California Constitution is amended to read:',
        deletedWords: 1,
        insertedWords: 0,
        line: 1077,
      }),
    ]);
    expect(marks).toEqual([{ kind: 'delete', offset: at, text: 'inseparable ' }]);
    expect(changed.sort()).toEqual(['art-III', 'art-III/sec-1']);
  });

  it('an insertion is marked over exactly the inserted text', () => {
    const at = BASE.indexOf('supreme law of the land') + 'supreme law of the land'.length;
    const edited = `${BASE.slice(0, at)} of California${BASE.slice(at)}`;
    const { marks } = view(edited);
    expect(marks).toHaveLength(1);
    const mark = marks[0]!;
    expect(mark.kind).toBe('insert');
    if (mark.kind === 'insert')
      expect(edited.slice(mark.offset, mark.offset + mark.length).trim()).toBe('of California');
  });

  it('a repealed section is listed with its clause and shown struck where it was', () => {
    const start = BASE.indexOf('### Section 1\n\nThe State of California is an inseparable');
    const end = BASE.indexOf('### Section 2', start);
    const edited = BASE.slice(0, start) + BASE.slice(end);
    const { items, marks } = view(edited);
    expect(items[0]).toMatchObject({
      op: 'repeal',
      clause: 'Section 1 of Article III of the California Constitution is repealed.',
    });
    // Struck where the section was: at the start of the unit that now follows (its separating blank line).
    const next = docUnits(parseConstitution(edited), true).byKey.get('art-III/sec-2')!;
    expect(marks[0]).toMatchObject({ kind: 'delete', offset: next.start });
    expect(marks[0]!.kind === 'delete' && marks[0]!.text).toContain('inseparable part of the');
  });
});

describe('amendment cards as the measure prints them', () => {
  /** Amend §1, add §1.5 (14 words), repeal §2 and renumber §9 of Article III in one edit. */
  function fourChanges(): string {
    const added = 'The State shall keep a public register of every measure filed under this article.';
    let edited = BASE.replace('inseparable part', 'part');
    const section2 = edited.indexOf('### Section 2\n\nThe boundaries of the State');
    const section3 = edited.indexOf('### Section 3', section2);
    edited = `${edited.slice(0, section2)}### Section 1.5\n\n${added}\n\n${edited.slice(section3)}`;
    const article3 = edited.indexOf('## Article 3 (');
    const section9 = edited.indexOf('### Section 9\n', article3);
    return `${edited.slice(0, section9)}### Section 10\n${edited.slice(section9 + '### Section 9\n'.length)}`;
  }

  it('lists the cards in constitution order, the order the measure prints', () => {
    const { items } = view(fourChanges());
    expect(items.map((item) => `${item.op} ${item.target}`)).toEqual([
      'amend art-III/sec-1',
      'add art-III/sec-1.5',
      'repeal art-III/sec-2',
      'renumber art-III/sec-9',
    ]);
  });

  it('previews an added section as printed (SEC. 1.5. …) and counts only its body words', () => {
    const add = view(fourChanges()).items.find((item) => item.op === 'add')!;
    expect(add.insertedWords).toBe(14);
    const preview = add.excerpt.map((segment) => segment.text).join('');
    expect(preview).toMatch(/^SEC\. 1\.5\. The State shall keep a public register/);
    expect(preview).not.toContain('#');
  });

  it('previews a repealed section as printed, without its Markdown heading', () => {
    const repeal = view(fourChanges()).items.find((item) => item.op === 'repeal')!;
    const preview = repeal.excerpt.map((segment) => segment.text).join('');
    expect(preview).toMatch(/^SEC\. 2\. The boundaries of the State/);
    expect(repeal.deletedWords).toBe(
      'The boundaries of the State are those stated in the Constitution of 1849 as modified pursuant to statute. Sacramento is the capital of California.'.split(
        ' ',
      ).length,
    );
  });
});

describe('line lookup', () => {
  it('maps offsets to 1-based lines', () => {
    const starts = lineStartsOf('a\nbb\n\nc');
    expect([0, 1, 2, 4, 5, 6].map((offset) => lineAt(starts, offset))).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe('an added subdivision in the amendments panel', () => {
  const anchor = 'federal law or federal regulations.\n\n### Section 4';
  const inserted = '\n\n(d) To declare a regulation void.';
  const at = BASE.indexOf(anchor) + 'federal law or federal regulations.'.length;
  const edited = BASE.slice(0, at) + inserted + BASE.slice(at);

  it('shows one add card for the subdivision, with the clause amending its section, placed at the new text', () => {
    const { items, marks, changed } = view(edited);
    const line = lineAt(lineStartsOf(edited), at + 2);
    expect(items).toEqual([
      {
        op: 'add',
        target: 'art-III/sec-3.5/d',
        citation: 'Article III, Section 3.5, subdivision (d)',
        clause: 'Section 3.5 of Article III of the California Constitution is amended to read:',
        deletedWords: 0,
        insertedWords: 6,
        line,
        excerpt: [{ type: 'insert', text: '(d) To declare a regulation void.' }],
      },
    ]);
    expect(edited.split('\n')[line - 1]).toBe('(d) To declare a regulation void.');
    expect(marks).toEqual([{ kind: 'insert', offset: at, length: inserted.length }]);
    expect(changed.sort()).toEqual(['art-III', 'art-III/sec-3.5', 'art-III/sec-3.5/d']);
  });

  it('places two subdivisions added to one section each at its own text, in order', () => {
    const endOfA = 'made a determination that such statute is\nunconstitutional;';
    const twice = edited.replace(endOfA, `${endOfA}\n\n(1) Including a charter.`);
    const firstAt = twice.indexOf(endOfA) + endOfA.length;
    const { items, marks } = view(twice);
    expect(items.map((item) => item.target)).toEqual(['art-III/sec-3.5/a/1', 'art-III/sec-3.5/d']);
    expect(marks.map((mark) => mark.offset)).toEqual([firstAt, twice.indexOf(inserted)]);
  });
});
