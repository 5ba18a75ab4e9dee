/**
 * The importer: golden outputs for leginfo plain text and Markdown layouts, no word lost (word
 * multiset in == out, minus the listed navigation text and heading rewrites), the real 2011 text
 * imported to the same structure, and idempotence on canonical input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionBodySha256, importConstitution, type ImportResult } from '../../../src/constitution/import/index';
import { mapPosition } from '../../../src/constitution/import/line-map';
import { escapeParagraphLine } from '../../../src/constitution/import/markdown-escape';
import { parseConstitution } from '../../../src/constitution/parse';
import { findFrontMatter } from '../../../src/constitution/scan/front-matter';
import { sha256OfText } from '../../../src/shared/sha256';
import { readConstitution2011 } from '../../support/constitution-2011';
import { expectGolden } from '../../support/golden';
import { invariantProblems } from './helpers/invariants';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const OPTIONS = { edition: '2024-01-01', source: 'https://leginfo.legislature.ca.gov/ (test fixture)' };

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function add(into: Map<string, number>, text: string, sign: 1 | -1): void {
  for (const [word, count] of words(text)) into.set(word, (into.get(word) ?? 0) + sign * count);
}

/**
 * Words of the input body (an old front matter is replaced), minus what was deliberately removed
 * outside headings (navigation labels) and the heading lines rewritten, plus their rewrites.
 */
function expectedWords(input: string, result: ImportResult): Map<string, number> {
  const range = findFrontMatter(input, 0);
  const counts = words(range === undefined ? input : input.slice(range.bodyStart));
  const outsideHeadings = result.removed.filter(
    (text) => !result.rewrites.some((rewrite) => rewrite.from.includes(text)),
  );
  for (const removed of outsideHeadings) add(counts, removed, -1);
  for (const rewrite of result.rewrites) {
    add(counts, rewrite.from, -1);
    add(counts, rewrite.to, 1);
  }
  return new Map([...counts].filter(([, count]) => count !== 0));
}

function bodyOf(markdown: string): string {
  return markdown.slice(findFrontMatter(markdown, 0)!.bodyStart);
}

function expectNoWordLost(input: string, result: ImportResult): void {
  expect(words(bodyOf(result.markdown))).toEqual(expectedWords(input, result));
}

const cases = readdirSync(FIXTURES).sort();

describe('importConstitution golden fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const file = readdirSync(join(FIXTURES, name)).find((entry) => entry.startsWith('input.'))!;
      const input = readFileSync(join(FIXTURES, name, file), 'utf8');
      const result = importConstitution(input, OPTIONS);
      expectGolden(join(FIXTURES, name, 'expected.md'), result.markdown);
      expectNoWordLost(input, result);
      expect(invariantProblems(result.doc)).toEqual([]);
      expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
      expect(editionBodySha256(result.doc)).toBe(result.doc.frontMatter?.sha256);
      expect(result.doc.frontMatter?.sourceSha256).toBe(sha256OfText(input));
    });
  }
});

describe('importConstitution', () => {
  it('reads leginfo text into articles, sections, subdivisions and history notes', () => {
    const input = readFileSync(join(FIXTURES, 'leginfo-articles/input.txt'), 'utf8');
    const result = importConstitution(input, OPTIONS);
    expect(result.format).toBe('leginfo');
    expect(result.removed).toEqual(['PREAMBLE  [Preamble]', '[SECTION 1 - SEC. 9]', '[SECTION 1 - SEC. 7]']);
    const [article3, article13A] = result.doc.articles;
    expect(article3!.heading.raw).toBe('## Article III (STATE OF CALIFORNIA)');
    expect(article3!.children.map((child) => child.type)).toEqual(['historyNote']);
    expect(article3!.sections.map((section) => section.number)).toEqual(['1', '2', '3', '3.5', '6']);
    expect(article13A!.id).toBe('art-XIIIA');
    const section = article13A!.sections[0]!;
    expect(section.children.map((child) => child.id)).toEqual([
      'art-XIIIA/sec-1/a',
      'art-XIIIA/sec-1/b',
      'art-XIIIA/sec-1/h1',
    ]);
    expect(result.doc.preamble?.children).toHaveLength(1);
    expect(result.doc.frontMatter).toMatchObject({
      title: 'Constitution of the State of California',
      jurisdiction: 'California',
      ...OPTIONS,
    });
  });

  it('keeps leginfo text on the section line, tables, list items, and escapes Markdown look-alikes', () => {
    const input = readFileSync(join(FIXTURES, 'leginfo-same-line/input.txt'), 'utf8');
    const result = importConstitution(input, OPTIONS);
    const article = result.doc.articles[0]!;
    expect(article.id).toBe('art-XB');
    expect(article.children.map((child) => child.type)).toEqual(['historyNote']);
    const [, section6, section7] = article.sections;
    expect(section6!.children.map((child) => child.type)).toEqual(['paragraph', 'table', 'historyNote']);
    expect(section7!.children.map((child) => child.id)).toEqual([
      'art-XB/sec-7/p1',
      'art-XB/sec-7/item-1',
      'art-XB/sec-7/item-2',
      'art-XB/sec-7/p2',
      'art-XB/sec-7/p3',
      'art-XB/sec-7/p4',
      'art-XB/sec-7/h1',
    ]);
    expect(result.messages).toEqual([]);
  });

  it('imports the real 2011 Markdown to the same structure without losing a word', () => {
    const input = readConstitution2011();
    const result = importConstitution(input, { edition: '2011-01-01', source: 'california-constitution-2011.md' });
    expect(result.format).toBe('markdown');
    expectNoWordLost(input, result);
    const original = parseConstitution(input);
    expect(result.doc.articles.map((article) => article.id)).toEqual(original.articles.map((article) => article.id));
    expect(result.doc.articles.flatMap((article) => article.sections.map((section) => section.id))).toEqual(
      original.articles.flatMap((article) => article.sections.map((section) => section.id)),
    );
    expect(result.doc.articles[2]!.heading.raw).toBe('## Article III (STATE OF CALIFORNIA)');
    expect(result.rewrites).toHaveLength(31);
    expect(result.removed).toEqual([]);
    expect(invariantProblems(result.doc)).toEqual([]);
  });

  it('is idempotent on canonical input', () => {
    const first = importConstitution(readFileSync(join(FIXTURES, 'leginfo-articles/input.txt'), 'utf8'), OPTIONS);
    const second = importConstitution(first.markdown, OPTIONS);
    expect(second.rewrites).toEqual([]);
    expect(bodyOf(second.markdown)).toBe(bodyOf(first.markdown));
  });

  it('maps every copied line of the output back to its line and column in the input', () => {
    const inputs = [
      ...cases.map((name) => {
        const file = readdirSync(join(FIXTURES, name)).find((entry) => entry.startsWith('input.'))!;
        return readFileSync(join(FIXTURES, name, file), 'utf8');
      }),
      readConstitution2011(),
    ];
    for (const input of inputs) {
      const result = importConstitution(input, OPTIONS);
      const inputLines = input.split('\n');
      const outputLines = result.markdown.split('\n');
      const bodyStart = result.markdown.slice(0, findFrontMatter(result.markdown, 0)!.bodyStart).split('\n').length;
      let checked = 0;
      outputLines.forEach((line, index) => {
        // Headings are rewritten and escaped lines gain a backslash; every other line is copied.
        if (index + 1 < bodyStart || line.trim() === '' || /^#|^\\/.test(line)) return;
        const { line: inputLine, column } = mapPosition(result.lineMap, index + 1, 1);
        expect(inputLines[inputLine - 1]!.slice(column - 1).trimEnd(), `output line ${index + 1}`).toBe(line.trimEnd());
        checked++;
      });
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('reports problems at their line in the input, leginfo text included', () => {
    const leginfo = [
      'CONSTITUTION OF THE STATE OF CALIFORNIA',
      'ARTICLE III  STATE OF CALIFORNIA [SECTION 1 - SEC. 9]',
      '',
      'SECTION 1.  One.',
      '  SECTION 1. Again.',
      '',
    ].join('\n');
    const result = importConstitution(leginfo, { path: 'out.md', inputPath: 'leg.txt' });
    expect(result.messages[0]).toMatchObject({ file: 'out.md', line: 16, ruleId: 'duplicate-section' });
    expect(result.inputMessages).toEqual([
      expect.objectContaining({ file: 'leg.txt', line: 5, column: 3, ruleId: 'duplicate-section' }),
    ]);
    expect(result.inputMessages[0]!.message).toContain('(first at line 4)');
    const markdown = importConstitution('Intro.\n\n## Article 3\n\n### Section 1\n\nOne.\n\n### Section 1\n', {
      inputPath: 'dup.md',
    });
    // The importer adds front matter and a title above the text: line 9 is still line 9.
    expect(markdown.inputMessages.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'dup.md', line: 9, column: 1 },
    ]);
  });

  it('keeps the words around the constitution name in the title (a year is not lost)', () => {
    const result = importConstitution(
      'CONSTITUTION OF THE STATE OF CALIFORNIA 1879\nARTICLE I  DECLARATION OF RIGHTS\n',
    );
    expect(result.doc.title?.raw).toBe('# Constitution of the State of California 1879');
    expect(result.rewrites[0]).toEqual({
      from: '# CONSTITUTION OF THE STATE OF CALIFORNIA 1879',
      to: '# Constitution of the State of California 1879',
    });
    const markdown = importConstitution(
      '# The Constitution of the State of California (as of 1879) #\n\n## Article 1\n',
    );
    expect(markdown.doc.title?.raw).toBe('# The Constitution of the State of California (as of 1879)');
  });

  it('escapes only lines Markdown would read as structure', () => {
    expect(escapeParagraphLine('# 5 is a number')).toBe('\\# 5 is a number');
    expect(escapeParagraphLine('- dash')).toBe('\\- dash');
    expect(escapeParagraphLine('***')).toBe('\\***');
    expect(escapeParagraphLine('[a]: b')).toBe('\\[a]: b');
    expect(escapeParagraphLine('1. "Person" means')).toBe('1. "Person" means');
    expect(escapeParagraphLine('(a) text')).toBe('(a) text');
    expect(escapeParagraphLine('-5 degrees')).toBe('-5 degrees');
  });
});
