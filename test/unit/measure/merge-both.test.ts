import { describe, expect, it } from 'vitest';
import { bothReadsAsText, clashInsideQuotation, clashIsWholeSentences } from '../../../src/measure/merge-both';
import { mergeText } from '../../../src/measure/merge-text';

/** The clashes of a three-way text merge, and whether "both" is offered for a section of `role`. */
function offered(parent: string, ours: string, theirs: string, role?: 'title' | 'findings'): boolean {
  const merged = mergeText(parent, ours, theirs);
  expect(merged.conflicts).toBeGreaterThan(0);
  return bothReadsAsText(parent, merged.clashes, role);
}

describe('bothReadsAsText', () => {
  const TITLE = (name: string): string => `This measure shall be known and may be cited as the “${name}”.`;

  it('refuses both inside a curly-quoted name, in any role', () => {
    const args = [
      TITLE('California Independence Act'),
      TITLE('California Freedom Act'),
      TITLE('California Nationhood Act'),
    ] as const;
    expect(offered(...args, 'title')).toBe(false);
    expect(offered(...args, 'findings')).toBe(false);
    expect(offered(...args)).toBe(false);
  });

  it('refuses both inside a straight-quoted name', () => {
    expect(
      offered('cited as the "Unity Act" here.', 'cited as the "Freedom Act" here.', 'cited as the "Peace Act" here.'),
    ).toBe(false);
  });

  it('refuses both when a side splits a quotation', () => {
    const clash = { start: 0, end: 3, ours: 'the “Freedom', theirs: 'the' };
    expect(clashInsideQuotation('the Act', clash)).toBe(true);
  });

  it('refuses both for a clash inside one sentence of a Title section, without quotes', () => {
    const parent = 'This measure shall be known as the Unity Act.';
    expect(offered(parent, parent.replace('Unity', 'Freedom'), parent.replace('Unity', 'Peace'), 'title')).toBe(false);
  });

  it('keeps both for words outside quotations in other sections (the drafter edits the result)', () => {
    const parent = 'The people find that the State is strong.';
    expect(offered(parent, parent.replace('strong', 'great'), parent.replace('strong', 'free'), 'findings')).toBe(true);
  });

  it('keeps both for whole findings added at one place, quoted names inside them included', () => {
    const parent = '(a) The people find.';
    const ours = `${parent}\n\n(b) The “Unity Act” failed.`;
    const theirs = `${parent}\n\n(b) The “Peace Act” failed.`;
    expect(offered(parent, ours, theirs, 'findings')).toBe(true);
  });

  it('keeps both for whole sentences added to a Title section', () => {
    const parent = 'This measure shall be known as the “Unity Act”.';
    expect(offered(parent, `${parent} It takes effect at once.`, `${parent} It is severable.`, 'title')).toBe(true);
  });
});

describe('clashIsWholeSentences', () => {
  it('needs a sentence start before the clash and a sentence end on each side', () => {
    const parent = 'One. Two.';
    expect(clashIsWholeSentences(parent, { start: 5, end: 9, ours: 'Three.', theirs: 'Four.' })).toBe(true);
    expect(clashIsWholeSentences(parent, { start: 5, end: 9, ours: 'Three', theirs: 'Four.' })).toBe(false);
    expect(clashIsWholeSentences(parent, { start: 6, end: 9, ours: 'wo.', theirs: 'oo.' })).toBe(false);
    expect(clashIsWholeSentences(parent, { start: 0, end: 4, ours: '', theirs: 'Zero.' })).toBe(true);
  });
});
