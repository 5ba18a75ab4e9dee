import { describe, expect, it } from 'vitest';
import { collectLeaves } from '../../../src/constitution/leaves';
import { indexById, nodePathAtOffset } from '../../../src/constitution/locate';
import { parseConstitution } from '../../../src/constitution/parse';
import { sectionBody, sectionUnit, textOf } from '../../../src/constitution/text';

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
