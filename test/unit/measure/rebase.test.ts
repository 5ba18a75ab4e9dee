import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { editedConstitution } from '../../../src/measure/apply';
import { lintMeasure } from '../../../src/measure/lint';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { rebaseMeasure } from '../../../src/measure/rebase';
import { resolveConflict } from '../../../src/measure/resolve';
import type { AmendmentPart } from '../../../src/measure/types';
import { sha256OfText } from '../../../src/shared/sha256';
import { EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_BASE, readExample } from './fixtures';

const excerptSource = readExample(EXAMPLE_BASE);
const revised = parseMeasure(readExample(EXAMPLE_2017), { path: EXAMPLE_2017 });

function edition(change: (source: string) => string): ReturnType<typeof parseConstitution> {
  return parseConstitution(
    change(excerptSource).replace('edition: california-constitution-2011-excerpt', 'edition: next-edition'),
  );
}

function amendment(source: string): AmendmentPart {
  return parseMeasure(source).parts.find((part): part is AmendmentPart => part.type === 'amendment')!;
}

describe('rebaseMeasure', () => {
  it('carries unchanged blocks over and records the new edition', () => {
    const next = edition((source) => source);
    const result = rebaseMeasure(revised, next);
    expect([result.carried, result.merged, result.conflicts.length]).toEqual([1, 0, 0]);
    expect(parseMeasure(result.source).meta.base).toEqual({
      edition: 'next-edition',
      sha256: sha256OfText(next.source),
    });
    expect(result.source.replace(/edition: next-edition\n {2}sha256: [0-9a-f]+/, '')).toBe(
      revised.source.replace(/edition: california-constitution-2011-excerpt\n {2}sha256: [0-9a-f]+/, ''),
    );
  });

  it('merges an official change to other words with the measure’s change', () => {
    const next = edition((source) => source.replace('supreme law of the land', 'highest law of the land'));
    const result = rebaseMeasure(revised, next);
    expect([result.carried, result.merged, result.conflicts.length]).toEqual([0, 1, 0]);
    const block = amendment(result.source);
    expect(block.base).toContain('highest law of the land');
    expect(block.proposed).toBe(
      'The State of California is a part of the\nUnited States of America, and the United States Constitution is the\nhighest law of the land.',
    );
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([['rebased', 62]]);
    const applied = editedConstitution(parseMeasure(result.source), next);
    expect(applied.ok && applied.value).toContain(
      'is a part of the\nUnited States of America, and the United States Constitution is the\nhighest law',
    );
  });

  it('records a stale-base conflict when the edition changed the same words, and never strikes unofficial text silently', () => {
    const next = edition((source) => source.replace('an inseparable part', 'an indivisible part'));
    const result = rebaseMeasure(revised, next);
    expect(result.conflicts.map((conflict) => [conflict.kind, conflict.subject, conflict.theirs.who])).toEqual([
      ['stale-base', 'Amend Article III, Section 1', 'edition next-edition'],
    ]);
    expect(amendment(result.source).base).toContain('an inseparable part');
    const rules = lintMeasure(parseMeasure(result.source), next)
      .filter((message) => message.severity === 'error')
      .map((message) => message.ruleId);
    expect(rules).toEqual(['struck-text-mismatch', 'unresolved-conflict']);
    expect(editedConstitution(parseMeasure(result.source), next).ok).toBe(false);
    // Taking the edition's words gives a block whose struck text is the official text.
    const resolved = resolveConflict(result.source, 1, 'theirs');
    expect(resolved.ok && amendment(resolved.value.source).base).toContain('an indivisible part');
    expect(
      resolved.ok && lintMeasure(parseMeasure(resolved.value.source), next).filter((m) => m.severity === 'error'),
    ).toEqual([]);
  });

  it('updates a repeal to the new official text, saying so', () => {
    const repeal = parseMeasure(readExample(EXAMPLE_2016));
    const next = edition((source) => source.replace('supreme law', 'highest law'));
    const result = rebaseMeasure(repeal, next);
    expect(result.merged).toBe(1);
    expect(amendment(result.source).base).toContain('highest law');
    expect(result.messages[0]?.message).toBe(
      'Article III, Section 1 changed in the new edition; the repeal now strikes its new text',
    );
  });

  it('reports a provision the new edition no longer has', () => {
    const next = edition((source) => source.replace('### Section 1', '### Section 2'));
    const result = rebaseMeasure(revised, next);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.theirs.text).toBe('');
    expect(result.messages.map((message) => message.message)).toEqual([
      'Article III, Section 1 no longer exists in the new edition; the block is unchanged and a conflict is recorded',
    ]);
  });

  it('takes the edition’s exact spacing when only line wrapping differs', () => {
    const next = edition((source) => source.replace('part of the\nUnited States', 'part of the United States'));
    const result = rebaseMeasure(revised, next);
    expect(result.carried).toBe(1);
    expect(amendment(result.source).base).toContain('part of the United States of America');
  });
});
