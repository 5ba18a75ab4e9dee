import { describe, expect, it } from 'vitest';
import { constitutionMonarch } from '../../../renderer/editor/constitution-language';

/** The first rule of a Monarch state whose regex matches `text` at its start, and its token. */
function tokenAt(state: string, text: string): string | undefined {
  const rules = constitutionMonarch.tokenizer[state] ?? [];
  for (const rule of rules) {
    if (!Array.isArray(rule)) continue;
    const [pattern, action] = rule as [RegExp, string | { token: string }];
    const match = pattern.exec(text);
    if (match?.index === 0) return typeof action === 'string' ? action : action.token;
  }
  return undefined;
}

describe('the constitution Monarch language', () => {
  it('tells article and section headings, subdivision labels and history notes apart', () => {
    expect(tokenAt('root', '## Article 3 (STATE OF CALIFORNIA)')).toBe('keyword.article');
    expect(tokenAt('root', '## Article XIII A (TAX LIMITATION)')).toBe('keyword.article');
    expect(tokenAt('root', '### Section 7.5')).toBe('keyword.section');
    expect(tokenAt('root', '(b) (1) The people have the right')).toBe('number.subdivision');
    expect(tokenAt('root', '(Sec. 1 added Nov. 5, 1974, by Prop. 8.)')).toBe('comment.history');
    expect(tokenAt('root', '# Constitution of the State of California')).toBe('keyword.title');
    expect(tokenAt('root', '---')).toBe('comment.frontmatter');
  });
  it('leaves ordinary prose and parenthetical words alone', () => {
    expect(tokenAt('root', 'The State of California is an inseparable part')).toBe('');
    expect(tokenAt('root', '(other than a charter city)')).not.toBe('number.subdivision');
  });
  it('colours dollar amounts as one token', () => {
    const rules = constitutionMonarch.tokenizer['root']!;
    const amount = rules.find((rule) => Array.isArray(rule) && rule[1] === 'number.amount') as [RegExp, string];
    expect(amount[0].exec('$35,000,000 in bonds')?.[0]).toBe('$35,000,000');
  });
});
