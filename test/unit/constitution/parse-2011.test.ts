/**
 * The real 2011 text: counts, ids, citations, the no-text-lost partition, tiling extents, and the
 * scanner agreeing with remark (the reference reader) block for block.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitation } from '../../../src/constitution/citation';
import { indexById, nodePathAtOffset } from '../../../src/constitution/locate';
import { parseConstitution } from '../../../src/constitution/parse';
import { blocksFromMdast } from '../../../src/constitution/scan/mdast-blocks';
import { parseMarkdown, readBlocks } from '../../../src/constitution/scan/read-blocks';
import { sectionBody, textOf } from '../../../src/constitution/text';
import type { Block, LegalDoc, Subdivision } from '../../../src/constitution/types';
import { readConstitution2011 } from '../../support/constitution-2011';
import { duplicateIds, extentProblems, partitionProblems, positionProblems } from './helpers/invariants';

let source: string;
let doc: LegalDoc;

beforeAll(() => {
  source = readConstitution2011();
  doc = parseConstitution(source, { path: 'california-constitution-2011.md' });
});

function countSubdivisions(blocks: readonly Block[]): number {
  return blocks.reduce(
    (total, block) => (block.type === 'subdivision' ? total + 1 + countSubdivisions(block.children) : total),
    0,
  );
}

describe('the 2011 constitution', () => {
  it('has 31 articles, 357 sections and no errors, read by the scanner alone', () => {
    expect(doc.articles).toHaveLength(31);
    expect(doc.articles.reduce((total, article) => total + article.sections.length, 0)).toBe(357);
    expect(doc.messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(doc.parsedWith).toBe('scanner');
  });

  it('names Article 3 Section 1 art-III/sec-1, cited "Article III, Section 1"', () => {
    const article = doc.articles.find((candidate) => candidate.number.written === '3')!;
    expect(article.id).toBe('art-III');
    expect(article.title).toBe('STATE OF CALIFORNIA');
    expect(article.sections[0]!.id).toBe('art-III/sec-1');
    expect(formatCitation(article.sections[0]!.id)).toBe('Article III, Section 1');
    expect(doc.articles.map((candidate) => candidate.number.key)).toContain('XIIIA');
    expect(indexById(doc).get('art-XIIIA/sec-1')?.type).toBe('section');
  });

  it('counts its subdivisions, including the 1.-6. items of Article I, Section 19(e)', () => {
    const total = doc.articles.reduce(
      (sum, article) =>
        sum +
        countSubdivisions(article.children) +
        article.sections.reduce((inner, section) => inner + countSubdivisions(section.children), 0),
      0,
    );
    expect(total).toBe(841);
    const index = indexById(doc);
    const e = index.get('art-I/sec-19/e') as Subdivision;
    expect(e.children.filter((child) => child.type === 'subdivision').map((child) => child.id)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `art-I/sec-19/e/item-${n}`),
    );
    const item3 = index.get('art-I/sec-19/e/item-3') as Subdivision;
    expect(textOf(doc, item3)).toMatch(/^3\. "Owner-occupied residence"[\s\S]*one or more\npersons\.$/);
  });

  it('nests chained labels and settles the ambiguous (i)', () => {
    const index = indexById(doc);
    // Art. I §3: "(b) (1) The people have the right of access …"
    expect(index.get('art-I/sec-3/b/1')?.type).toBe('subdivision');
    // Art. XIII A §2: "(h) (1) …", then "(i) (1) …" is the letter after (h), not a roman under (B).
    expect((index.get('art-XIIIA/sec-2/i') as Subdivision).kind).toBe('letter');
    expect((index.get('art-XIIIA/sec-2/i/1/A/i') as Subdivision).kind).toBe('roman');
    // Art. XIII §3: "(o) (1) (2) (i) (ii) (iii) (3) (p)": romans under (2).
    expect((index.get('art-XIII/sec-3/o/2/iii') as Subdivision).kind).toBe('roman');
    expect(index.get('art-XIII/sec-3/p')?.type).toBe('subdivision');
  });

  it('reports only the real sequence breaks of the 2011 text', () => {
    expect(doc.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      '1959 subdivision-sequence', // Art. IV §19: a second (f)
      '4954 subdivision-sequence', // Art. XIII §28: (d) then (f)
      '6184 subdivision-sequence', // Art. XIII D §3: (a) sits inside the opening sentence
      '6208 subdivision-sequence',
      '6325 subdivision-sequence',
      '7029 subdivision-sequence', // Art. XVI §8: (f) then (h)
    ]);
    expect(doc.messages[0]).toMatchObject({ file: 'california-constitution-2011.md', severity: 'warning', column: 1 });
  });

  it('loses no text: every non-blank character is in exactly one leaf', () => {
    expect(partitionProblems(doc)).toEqual([]);
  });

  it('has extents that tile the document, unique ids and consistent positions', () => {
    expect(extentProblems(doc)).toEqual([]);
    expect(duplicateIds(doc)).toEqual([]);
    expect(positionProblems(doc)).toEqual([]);
    const body = sectionBody(doc, doc.articles[0]!.sections[0]!);
    expect(body.startsWith('\nAll people are by nature free')).toBe(true);
  });

  it('maps offsets to the innermost node', () => {
    const offset = source.indexOf('"Local government" means');
    expect(nodePathAtOffset(doc, offset).map((node) => node.id)).toEqual([
      'art-I',
      'art-I/sec-19',
      'art-I/sec-19/e',
      'art-I/sec-19/e/item-2',
    ]);
    expect(nodePathAtOffset(doc, 10)).toEqual([]);
  });

  it('gives the same blocks as remark, and the same tree through the remark engine', () => {
    const scanned = readBlocks(source, 0);
    const reference = blocksFromMdast(parseMarkdown(source), source);
    expect(scanned.blocks).toEqual(reference);
    const viaRemark = parseConstitution(source, { path: 'california-constitution-2011.md', engine: 'remark' });
    expect(viaRemark.parsedWith).toBe('remark');
    expect({ ...viaRemark, parsedWith: 'scanner' }).toEqual(doc);
  });
});
