import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { editedConstitution } from '../../../src/measure/apply';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { amendmentSpec } from '../../../src/measure/part-format';
import { syncAmendments, syncAmendmentsWithMessages } from '../../../src/measure/sync';
import type { AmendmentPart } from '../../../src/measure/types';
import { sha256OfText } from '../../../src/shared/sha256';
import { EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_BASE, MINI_CONSTITUTION, readExample, readFixture } from './fixtures';

const mini = parseConstitution(readFixture(MINI_CONSTITUTION));
const excerpt = parseConstitution(readExample(EXAMPLE_BASE));
const allOperations = parseMeasure(readFixture('all-operations', 'input.measure.md'));
const withoutBlocks =
  readExample(EXAMPLE_2016)
    .replace(/## Repeal[^]*$/, '')
    .trimEnd() + '\n';

function applied(measureSource: string, base: ReturnType<typeof parseConstitution>): string {
  const result = editedConstitution(parseMeasure(measureSource), base);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function blocks(source: string): ReturnType<typeof amendmentSpec>[] {
  return parseMeasure(source)
    .parts.filter((part): part is AmendmentPart => part.type === 'amendment')
    .map(amendmentSpec);
}

describe('syncAmendments', () => {
  const edited = parseConstitution(applied(allOperations.source, mini));

  it('writes one block per change, in constitution order, with the exact texts', () => {
    const synced = syncAmendments(withoutBlocks, mini, edited);
    expect(blocks(synced)).toEqual([...blocks(allOperations.source)].sort((a, b) => order(a.target) - order(b.target)));
    // The uncodified sections are untouched, byte for byte.
    const firstBlock = synced.indexOf('\n## Renumber');
    expect(synced.slice(0, firstBlock)).toBe(
      withoutBlocks
        .trimEnd()
        .replace(
          /edition: california-constitution-2011-excerpt\n {2}sha256: [0-9a-f]+/,
          `edition: measure-test-edition\n  sha256: ${sha256OfText(mini.source)}`,
        ),
    );
    // And the blocks rebuild the edited constitution exactly.
    expect(applied(synced, mini)).toBe(edited.source);
  });

  it('replaces the 2016 repeal with the 2017 amendment, leaving the rest byte-identical', () => {
    const amendedEdition = parseConstitution(applied(readExample(EXAMPLE_2017), excerpt));
    const repeal = readExample(EXAMPLE_2016);
    const synced = syncAmendments(repeal, excerpt, amendedEdition);
    expect(synced.slice(0, synced.indexOf('## Amend'))).toBe(repeal.slice(0, repeal.indexOf('## Repeal')));
    expect(blocks(synced)).toEqual(blocks(readExample(EXAMPLE_2017)));
  });

  it('is idempotent and removes blocks whose change was undone', () => {
    const once = syncAmendments(withoutBlocks, mini, edited);
    expect(syncAmendments(once, mini, edited)).toBe(once);
    const undone = syncAmendments(once, mini, mini);
    expect(blocks(undone)).toEqual([]);
    expect(undone).toBe(
      withoutBlocks.replace(
        /edition: california-constitution-2011-excerpt\n {2}sha256: [0-9a-f]+/,
        `edition: measure-test-edition\n  sha256: ${sha256OfText(mini.source)}`,
      ),
    );
  });

  it('says which changes a block cannot express', () => {
    const preambleBase = parseConstitution(
      `# Constitution\n\nWe, the People, do establish this Constitution.\n\n${mini.source.slice(mini.source.indexOf('## Article 1'))}`,
    );
    const preambleEdited = parseConstitution(
      preambleBase.source.replace('We, the People,', 'We, the People of California,'),
    );
    const result = syncAmendmentsWithMessages(withoutBlocks, preambleBase, preambleEdited);
    expect(result.messages.map((message) => message.ruleId)).toEqual(['unsupported-change']);
    expect(blocks(result.source)).toEqual([]);
  });

  it('writes no block for a provision whose number the base holds twice, and says so (sync stays idempotent)', () => {
    // Found by the pipeline fuzz: the repeal of the second "Article 1" (id art-I~2) was written as the
    // unreadable heading "## repeal art-I~2", and every later sync added another copy.
    const base = parseConstitution('## Article 1\n\nFirst.\n\n## Article 1\n\nSecond.\n');
    const edited = parseConstitution('## Article 1\n\nFirst.\n');
    const once = syncAmendmentsWithMessages(withoutBlocks, base, edited);
    expect(once.messages.map((message) => message.message)).toEqual([
      expect.stringContaining('a change to a provision whose number appears twice in the text'),
    ]);
    expect(blocks(once.source)).toEqual([]);
    expect(parseMeasure(once.source).messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(syncAmendments(once.source, base, edited)).toBe(once.source);
  });

  it('keeps the blocks as they were while the edited text has errors (a renumber typed one key at a time)', () => {
    // Article III, Section 2 → 1.5, typed key by key: "1" first makes two Sections 1 (an error).
    const source = readFixture(MINI_CONSTITUTION);
    const typed = (number: string): ReturnType<typeof parseConstitution> =>
      parseConstitution(source.replace('### Section 2\n\nThe boundaries', `### Section ${number}\n\nThe boundaries`));
    const midway = typed('1');
    expect(midway.messages.some((message) => message.severity === 'error')).toBe(true);
    const first = syncAmendmentsWithMessages(withoutBlocks, mini, midway);
    expect(first.source).toBe(withoutBlocks);
    expect(first.messages[0]!.message).toContain(
      "the measure's amendment parts are kept as they were until this is fixed",
    );
    const done = syncAmendmentsWithMessages(first.source, mini, typed('1.5'));
    expect(done.messages).toEqual([]);
    expect(parseMeasure(done.source).messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(blocks(done.source).map((spec) => spec.target)).toEqual(['art-III/sec-2']);
    expect(applied(done.source, mini)).toBe(typed('1.5').source);
  });

  it('round-trips: the synced blocks rebuild any word-level edit of the edition (property)', () => {
    const words = mini.source.slice(mini.source.indexOf('## Article 1')).split(/(\s+)/);
    const editable = words.map((word, index) => (/^[a-z]{3,}$/.test(word) ? index : -1)).filter((index) => index >= 0);
    const head = mini.source.slice(0, mini.source.indexOf('## Article 1'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...editable), fc.constantFrom('people', 'shall', 'not', '')), {
          minLength: 1,
          maxLength: 6,
        }),
        (changes) => {
          const changed = [...words];
          for (const [index, replacement] of changes) changed[index] = replacement;
          const editedSource = head + changed.join('');
          const synced = syncAmendments(withoutBlocks, mini, parseConstitution(editedSource));
          expect(applied(synced, mini)).toBe(editedSource);
        },
      ),
      { numRuns: 150 },
    );
  });
});

function order(target: string): number {
  return [
    'art-I/sec-31',
    'art-III',
    'art-III/sec-1',
    'art-III/sec-1.5',
    'art-III/sec-2',
    'art-X/sec-4',
    'art-XB/sec-2',
    'art-XXXV',
    'art-XXXVI',
  ].indexOf(target);
}
