import { describe, expect, it } from 'vitest';
import { markdownChunks, MAX_REMARK_CHARS } from '../../../src/measure/markdown-chunks';
import { markdownBlocks, readMarkdownBlocks } from '../../../src/measure/markdown-blocks';
import { MAX_CONTAINER_MARKERS } from '../../../src/constitution/scan/depth-guard';
import { lintMeasure } from '../../../src/measure/lint';
import { parseMeasure } from '../../../src/measure/parse-measure';

const joined = (markdown: string): string =>
  markdownChunks(markdown)
    .map((chunk) => chunk.text)
    .join('');

describe('markdownChunks', () => {
  it('leaves a small, shallow body whole for remark (as before the caps)', () => {
    const body = '(a) First finding.\n\n- one\n- **two**\n\n> quoted';
    expect(markdownChunks(body)).toEqual([{ kind: 'markdown', text: body, line: 1 }]);
  });

  it('cuts a large body at blank lines before top-level paragraphs, giving the body back whole', () => {
    const body = 'Plain words here.\n\n'.repeat(2000) + 'A **marked** one.\n\n- a list\n\n  continued\n';
    const chunks = markdownChunks(body);
    expect(body.length).toBeGreaterThan(MAX_REMARK_CHARS);
    expect(joined(body)).toBe(body);
    expect(chunks.filter((chunk) => chunk.kind === 'plain')).toHaveLength(2000);
    // No cut before a list item (it may belong to the block above) or before the item's indented
    // continuation after a blank line.
    expect(chunks.at(-1)).toEqual({
      kind: 'markdown',
      text: 'A **marked** one.\n\n- a list\n\n  continued\n',
      line: 4001,
    });
  });

  it('never cuts inside a fenced block', () => {
    const fenced = '```\nline one\n\nline two\n```\n\n';
    const body = 'x\n\n'.repeat(MAX_REMARK_CHARS / 3 + 1) + fenced + 'after\n';
    const chunks = markdownChunks(body);
    expect(chunks.some((chunk) => chunk.text === fenced)).toBe(true);
    expect(joined(body)).toBe(body);
  });

  it(`keeps a chunk nested more than ${MAX_CONTAINER_MARKERS} levels as written, saying why`, () => {
    const deep = `${'- '.repeat(MAX_CONTAINER_MARKERS + 1)}a\n`;
    const chunks = markdownChunks(deep);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ kind: 'unread', text: deep, line: 1 });
    expect(chunks[0]).toHaveProperty('reason', expect.stringContaining('more than 16 lists or quotes'));
  });

  it(`keeps Markdown longer than ${MAX_REMARK_CHARS.toLocaleString('en-US')} characters without a break as written`, () => {
    const long = 'a**b'.repeat(MAX_REMARK_CHARS / 4 + 1);
    const [chunk] = markdownChunks(long);
    expect(chunk).toMatchObject({ kind: 'unread', text: long });
    expect(chunk).toHaveProperty('reason', expect.stringContaining('the limit is 20,000'));
  });

  it('reads a huge line of plain words without remark (a paragraph)', () => {
    const line = 'word '.repeat(MAX_REMARK_CHARS);
    expect(markdownChunks(line).map((chunk) => chunk.kind)).toEqual(['plain']);
    expect(markdownBlocks(line)).toEqual([{ type: 'paragraph', runs: [{ text: line.trim(), mark: 'none' }] }]);
  });

  it('treats CR-only line ends as line ends', () => {
    const body = 'a\r\rb\r'.repeat(MAX_REMARK_CHARS / 4);
    const chunks = markdownChunks(body);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.kind === 'plain')).toBe(true);
  });
});

describe('readMarkdownBlocks', () => {
  it('prints unread text as written, every character, and lists where it starts', () => {
    const deep = `${'> '.repeat(40)}quoted\n`;
    const { blocks, unread } = readMarkdownBlocks(`Intro.\n\n${deep}`);
    expect(blocks).toEqual([{ type: 'preformatted', runs: [{ text: `Intro.\n\n${deep}`.trimEnd(), mark: 'none' }] }]);
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({ line: 1, chars: 8 + deep.length });
    expect(unread[0]!.reason).toContain('more than 16 lists or quotes');
  });

  it('lint warns where a part was printed as written, naming the part and the cap', () => {
    const source = `---\ntitle: T\nkind: constitutional amendment\n---\n\n## Findings and Declarations\n\n${'- '.repeat(50)}a\n`;
    const warnings = lintMeasure(parseMeasure(source)).filter((message) => message.ruleId === 'markdown-too-complex');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: 8 });
    expect(warnings[0]!.message).toContain('Findings and Declarations: this text is printed as written');
    expect(warnings[0]!.hint).toContain('nothing was removed');
  });
});
