import { describe, expect, it } from 'vitest';
import { joinWithAnd, notationSentence, type NotationItem } from '../../../src/measure/notation';

const PREFIX = 'This initiative measure expressly amends the California Constitution by';
const STRUCK = 'existing provisions proposed to be deleted are printed in strikeout type';
const ITALIC = 'new provisions proposed to be added are printed in italic type to indicate that they are new';

function sentence(items: NotationItem[], hasDeletions = true, hasInsertions = true): string | undefined {
  return notationSentence({ items, hasDeletions, hasInsertions });
}

describe('notationSentence', () => {
  it('matches the conventions example: amending a section and adding a section', () => {
    expect(
      sentence([
        { verb: 'amending', object: 'section' },
        { verb: 'adding', object: 'section' },
      ]),
    ).toBe(`${PREFIX} amending a section thereof and adding a section thereto; therefore, ${STRUCK} and ${ITALIC}.`);
  });
  it('drops the strikeout clause when the measure only adds (Prop 8 wording)', () => {
    expect(sentence([{ verb: 'adding', object: 'section' }], false, true)).toBe(
      'This initiative measure expressly amends the California Constitution by adding a section thereto; therefore, new provisions proposed to be added are printed in italic type to indicate that they are new.',
    );
  });
  it('drops the italic clause when the measure only repeals', () => {
    expect(sentence([{ verb: 'repealing', object: 'section' }], true, false)).toBe(
      `${PREFIX} repealing a section thereof; therefore, ${STRUCK}.`,
    );
  });
  it('says "sections" and "an article" and lists three verbs with a serial comma', () => {
    expect(
      sentence([
        { verb: 'amending', object: 'section' },
        { verb: 'amending', object: 'section' },
        { verb: 'repealing', object: 'article' },
        { verb: 'adding', object: 'article' },
      ]),
    ).toBe(
      `${PREFIX} amending sections thereof, repealing an article thereof, and adding an article thereto; therefore, ${STRUCK} and ${ITALIC}.`,
    );
  });
  it('joins a section and an article under one verb', () => {
    expect(
      sentence(
        [
          { verb: 'adding', object: 'article' },
          { verb: 'adding', object: 'section' },
          { verb: 'adding', object: 'section' },
        ],
        false,
      ),
    ).toBe(`${PREFIX} adding sections and an article thereto; therefore, ${ITALIC}.`);
  });
  it('words renumbering and headings, and ends plainly when nothing is marked', () => {
    expect(sentence([{ verb: 'renumbering', object: 'section' }], false, false)).toBe(
      `${PREFIX} renumbering a section thereof.`,
    );
    expect(
      sentence([
        { verb: 'amending and renumbering', object: 'section' },
        { verb: 'amending', object: 'article heading' },
      ]),
    ).toBe(
      `${PREFIX} amending the heading of an article thereof and amending and renumbering a section thereof; therefore, ${STRUCK} and ${ITALIC}.`,
    );
  });
  it('has no sentence when the constitution is not changed', () => {
    expect(sentence([])).toBeUndefined();
  });
  it('joins lists the English way', () => {
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b'])).toBe('a and b');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b, and c');
  });
});
