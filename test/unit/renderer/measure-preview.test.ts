import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../renderer/model/measure-preview';

const SOURCE = readFileSync(
  join(import.meta.dirname, '../../../resources/examples/calexit-2017-revised.measure.md'),
  'utf8',
);

function issueAt(line: number) {
  return issuesOf(SOURCE, [
    { severity: 'warning', ruleId: 'test-rule', message: 'a problem', line, column: 1, hint: '' },
  ])[0]!;
}

describe('where a check is placed', () => {
  it('names the line once for a problem outside every part (the front matter)', () => {
    expect(issueAt(3).where).toBe('line 3');
  });
  it("names the part's heading and the line inside a part", () => {
    const lines = SOURCE.split('\n');
    const heading = lines.findIndex((text) => /^## /.test(text)) + 1;
    const issue = issueAt(heading + 2);
    expect(issue.where).toMatch(new RegExp(`^\\S.* \\(line ${heading + 2}\\)$`));
    expect(issue.where).not.toMatch(/^line /);
  });
});
