import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import { buildMeasureDocument } from '../../../src/measure/build-document';
import { changeSetParts } from '../../../src/measure/changeset-parts';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { renderMeasureMarkdown } from '../../../src/measure/render-markdown';
import { renderMeasureText } from '../../../src/measure/render-text';
import { syncAmendments } from '../../../src/measure/sync';
import { expectGolden } from '../../support/golden';
import { EXAMPLE_2016, FIXTURES, MINI_CONSTITUTION, readExample, readFixture } from './fixtures';

const mini = parseConstitution(readFixture(MINI_CONSTITUTION));
const BEFORE_B = '(b) This section shall apply only to action taken after its effective date.';
/** Two whole subdivisions added to Article I, Section 31, nothing else changed. */
const edited = parseConstitution(
  mini.source.replace(
    BEFORE_B,
    `${BEFORE_B}\n\n(c) Nothing in this section prohibits bona fide qualifications.\n\n(d) This section is self-executing.`,
  ),
);
const withoutBlocks = `${readExample(EXAMPLE_2016)
  .replace(/## Repeal[^]*$/, '')
  .trimEnd()}\n`;

describe('changeSetParts: subdivisions added to a section', () => {
  it('makes one amend block restating the whole section, however many subdivisions were added', () => {
    const changes = semanticDiff(mini, edited);
    expect(changes.ops.map((op) => `${op.op} ${op.kind} ${op.target}`)).toEqual([
      'add subdivision art-I/sec-31/c',
      'add subdivision art-I/sec-31/d',
    ]);
    const { specs, messages } = changeSetParts(changes, mini, edited);
    expect(messages).toEqual([]);
    expect(specs).toHaveLength(1);
    expect(specs[0]).toMatchObject({ op: 'amend', target: 'art-I/sec-31' });
    expect(specs[0]?.proposed).toContain('(d) This section is self-executing.');
    expect(specs[0]?.base).not.toContain('(c)');
  });

  // The goldens were written by the code before subdivision adds existed (when this change was an
  // amend op): the measure must read exactly as it did.
  it('writes the measure text byte for byte as before (golden)', () => {
    const synced = syncAmendments(withoutBlocks, mini, edited);
    const document = buildMeasureDocument(parseMeasure(synced));
    expectGolden(resolve(FIXTURES, 'documents', 'subdivision-added.measure.md'), synced);
    expectGolden(resolve(FIXTURES, 'documents', 'subdivision-added.txt'), renderMeasureText(document));
    expectGolden(resolve(FIXTURES, 'documents', 'subdivision-added.md'), renderMeasureMarkdown(document));
  });
});

describe('changeSetParts: text before the first article', () => {
  // Found by the pipeline fuzz: with no preamble in the base, text added under the title lands in the
  // title/front-matter unit, which no block can express; it must be reported, never dropped silently.
  it('warns that the measure does not include it', () => {
    const withPreamble = parseConstitution(
      mini.source.replace(
        '## Article 1',
        'We, the People of the State of California, do establish this Constitution.\n\n## Article 1',
      ),
    );
    const { specs, messages } = changeSetParts(semanticDiff(mini, withPreamble), mini, withPreamble);
    expect(specs).toEqual([]);
    expect(messages.map((message) => message.ruleId)).toEqual(['unsupported-change']);
    expect(messages[0]?.message).toContain('before the first article');
  });
});
