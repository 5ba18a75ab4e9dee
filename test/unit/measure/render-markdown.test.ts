import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run, RunMark } from '../../../src/measure/document';
import { blockToMarkdown, runsToMarkdown } from '../../../src/measure/render-markdown';
import { mergeRuns, tidyRuns } from '../../../src/measure/runs';
import { readMarkdownBlocks } from './markdown-reader';

/** Characters that stress Markdown: every ASCII punctuation mark, letters, digits, quotes, NBSP. */
const ALPHABET = [...'abcXYZ019 ', ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '“', '”', '§', '—', 'é'];
const word = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 8 });
const run = fc.record({ text: word, mark: fc.constantFrom<RunMark>('none', 'delete', 'insert') });

describe('runsToMarkdown', () => {
  it('writes the worked example as lawyers read it', () => {
    const runs: Run[] = [
      { text: 'The State of California is ', mark: 'none' },
      { text: 'an inseparable', mark: 'delete' },
      { text: ' ', mark: 'none' },
      { text: 'a', mark: 'insert' },
      { text: ' part of the United States of America.', mark: 'none' },
    ];
    expect(runsToMarkdown(runs)).toBe(
      'The State of California is ~~an inseparable~~ *a* part of the United States of America.',
    );
  });

  it('escapes what would start a list, a heading or a quote', () => {
    expect(runsToMarkdown([{ text: '1. First', mark: 'none' }])).toBe('1\\. First');
    expect(runsToMarkdown([{ text: '- item', mark: 'none' }])).toBe('\\- item');
    expect(runsToMarkdown([{ text: '# not a heading', mark: 'none' }])).toBe('\\# not a heading');
    expect(runsToMarkdown([{ text: 'a*b_c~d', mark: 'insert' }])).toBe('*a\\*b\\_c\\~d*');
  });

  it('uses a character reference where flanking rules would break a mark next to punctuation', () => {
    const markdown = runsToMarkdown([
      { text: 'land', mark: 'none' },
      { text: '.', mark: 'delete' },
      { text: ';', mark: 'insert' },
    ]);
    expect(markdown).toBe('lan&#100;~~.~~*;*');
    expect(readMarkdownBlocks(markdown)[0]!.runs).toEqual([
      { text: 'land', mark: 'none' },
      { text: '.', mark: 'delete' },
      { text: ';', mark: 'insert' },
    ]);
  });

  it('round-trips through remark: the same runs come back (property)', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 12 }), (raw) => {
        const runs = tidyRuns(raw);
        fc.pre(runs.length > 0);
        const markdown = runsToMarkdown(runs);
        const blocks = readMarkdownBlocks(markdown);
        expect(blocks).toHaveLength(1);
        expect(blocks[0]!.runs).toEqual(mergeRuns(runs));
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips heading blocks too (property)', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 6 }), (raw) => {
        const runs = tidyRuns(raw);
        fc.pre(runs.length > 0);
        const blocks = readMarkdownBlocks(blockToMarkdown({ type: 'heading', runs }));
        expect(blocks[0]).toEqual({ type: 'heading', runs: mergeRuns(runs) });
      }),
      { numRuns: 1000 },
    );
  });
});
