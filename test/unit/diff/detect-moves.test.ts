import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { bagSimilarity, pairBySimilarity, SIMILARITY_THRESHOLD, WordBagger } from '../../../src/diff/detect-moves';
import { bodyText, docUnits } from '../../../src/diff/units';
import { readConstitution2011 } from '../../support/constitution-2011';

describe('bagSimilarity', () => {
  const bagger = new WordBagger();

  it('is 1 for equal texts, high after a small amendment, low for unrelated texts', () => {
    const text =
      'No individual, partnership, or corporation claiming the frontage of a harbor shall exclude the public.';
    expect(bagSimilarity(bagger.bag(text), bagger.bag(text))).toBe(1);
    const amended = text.replace('or corporation', 'association, or corporation');
    expect(bagSimilarity(bagger.bag(text), bagger.bag(amended))).toBeGreaterThan(SIMILARITY_THRESHOLD);
    const unrelated = 'The seat of government is Sacramento, where the Legislature meets each year.';
    expect(bagSimilarity(bagger.bag(text), bagger.bag(unrelated))).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it('ignores stop words and tells empty bodies apart by their text', () => {
    expect(bagSimilarity(bagger.bag('of the and'), bagger.bag('to a or'))).toBe(0);
    expect(bagSimilarity(bagger.bag('\n'), bagger.bag('\n'))).toBe(1);
  });

  it('keeps the threshold above what distinct sections of the 2011 text share (measured)', () => {
    const units = docUnits(parseConstitution(readConstitution2011()), true);
    const bags = units.units.filter((unit) => unit.kind === 'section').map((unit) => bagger.bag(bodyText(units, unit)));
    let pairs = 0;
    let above = 0;
    for (let i = 0; i < bags.length; i++) {
      for (let j = i + 1; j < bags.length; j++) {
        pairs++;
        if (bagSimilarity(bags[i]!, bags[j]!) >= SIMILARITY_THRESHOLD) above++;
      }
    }
    // 357 sections: 63,546 pairs, of which 8 (near-copies such as Art. XVI §14 and §14.5) reach 0.6.
    expect(pairs).toBe(63_546);
    expect(above / pairs).toBeLessThan(0.001);
  });
});

describe('pairBySimilarity', () => {
  const bagger = new WordBagger();
  const candidate = (text: string, articleKey: string, index: number) => ({ bag: bagger.bag(text), articleKey, index });

  it('pairs the most similar first, prefers the same article on ties, and uses each section once', () => {
    const removed = [candidate('water rights of the people shall be protected', 'art-X', 5)];
    const added = [
      candidate('water rights of the people shall be protected', 'art-XA', 9),
      candidate('water rights of the people shall be protected', 'art-X', 7),
    ];
    expect(pairBySimilarity(removed, added)).toEqual([{ removed: 0, added: 1, similarity: 1 }]);
  });

  it('leaves dissimilar sections unpaired', () => {
    expect(
      pairBySimilarity([candidate('harbor frontage', 'art-X', 1)], [candidate('seat of government', 'art-III', 2)]),
    ).toEqual([]);
  });
});
