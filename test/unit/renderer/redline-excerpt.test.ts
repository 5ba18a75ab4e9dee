import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../../renderer/workers/redline-excerpt';

describe('excerptOf', () => {
  it('keeps the changes with a few words of context on each side', () => {
    expect(
      excerptOf([
        { type: 'equal', text: '\nThe State of California is an ' },
        { type: 'delete', text: 'inseparable' },
        { type: 'insert', text: 'a' },
        {
          type: 'equal',
          text: ' part of the\nUnited States of America, and the United States Constitution is the\nsupreme law.\n',
        },
      ]),
    ).toEqual([
      { type: 'equal', text: 'The State of California is an ' },
      { type: 'delete', text: 'inseparable' },
      { type: 'insert', text: 'a' },
      { type: 'equal', text: ' part of the United States of …' },
    ]);
  });
  it('elides the middle of long unchanged text between two changes', () => {
    const between = ' one two three four five six seven eight nine ten eleven twelve thirteen fourteen ';
    const excerpt = excerptOf([
      { type: 'insert', text: 'first' },
      { type: 'equal', text: between },
      { type: 'delete', text: 'second' },
    ]);
    expect(excerpt[1]).toEqual({
      type: 'equal',
      text: ' one two three four five six … nine ten eleven twelve thirteen fourteen ',
    });
  });
  it('is empty for an unchanged redline', () => {
    expect(excerptOf([{ type: 'equal', text: 'same' }])).toEqual([]);
  });
});
