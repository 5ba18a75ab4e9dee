import { describe, expect, it } from 'vitest';
import { parseArticleNumber } from '../../../src/constitution/article-number';
import { findReferences } from '../../../src/measure/references';

const ARTICLE_III = parseArticleNumber('III')!;

function ids(text: string, article = ARTICLE_III): string[] {
  return findReferences(text, article).map((reference) =>
    reference.kind === 'provision' ? reference.id : `(${reference.label})`,
  );
}

describe('findReferences', () => {
  it('reads the long, "of" and short citation forms, with subdivisions of the cited section', () => {
    expect(ids('as permitted by Article III, Section 3.5.')).toEqual(['art-III/sec-3.5']);
    expect(ids('under Section 3.5 of Article 3')).toEqual(['art-III/sec-3.5']);
    expect(ids('specified in Article XIII A, Section 1(b)\n(3), and')).toEqual(['art-XIIIA/sec-1']);
    expect(ids('pursuant to subdivision (a) of Section 1 of Article XIII A so as')).toEqual(['art-XIIIA/sec-1']);
    expect(ids('pursuant to\nSection 4 of Article XIIIA.')).toEqual(['art-XIIIA/sec-4']);
    expect(ids('see Cal. Const., art. IV, § 12 for this')).toEqual(['art-IV/sec-12']);
  });

  it('reads every section of a list, each with the whole citation as its text', () => {
    expect(findReferences('this article, and Sections 4 and 8 of Article III, in any year', ARTICLE_III)).toEqual([
      { kind: 'provision', id: 'art-III/sec-4', text: 'Sections 4 and 8 of Article III', index: 18 },
      { kind: 'provision', id: 'art-III/sec-8', text: 'Sections 4 and 8 of Article III', index: 18 },
    ]);
    expect(ids('Sections 2 and 3.5 of Article III')).toEqual(['art-III/sec-2', 'art-III/sec-3.5']);
    expect(ids('described in Sections 2, 5, or 6 of this article.')).toEqual([
      'art-III/sec-2',
      'art-III/sec-5',
      'art-III/sec-6',
    ]);
    expect(ids('to, Sections 1, 2, and 6, of this article, shall')).toEqual([
      'art-III/sec-1',
      'art-III/sec-2',
      'art-III/sec-6',
    ]);
  });

  it('reads "this article" only when the article is known, and a whole article cited on its own', () => {
    expect(findReferences('Section 3 of this article', undefined)).toEqual([]);
    expect(ids('the provisions of Article XXXV apply')).toEqual(['art-XXXV']);
    expect(ids('imposed pursuant to Article XIII\nand Article XIIIA.')).toEqual(['art-XIII', 'art-XIIIA']);
  });

  it('leaves statutes and subdivisions of other sections alone', () => {
    expect(ids('Sections 8681 and 8682 of the Fish and Game Code')).toEqual([]);
    expect(ids('Evidence Code Sections 352, 782 or 1103')).toEqual([]);
    expect(ids('subdivision (b) of Section 3 of this article and subdivision (c)')).toEqual(['art-III/sec-3', '(c)']);
  });
});
