import { describe, expect, it } from 'vitest';
import { amendingClause, clauseRestates } from '../../../src/measure/clauses';
import { parseCitationText, type TargetRef } from '../../../src/measure/target';

function cite(text: string): TargetRef {
  const target = parseCitationText(text);
  if (target === undefined) throw new Error(`bad citation ${text}`);
  return target;
}

describe('amendingClause (drafting-conventions.md, string for string)', () => {
  it('amend', () => {
    expect(amendingClause({ op: 'amend', target: cite('Article III, Section 1') })).toBe(
      'Section 1 of Article III of the California Constitution is amended to read:',
    );
  });
  it('add a section', () => {
    expect(amendingClause({ op: 'add', target: cite('Article III, Section 1.5') })).toBe(
      'Section 1.5 is added to Article III of the California Constitution, to read:',
    );
  });
  it('add an article', () => {
    expect(amendingClause({ op: 'add', target: cite('Article XXXVI') })).toBe(
      'Article XXXVI is added to the California Constitution, to read:',
    );
  });
  it('repeal a section', () => {
    expect(amendingClause({ op: 'repeal', target: cite('Article III, Section 1') })).toBe(
      'Section 1 of Article III of the California Constitution is repealed.',
    );
  });
  it('repeal an article', () => {
    expect(amendingClause({ op: 'repeal', target: cite('Article XXXV') })).toBe(
      'Article XXXV of the California Constitution is repealed.',
    );
  });
  it('renumber without a text change', () => {
    const input = { op: 'renumber', target: cite('Article X, Section 4'), to: cite('Article X, Section 3') } as const;
    expect(amendingClause(input)).toBe(
      'Section 4 of Article X of the California Constitution is renumbered Section 3 of Article X.',
    );
    expect(clauseRestates(input)).toBe(false);
  });
  it('amend and renumber', () => {
    const input = {
      op: 'renumber',
      target: cite('Article X, Section 4'),
      to: cite('Article X, Section 3'),
      textChanged: true,
    } as const;
    expect(amendingClause(input)).toBe(
      'Section 4 of Article X of the California Constitution is amended and renumbered to read:',
    );
    expect(clauseRestates(input)).toBe(true);
  });
  it('move into another article', () => {
    expect(
      amendingClause({ op: 'move', target: cite('Article X B, Section 2'), to: cite('Article X, Section 8') }),
    ).toBe('Section 2 of Article X B of the California Constitution is renumbered Section 8 of Article X.');
  });
  it('amend and move into another article', () => {
    expect(
      amendingClause({
        op: 'move',
        target: cite('Article X B, Section 2'),
        to: cite('Article X, Section 8'),
        textChanged: true,
      }),
    ).toBe(
      'Section 2 of Article X B of the California Constitution is amended and renumbered Section 8 of Article X, to read:',
    );
  });
  it('retitle an article', () => {
    expect(amendingClause({ op: 'retitle', target: cite('Article III') })).toBe(
      'The heading of Article III of the California Constitution is amended to read:',
    );
  });
  it('writes article numbers in Roman numerals with the suffix spaced', () => {
    expect(amendingClause({ op: 'amend', target: cite('Article 13A, Section 1') })).toBe(
      'Section 1 of Article XIII A of the California Constitution is amended to read:',
    );
    expect(amendingClause({ op: 'repeal', target: cite('Art. 10b, Sec. 2') })).toBe(
      'Section 2 of Article X B of the California Constitution is repealed.',
    );
  });
});
