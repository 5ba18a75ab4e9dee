import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMeasureDocument } from '../../../src/measure/build-document';
import type { Restatement } from '../../../src/measure/document';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { mergeRuns } from '../../../src/measure/runs';
import { renderMeasureMarkdown } from '../../../src/measure/render-markdown';
import { renderMeasureText } from '../../../src/measure/render-text';
import { sha256OfText } from '../../../src/shared/sha256';
import { expectGolden } from '../../support/golden';
import { EXAMPLE_2016, EXAMPLE_2017, FIXTURES, readExample, readFixture } from './fixtures';
import { readMarkdownBlocks } from './markdown-reader';

const CASES: readonly [string, () => string][] = [
  ['calexit-2016-repeal', () => readExample(EXAMPLE_2016)],
  ['calexit-2017-revised', () => readExample(EXAMPLE_2017)],
  ['all-operations', () => readFixture('all-operations', 'input.measure.md')],
];

describe('buildMeasureDocument goldens', () => {
  for (const [name, read] of CASES) {
    it(`${name}: text and Markdown renderings`, () => {
      const measure = parseMeasure(read(), { path: `${name}.measure.md` });
      expect(measure.messages.filter((message) => message.severity === 'error')).toEqual([]);
      const document = buildMeasureDocument(measure);
      expectGolden(resolve(FIXTURES, 'documents', `${name}.txt`), renderMeasureText(document));
      expectGolden(resolve(FIXTURES, 'documents', `${name}.md`), renderMeasureMarkdown(document));
    });
  }
});

describe('buildMeasureDocument', () => {
  const revised = parseMeasure(readExample(EXAMPLE_2017));

  it('prints the worked example of drafting-conventions.md', () => {
    const markdown = renderMeasureMarkdown(buildMeasureDocument(revised));
    expect(markdown).toContain(
      'Section 1 of Article III of the California Constitution is amended to read:\n\nSEC. 1. The State of California is ~~an inseparable~~ *a* part of the United States of America, and the United States Constitution is the supreme law of the land.',
    );
  });

  it('numbers SECTION 1. then SEC. n., uncodified sections first, and fingerprints the exact bytes', () => {
    const document = buildMeasureDocument(revised);
    expect(document.sections.map((section) => section.label)).toEqual([
      'SECTION 1.',
      'SEC. 2.',
      'SEC. 3.',
      'SEC. 4.',
      'SEC. 5.',
    ]);
    expect(document.sections.map((section) => section.kind)).toEqual([
      'uncodified',
      'uncodified',
      'uncodified',
      'uncodified',
      'amendment',
    ]);
    expect(document.sections[4]!.target).toBe('art-III/sec-1');
    expect(document.fingerprint).toEqual({ revisionLabel: 'Rev. 2', sha256: sha256OfText(revised.source) });
    expect(document.enactingClause).toBe('The people of the State of California do enact as follows:');
  });

  it('honours the all-SECTION style and a disabled enacting clause', () => {
    const source = readExample(EXAMPLE_2017).replace(
      'options:\n  enactingClause: true\n  sectionStyle: sec',
      'options:\n  enactingClause: false\n  sectionStyle: section',
    );
    const document = buildMeasureDocument(parseMeasure(source));
    expect(document.sections.map((section) => section.label)).toEqual([
      'SECTION 1.',
      'SECTION 2.',
      'SECTION 3.',
      'SECTION 4.',
      'SECTION 5.',
    ]);
    expect(document.enactingClause).toBeUndefined();
  });

  it('orders amendments in constitution order and words each clause', () => {
    const document = buildMeasureDocument(parseMeasure(readFixture('all-operations', 'input.measure.md')));
    const amendments = document.sections.filter((section) => section.kind === 'amendment');
    expect(amendments.map((section) => section.clause)).toEqual([
      'Section 31 of Article I of the California Constitution is amended and renumbered to read:',
      'The heading of Article III of the California Constitution is amended to read:',
      'Section 1 of Article III of the California Constitution is amended to read:',
      'Section 1.5 is added to Article III of the California Constitution, to read:',
      'Section 2 of Article III of the California Constitution is repealed.',
      'Section 4 of Article X of the California Constitution is renumbered Section 3 of Article X.',
      'Section 2 of Article X B of the California Constitution is amended and renumbered Section 8 of Article X, to read:',
      'Article XXXV of the California Constitution is repealed.',
      'Article XXXVI is added to the California Constitution, to read:',
    ]);
    expect(document.notation).toBe(
      'This initiative measure expressly amends the California Constitution by amending a section and the heading of an article thereof, amending and renumbering sections thereof, renumbering a section thereof, repealing a section and an article thereof, and adding a section and an article thereto; therefore, existing provisions proposed to be deleted are printed in strikeout type and new provisions proposed to be added are printed in italic type to indicate that they are new.',
    );
  });

  it('prints an added section wholly italic, a repealed one wholly struck, without history notes', () => {
    const document = buildMeasureDocument(parseMeasure(readFixture('all-operations', 'input.measure.md')));
    const restatement = (target: string): Restatement =>
      document.sections.find((section) => section.target === target)!.blocks[0] as Restatement;
    const added = restatement('art-III/sec-1.5');
    expect(added.mode).toBe('inserted');
    expect(added.blocks.flatMap((block) => block.runs).every((run) => run.mark !== 'delete')).toBe(true);
    expect(added.blocks[0]!.runs[0]).toEqual({ text: 'SEC. 1.5.', mark: 'insert' });
    const repealed = restatement('art-III/sec-2');
    expect(repealed.mode).toBe('struck');
    const repealedText = repealed.blocks.flatMap((block) => block.runs.map((run) => run.text)).join('');
    expect(repealedText).toContain('Sacramento is the capital of California.');
    expect(repealedText).not.toContain('Prop. 8');
    const renumbered = document.sections.find((section) => section.target === 'art-X/sec-4')!;
    expect(renumbered.blocks).toEqual([]);
  });

  it('renders Markdown that remark reads back to the same runs, block by block', () => {
    const document = buildMeasureDocument(parseMeasure(readFixture('all-operations', 'input.measure.md')));
    const read = readMarkdownBlocks(renderMeasureMarkdown(document)).map((block) => JSON.stringify(block.runs));
    const written = document.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.type === 'restatement' ? block.blocks : [block])),
    );
    expect(written.length).toBeGreaterThan(10);
    for (const block of written) expect(read).toContain(JSON.stringify(mergeRuns(block.runs)));
  });

  it('keeps a label the official text already carries instead of adding one', () => {
    const source = readExample(EXAMPLE_2017)
      .replace('~~~base\nThe State of California', '~~~base\nSECTION 1. The State of California')
      .replace('~~~proposed\nThe State of California', '~~~proposed\nSECTION 1. The State of California');
    const markdown = renderMeasureMarkdown(buildMeasureDocument(parseMeasure(source)));
    expect(markdown).toContain('amended to read:\n\nSECTION 1. The State of California is ~~an inseparable~~ *a* part');
  });
});
