import { describe, expect, it } from 'vitest';
import { lintMeasure, type LintMessage } from '../../../src/measure/lint';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { TEMPLATE_PLACEHOLDERS, TEMPLATE_PLACEHOLDER_TEXTS } from '../../../src/measure/skeleton';
import { newMeasureSource } from '../../../src/node/measure-template';

const EDITION = { id: 'measure-test-edition', sha256: 'ab'.repeat(32) };

function placeholderMessages(source: string): LintMessage[] {
  return lintMeasure(parseMeasure(source, { path: 'new.measure.md' })).filter(
    (message) => message.ruleId === 'template-placeholder',
  );
}

function template(): string {
  return newMeasureSource({ title: 'California Unity Act', kind: 'statute', edition: EDITION, date: '2017-04-14' });
}

/** 1-based line of the first occurrence of `text` in `source`. */
function lineOf(source: string, text: string): number {
  return source.slice(0, source.indexOf(text)).split('\n').length;
}

describe('lint: template prompts left in the measure', () => {
  it('flags each prompt of the app’s new-measure template as an error at its line and column', () => {
    const source = template();
    for (const prompt of TEMPLATE_PLACEHOLDER_TEXTS) expect(source).toContain(prompt);
    expect(
      placeholderMessages(source).map(({ severity, line, column, message }) => [severity, line, column, message]),
    ).toEqual([
      [
        'error',
        lineOf(source, TEMPLATE_PLACEHOLDERS.finding),
        5,
        'template text left in the measure: “[State the first finding.]”',
      ],
      [
        'error',
        lineOf(source, TEMPLATE_PLACEHOLDERS.purpose),
        1,
        'template text left in the measure: “[State the purpose of this measure.]”',
      ],
    ]);
  });

  it('is quiet once the drafter has written the text; the template’s title agrees with its Title section', () => {
    const written = template()
      .replace(TEMPLATE_PLACEHOLDERS.finding, 'The State is strong.')
      .replace(TEMPLATE_PLACEHOLDERS.purpose, 'The purpose is unity.');
    const messages = lintMeasure(parseMeasure(written));
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(messages.filter((message) => message.ruleId === 'title-mismatch')).toEqual([]);
  });

  it('finds a prompt rewrapped over two lines, and every copy of it', () => {
    const source = `${template()}\n## Other\n\n[State the\nfirst finding.] and again [State the first finding.]\n`;
    // The template's two prompts, then the two copies added here.
    const left = (prompt: string): string => `template text left in the measure: “${prompt}”`;
    const { finding, purpose } = TEMPLATE_PLACEHOLDERS;
    expect(placeholderMessages(source).map((message) => message.message)).toEqual(
      [finding, purpose, finding, finding].map(left),
    );
  });

  it('leaves other bracketed text alone', () => {
    const source = template()
      .replace(TEMPLATE_PLACEHOLDERS.finding, 'The voters approved [Section 5 of Article II] in 1911.')
      .replace(TEMPLATE_PLACEHOLDERS.purpose, '[State the purpose.] is not the template’s wording.');
    expect(placeholderMessages(source)).toEqual([]);
  });
});
