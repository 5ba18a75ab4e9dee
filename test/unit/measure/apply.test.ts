import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexById } from '../../../src/constitution/locate';
import { parseConstitution } from '../../../src/constitution/parse';
import { sectionBody } from '../../../src/constitution/text';
import { editedConstitution } from '../../../src/measure/apply';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { expectGolden } from '../../support/golden';
import {
  EXAMPLE_2016,
  EXAMPLE_2017,
  EXAMPLE_BASE,
  FIXTURES,
  MINI_CONSTITUTION,
  readExample,
  readFixture,
} from './fixtures';

const excerpt = parseConstitution(readExample(EXAMPLE_BASE));
const mini = parseConstitution(readFixture(MINI_CONSTITUTION));

function applied(source: string, base = excerpt, path = 'm.measure.md'): string {
  const result = editedConstitution(parseMeasure(source, { path }), base);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('editedConstitution', () => {
  it('applies the 2017 amendment: only the changed words differ', () => {
    const edited = applied(readExample(EXAMPLE_2017));
    expect(edited).toBe(excerpt.source.replace('is an inseparable part of the', 'is a part of the'));
  });

  it('applies the 2016 repeal: the section is gone, the article stays', () => {
    const edited = parseConstitution(applied(readExample(EXAMPLE_2016)));
    expect(edited.messages).toEqual([]);
    expect([...indexById(edited).keys()]).toEqual(['art-III']);
    expect(edited.source.endsWith('## Article 3 (STATE OF CALIFORNIA)\n')).toBe(true);
  });

  it('applies every operation (golden) and the result parses cleanly', () => {
    const edited = applied(readFixture('all-operations', 'input.measure.md'), mini);
    expectGolden(resolve(FIXTURES, 'all-operations', 'edited-constitution.md'), edited);
    const doc = parseConstitution(edited);
    expect(doc.messages).toEqual([]);
    const provisions = [...indexById(doc).values()]
      .filter((node) => node.type !== 'subdivision')
      .map((node) => node.id);
    expect(provisions).toEqual([
      'art-I',
      'art-I/sec-32',
      'art-III',
      'art-III/sec-1',
      'art-III/sec-1.5',
      'art-III/sec-3',
      'art-X',
      'art-X/sec-3',
      'art-X/sec-5',
      'art-X/sec-8',
      'art-XB',
      'art-XXXVI',
      'art-XXXVI/sec-1',
      'art-XXXVI/sec-2',
    ]);
    const section8 = indexById(doc).get('art-X/sec-8');
    expect(section8?.type === 'section' && sectionBody(doc, section8).trim()).toBe(
      'The Legislature shall protect marine resources.',
    );
    expect(doc.articles.find((article) => article.id === 'art-III')?.title).toBe('THE STATE OF CALIFORNIA');
  });

  it('refuses a stale base text, naming the file and the block line', () => {
    const stale = readExample(EXAMPLE_2017).replace(
      '~~~base\nThe State of California is an inseparable',
      '~~~base\nThe State of California is an indivisible',
    );
    const result = editedConstitution(parseMeasure(stale, { path: 'stale.measure.md' }), excerpt);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'stale-base', file: 'stale.measure.md', line: 62, column: 1 });
    expect(result.error.message).toBe(
      'Amend Article III, Section 1: the "base" text does not match Article III, Section 1 of the edition word for word',
    );
  });

  it('accepts a base text that differs only in line wrapping', () => {
    const rewrapped = readExample(EXAMPLE_2017).replace(
      '~~~base\nThe State of California is an inseparable part of the\nUnited States',
      '~~~base\nThe State of California is an inseparable part of the United States',
    );
    expect(applied(rewrapped)).toContain('is a part of the\nUnited States');
  });

  it('refuses to add a section that exists or to touch a provision the edition lacks', () => {
    const head = readExample(EXAMPLE_2017).replace(/## Amend[^]*$/, '');
    const addExisting = editedConstitution(
      parseMeasure(`${head}## Add Article III, Section 1\n\n~~~proposed\nx\n~~~\n`),
      excerpt,
    );
    expect(!addExisting.ok && addExisting.error.message).toBe(
      'Add Article III, Section 1: Article III, Section 1 already exists in the edition',
    );
    const missing = editedConstitution(
      parseMeasure(`${head}## Repeal Article III, Section 9\n\n~~~base\nx\n~~~\n`),
      excerpt,
    );
    expect(!missing.ok && missing.error.message).toBe(
      'Repeal Article III, Section 9: Article III, Section 9 does not exist in the edition',
    );
    const noArticle = editedConstitution(
      parseMeasure(`${head}## Add Article IV, Section 1\n\n~~~proposed\nx\n~~~\n`),
      excerpt,
    );
    expect(!noArticle.ok && noArticle.error.message).toBe(
      'Add Article IV, Section 1: Article IV does not exist in the edition',
    );
  });

  it('keeps CRLF editions CRLF', () => {
    const crlf = parseConstitution(excerpt.source.replace(/\n/g, '\r\n'));
    const edited = applied(
      readExample(EXAMPLE_2017).replace(
        '## Amend',
        '## Add Article III, Section 2\n\n~~~proposed\nNew.\n~~~\n\n## Amend',
      ),
      crlf,
    );
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
    expect(edited).toContain('### Section 2\r\n\r\nNew.');
  });
});
