import { describe, expect, it } from 'vitest';
import { collectLeaves } from '../../../src/constitution/leaves';
import { citeNode, parseCitation, type CitationStyle } from '../../../src/constitution/citation';
import { findNode, indexById, nodePathAtOffset, resolveCitation } from '../../../src/constitution/locate';
import { parseConstitution } from '../../../src/constitution/parse';
import { sectionBody, sectionUnit, textOf } from '../../../src/constitution/text';
import { readConstitution2011 } from '../../support/constitution-2011';

const SOURCE = `# Constitution of the State of California

Preamble text.

## Article I (DECLARATION OF RIGHTS)

Intro.

### Section 1

(a) Alpha.

(1) One.

### Section 2

Two.
`;

describe('locate and text', () => {
  const doc = parseConstitution(SOURCE);

  it('indexes articles, sections and subdivisions by id', () => {
    const index = indexById(doc);
    expect([...index.keys()]).toEqual(['art-I', 'art-I/sec-1', 'art-I/sec-1/a', 'art-I/sec-1/a/1', 'art-I/sec-2']);
    expect(indexById(doc)).toBe(index);
  });

  it('finds the node path at an offset, outermost first', () => {
    const path = (needle: string): string[] => nodePathAtOffset(doc, SOURCE.indexOf(needle)).map((node) => node.id);
    expect(path('One.')).toEqual(['art-I', 'art-I/sec-1', 'art-I/sec-1/a', 'art-I/sec-1/a/1']);
    expect(path('Alpha')).toEqual(['art-I', 'art-I/sec-1', 'art-I/sec-1/a']);
    expect(path('### Section 2')).toEqual(['art-I', 'art-I/sec-2']);
    expect(path('Intro.')).toEqual(['art-I']);
    expect(path('Preamble')).toEqual([]);
    expect(nodePathAtOffset(doc, SOURCE.length + 5)).toEqual([]);
  });

  it('reads text back from the source', () => {
    const [section1, section2] = doc.articles[0]!.sections;
    expect(textOf(doc, doc.articles[0]!.sections[0]!.children[0]!)).toBe('(a) Alpha.\n\n(1) One.');
    expect(sectionBody(doc, section2!)).toBe('\nTwo.\n');
    expect(sectionUnit(doc, section1!)).toBe('### Section 1\n\n(a) Alpha.\n\n(1) One.\n\n');
    expect(doc.source.slice(0, doc.prefixEnd)).toBe('# Constitution of the State of California\n\nPreamble text.\n\n');
  });

  it('lists the leaves in source order', () => {
    expect(collectLeaves(doc).map((leaf) => textOf(doc, leaf.node).slice(0, 12))).toEqual([
      '# Constituti',
      'Preamble tex',
      '## Article I',
      'Intro.',
      '### Section ',
      '(a) Alpha.',
      '(1) One.',
      '### Section ',
      'Two.',
    ]);
  });
});

describe('findNode, resolveCitation and citeNode: list items cited as courts cite them', () => {
  const STYLES: readonly CitationStyle[] = ['long', 'of', 'short', 'cal'];
  const edition = parseConstitution(readConstitution2011());

  it('finds Art. I, § 19, subd. (e)(2), the second "2."-style item of (e)', () => {
    expect(parseCitation('Cal. Const., art. I, § 19, subd. (e)(2)')).toBe('art-I/sec-19/e/2');
    expect(resolveCitation(edition, 'Cal. Const., art. I, § 19, subd. (e)(2)')?.id).toBe('art-I/sec-19/e/item-2');
    expect(findNode(edition, 'art-I/sec-19/e/2')?.id).toBe('art-I/sec-19/e/item-2');
    expect(citeNode(edition, 'art-I/sec-19/e/item-2', 'cal')).toBe('Cal. Const., art. I, § 19, subd. (e)(2)');
    expect(resolveCitation(edition, 'Article I, Section 19, subdivision (e), item 2')?.id).toBe(
      'art-I/sec-19/e/item-2',
    );
  });

  it('prefers a real (N) subdivision beside an item, and finds nothing that is not there', () => {
    const doc = parseConstitution(
      '## Article 1\n\n### Section 1\n\n(a) A.\n\n1. Item.\n\n(1) One.\n\n### Section 2\n\nText.\n',
    );
    expect([...indexById(doc).keys()]).toEqual([
      'art-I',
      'art-I/sec-1',
      'art-I/sec-1/a',
      'art-I/sec-1/a/item-1',
      'art-I/sec-1/a/1',
      'art-I/sec-2',
    ]);
    // (a)(1) is the labelled subdivision, so the item keeps its own name.
    expect(citeNode(doc, 'art-I/sec-1/a/item-1')).toBe('Article I, Section 1, subdivision (a), item 1');
    expect(citeNode(doc, 'art-I/sec-1/a/1')).toBe('Article I, Section 1, subdivision (a)(1)');
    expect(findNode(doc, 'art-I/sec-1/a/1')?.id).toBe('art-I/sec-1/a/1');
    expect(findNode(doc, 'art-I/sec-1/b')).toBeUndefined();
    expect(findNode(doc, 'art-I/sec-2/1')).toBeUndefined();
    expect(findNode(doc, 'art-II/sec-1')).toBeUndefined();
    expect(resolveCitation(doc, 'not a citation')).toBeUndefined();
  });

  it('resolves the citation of every article, section and subdivision of the 2011 text, in every style', () => {
    let items = 0;
    for (const [id, node] of indexById(edition)) {
      if (id.includes('~')) continue; // duplicates are not citable
      if (id.includes('item-')) items++;
      for (const style of STYLES) expect(resolveCitation(edition, citeNode(edition, id, style)), id).toBe(node);
    }
    expect(items).toBeGreaterThan(0);
  });
});
