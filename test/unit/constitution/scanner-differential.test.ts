/**
 * remark is the reference reader: the line scanner's blocks must equal those derived from remark's
 * mdast, on generated legal documents (where the scanner must not need remark at all) and on
 * documents with constructs outside its subset (where remark reads regions and the two must join).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../../src/constitution/scan/line-scanner';
import { blocksFromMdast } from '../../../src/constitution/scan/mdast-blocks';
import { parseMarkdown, readBlocks } from '../../../src/constitution/scan/read-blocks';
import { findFrontMatter } from '../../../src/constitution/scan/front-matter';
import { legalDocument, wildDocument } from './helpers/generators';

/** remark's blocks for the body (front matter blanked out, as parseConstitution does). */
function referenceBlocks(source: string): unknown {
  const range = findFrontMatter(source, 0);
  const body =
    range === undefined
      ? source
      : source.slice(0, range.bodyStart).replace(/[^\r\n]/g, ' ') + source.slice(range.bodyStart);
  return blocksFromMdast(parseMarkdown(body), source);
}

describe('line scanner vs remark', () => {
  it('reads generated legal documents exactly as remark does, without falling back', () => {
    fc.assert(
      fc.property(legalDocument, (source) => {
        const start = findFrontMatter(source, 0)?.bodyStart ?? 0;
        const scan = scanBlocks(source, start, source.length);
        expect(scan.stoppedAt).toBeUndefined();
        expect(scan.blocks).toEqual(referenceBlocks(source));
      }),
      { numRuns: Number(process.env['DIFF_RUNS'] ?? 1500) },
    );
  });

  it("joins scanner and remark regions into remark's reading of the whole document", () => {
    fc.assert(
      fc.property(wildDocument, (source) => {
        const start = findFrontMatter(source, 0)?.bodyStart ?? 0;
        expect(readBlocks(source, start).blocks).toEqual(referenceBlocks(source));
      }),
      { numRuns: Number(process.env['DIFF_RUNS'] ?? 1500) },
    );
  });

  it('hands remark only the region around the unmodelled block', () => {
    const source =
      '# T\n\n## Article I\n\n### Section 1\n\ntext\n\n### Section 2\n\nbefore\n\n- bullet\n\nafter\n\n### Section 3\n\nmore\n';
    const reading = readBlocks(source, 0);
    expect(reading.reader).toBe('mixed');
    expect(reading.remarkRegions).toBe(1);
    expect(reading.blocks).toEqual(referenceBlocks(source));
  });

  it('keeps regions apart after indented code, which micromark holds open across blank lines', () => {
    const source = '[x] text\n\n     code\n\n*\n\n- item\n';
    expect(readBlocks(source, 0).blocks).toEqual(referenceBlocks(source));
  });

  it('reads lone CR line endings with the scanner, as remark does', () => {
    const source = '## Article I\r\r### Section 1\r\r(a) One.\r(b) Two.\r\r    code\r';
    const reading = readBlocks(source, 0);
    expect(reading.reader).toBe('scanner');
    expect(reading.blocks).toEqual(referenceBlocks(source));
  });

  it('keeps a region nested too deeply for remark as one unparsed block', () => {
    const nested = Array.from({ length: 400 }, (_, depth) => `${' '.repeat(depth * 3)}1. x`).join('\n');
    const source = `## Article I\n\n### Section 1\n\n${nested}\n\n### Section 2\n\nText.\n`;
    const reading = readBlocks(source, 0);
    expect(reading.blocks.map((block) => block.markdownType ?? block.kind)).toEqual([
      'heading',
      'heading',
      'unparsed',
      'heading',
      'paragraph',
    ]);
  });

  it('lets remark read to the end when the next heading is inside an unclosed HTML block', () => {
    const source = '## Article I\n\n<div>\n## Article II\n\ntext\n';
    const reading = readBlocks(source, 0);
    expect(reading.blocks).toEqual(referenceBlocks(source));
    expect(reading.blocks.filter((block) => block.kind === 'heading')).toHaveLength(1);
  });
});
