/**
 * Cross-references to provisions a measure repeals or renumbers: in its proposed text, in the list and
 * long citation forms, and (with an edition) in the provisions of the edition it leaves in place.
 */
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { lintMeasure, type LintMessage } from '../../../src/measure/lint';
import { officialText } from '../../../src/measure/official-text';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { readConstitution2011 } from '../../support/constitution-2011';
import { MINI_CONSTITUTION, measureHead, readFixture } from './fixtures';

const HEAD = measureHead();

const mini = parseConstitution(readFixture(MINI_CONSTITUTION));
const edition2011 = parseConstitution(readConstitution2011());

function dangling(body: string, base = mini): string[] {
  return lintMeasure(parseMeasure(HEAD + body, { path: 't.measure.md' }), base)
    .filter((message: LintMessage) => message.ruleId === 'dangling-reference')
    .map((message) => `${message.line}:${message.column} ${message.message}`);
}

const REPEAL_III_2 = `## Repeal Article III, Section 2

~~~base
The boundaries of the State are those stated in the
Constitution of 1849 as modified pursuant to statute.  Sacramento is
the capital of California.

(Sec. 2 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)
~~~
`;

describe('lint: references to repealed or renumbered provisions', () => {
  it('flags the long and list forms in proposed text, not only "Section 2 of Article III"', () => {
    const body = `
${REPEAL_III_2}
## Amend Article III, Section 3

~~~base
The powers of state government are legislative, executive,
and judicial.
~~~

~~~proposed
The powers of state government are legislative, executive,
and judicial, as Article III, Section 2 and Sections 1 and 2 of Article III provide.
~~~
`;
    expect(dangling(body)).toEqual([
      '30:18 "Article III, Section 2" points at a provision that no longer exists: Article III, Section 2 is repealed by this measure',
      '30:45 "Sections 1 and 2 of Article III" points at a provision that no longer exists: Article III, Section 2 is repealed by this measure',
    ]);
  });

  it('with an edition, flags provisions the measure leaves in place that cite what it repeals, at the repeal', () => {
    const edition = parseConstitution(
      readFixture(MINI_CONSTITUTION).replace(
        'The use of water is a public use.',
        'The use of water is a public use within the boundaries set by Section 2 of Article III.',
      ),
    );
    expect(dangling(`\n${REPEAL_III_2}`, edition)).toEqual([
      '11:1 Article X, Section 5 still cites Article III, Section 2 ("Section 2 of Article III"), which this measure repeals',
    ]);
    // Without an edition there is nothing to scan but the measure.
    expect(
      lintMeasure(parseMeasure(`${HEAD}\n${REPEAL_III_2}`)).filter((m) => m.ruleId === 'dangling-reference'),
    ).toEqual([]);
  });

  it('does not flag a citing section the measure itself amends or repeals (its new text is checked instead)', () => {
    const edition = parseConstitution(
      readFixture(MINI_CONSTITUTION).replace(
        'and judicial.',
        'and judicial, within the boundaries set by Section 2 of this article.',
      ),
    );
    const body = `
${REPEAL_III_2}
## Amend Article III, Section 3

~~~base
The powers of state government are legislative, executive,
and judicial, within the boundaries set by Section 2 of this article.
~~~

~~~proposed
The powers of state government are legislative, executive,
and judicial.
~~~
`;
    expect(dangling(body, edition)).toEqual([]);
  });

  it('on the 2011 edition: repealing Article III, Section 4 names Article IV, Section 12(h), which cites it', () => {
    const base = officialText(edition2011, 'repeal', 'art-III/sec-4')!;
    expect(dangling(`\n## Repeal Article III, Section 4\n\n~~~base\n${base}\n~~~\n`, edition2011)).toEqual([
      '11:1 Article IV, Section 12, subdivision (h) still cites Article III, Section 4 ("Sections 4 and 8 of Article III"), which this measure repeals',
    ]);
  });

  it('on the 2011 edition: renumbering Article XIII A, Section 4 names the provision that cites it as "Article XIIIA"', () => {
    const base = officialText(edition2011, 'renumber', 'art-XIIIA/sec-4')!;
    const body = `\n## Renumber Article XIII A, Section 4 to Article XIII A, Section 4.5\n\n~~~base\n${base}\n~~~\n`;
    expect(dangling(body, edition2011)).toEqual([
      '11:1 Article XIII D, Section 3, subdivision (2) still cites Article XIII A, Section 4 ("Section 4 of Article XIIIA"), which this measure renumbers Article XIII A, Section 4.5',
    ]);
  });
});
