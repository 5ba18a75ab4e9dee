import { describe, expect, it } from 'vitest';
import { importConstitution } from '../../../src/constitution/import/index';
import { parseConstitution } from '../../../src/constitution/parse';
import { sha256OfText } from '../../../src/shared/sha256';
import { lintMeasure, type LintMessage } from '../../../src/measure/lint';
import { mergeMeasures } from '../../../src/measure/merge';
import { parseMeasure } from '../../../src/measure/parse-measure';
import {
  EXAMPLE_2016,
  EXAMPLE_2017,
  EXAMPLE_BASE,
  EXAMPLE_PARTNER,
  MINI_CONSTITUTION,
  measureHead,
  readExample,
  readFixture,
} from './fixtures';

const excerpt = parseConstitution(readExample(EXAMPLE_BASE));
const mini = parseConstitution(readFixture(MINI_CONSTITUTION));

const HEAD = measureHead();

function rules(messages: readonly LintMessage[], severity?: LintMessage['severity']): string[] {
  return messages
    .filter((message) => severity === undefined || message.severity === severity)
    .map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

function lint(body: string, base = mini): LintMessage[] {
  return lintMeasure(parseMeasure(HEAD + body, { path: 't.measure.md' }), base);
}

const SECTION_1 =
  'The State of California is an inseparable part of the\nUnited States of America, and the United States Constitution is the\nsupreme law of the land.';

describe('lintMeasure', () => {
  it('passes the shipped examples against the excerpt edition (only informative notes)', () => {
    for (const name of [EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_PARTNER]) {
      const messages = lintMeasure(parseMeasure(readExample(name), { path: name }), excerpt);
      expect(rules(messages, 'error'), name).toEqual([]);
      expect(rules(messages, 'warning'), name).toEqual([]);
      expect(messages.map((message) => message.ruleId).sort()).toEqual(['revision-scope', 'unknown-key']);
    }
  });

  it('gives every message a file, line, column, rule and hint', () => {
    const messages = lintMeasure(
      parseMeasure(readFixture('all-operations', 'input.measure.md'), { path: 'a.measure.md' }),
      mini,
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatchObject({ file: 'a.measure.md' });
      expect(message.line).toBeGreaterThan(0);
      expect(message.column).toBeGreaterThan(0);
      expect(message.hint.length).toBeGreaterThan(10);
    }
  });

  it('checks struck text word for word and points at the first different word', () => {
    const body = `\n## Amend Article III, Section 1\n\n~~~base\n${SECTION_1.replace('supreme law', 'highest law')}\n~~~\n\n~~~proposed\n${SECTION_1}\n~~~\n`;
    const mismatch = lint(body).find((message) => message.ruleId === 'struck-text-mismatch');
    expect(mismatch).toMatchObject({ severity: 'error', line: 16, column: 1 });
    expect(mismatch?.message).toBe(
      'the "base" text of "Amend Article III, Section 1" is not the official text word for word: the edition reads “supreme” where the block reads “highest”',
    );
  });

  it('reports missing and existing provisions, and a measure drafted against another edition', () => {
    const body = [
      '## Repeal Article III, Section 9\n\n~~~base\nx\n~~~',
      '## Add Article III, Section 1\n\n~~~proposed\nx\n~~~',
      `## Renumber Article III, Section 3 to Article III, Section 1\n\n~~~base\nThe powers of state government are legislative, executive,\nand judicial.\n~~~`,
    ].join('\n\n');
    expect(rules(lint(`\n${body}\n`))).toEqual(
      expect.arrayContaining(['11:1 base-edition', '11:1 target-missing', '17:1 target-exists', '23:1 target-exists']),
    );
  });

  it('flags cross-references to provisions the measure repeals or renumbers, and missing subdivisions', () => {
    const body = `
## Repeal Article III, Section 2

~~~base
The boundaries of the State are those stated in the
Constitution of 1849 as modified pursuant to statute.  Sacramento is
the capital of California.

(Sec. 2 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)
~~~

## Renumber Article X, Section 4 to Article X, Section 3

~~~base
No individual may exclude the right of way to navigable water.
~~~

## Amend Article III, Section 3

~~~base
The powers of state government are legislative, executive,
and judicial.
~~~

~~~proposed
(a) The powers of state government are legislative, executive,
and judicial, within the boundaries set by Section 2 of this article.

(b) Section 4 of Article X and subdivision (c) apply.
~~~
`;
    const found = lint(body).filter((message) => message.ruleId === 'dangling-reference');
    expect(found.map((message) => [message.line, message.column, message.message])).toEqual([
      [
        36,
        44,
        '"Section 2 of this article" points at a provision that no longer exists: Article III, Section 2 is repealed by this measure',
      ],
      [
        38,
        5,
        '"Section 4 of Article X" points at a provision that no longer exists: Article X, Section 4 is renumbered Article X, Section 3 by this measure',
      ],
      [38, 32, '"subdivision (c)" points at a subdivision this section does not have'],
    ]);
  });

  it('reports unresolved conflicts left by a merge, with both authors', () => {
    const merged = mergeMeasures(
      parseMeasure(readExample(EXAMPLE_2016)),
      parseMeasure(readExample(EXAMPLE_2017)),
      parseMeasure(readExample(EXAMPLE_PARTNER)),
    );
    const conflicts = lintMeasure(parseMeasure(merged.source), excerpt).filter(
      (message) => message.ruleId === 'unresolved-conflict',
    );
    expect(conflicts.map((message) => message.message)).toEqual([
      'unresolved metadata conflict 1 on "front matter: title" (ours: Rev. 2 by Jordan Sample; theirs: Rev. 2b by Riley Placeholder)',
      'unresolved same-words conflict 2 on "Title" (ours: Rev. 2 by Jordan Sample; theirs: Rev. 2b by Riley Placeholder)',
    ]);
    expect(conflicts.every((message) => message.severity === 'error')).toBe(true);
    // Neither title conflict offers "both" (a front matter title; a clash inside the quoted name).
    expect(conflicts.map((message) => message.hint)).toEqual([
      'Keep ours or theirs (amend merge / the Compare view), or edit the part by hand and delete this "## Conflict" part.',
      'Keep ours or theirs (amend merge / the Compare view), or edit the part by hand and delete this "## Conflict" part.',
    ]);
  });

  it('names "both" in the conflict hint only where the record offers it', () => {
    const findings = (text: string): string => `${HEAD}\n## Findings and Declarations\n\n(a) The people find.${text}\n`;
    const merged = mergeMeasures(
      parseMeasure(findings('')),
      parseMeasure(findings('\n\n(b) Ours.')),
      parseMeasure(findings('\n\n(b) Theirs.')),
    );
    const hints = lintMeasure(parseMeasure(merged.source))
      .filter((message) => message.ruleId === 'unresolved-conflict')
      .map((message) => message.hint);
    expect(hints).toEqual([
      'Keep ours, theirs or both (amend merge / the Compare view), or edit the part by hand and delete this "## Conflict" part.',
    ]);
  });

  it('checks labels, article headings, numbering collisions and changes that change nothing', () => {
    const body = [
      `## Amend Article III, Section 1\n\n~~~base\n${SECTION_1}\n~~~\n\n~~~proposed\n${SECTION_1.replace(/\n/g, ' ')}\n~~~`,
      '## Add Article III, Section 1.5\n\n~~~proposed\nSEC. 2. Text.\n~~~',
      '## Move Article X, Section 4 to Article III, Section 1.5\n\n~~~base\nNo individual may exclude the right of way to navigable water.\n~~~',
      '## Add Article XXXVI\n\n~~~proposed\n## Article 37 (WRONG)\n\n### Section 1\n\nText.\n~~~',
      '## Repeal Article XXXV\n\n~~~base\n## Article 35 (MEDICAL RESEARCH)\n\n### Section 1\n\nThere is hereby established the California Institute for\nRegenerative Medicine.\n~~~',
    ].join('\n\n');
    expect(
      rules(lint(`\n${body}\n`)).filter(
        (rule) => !rule.endsWith('base-edition') && !rule.endsWith('scope') && !rule.endsWith('breadth'),
      ),
    ).toEqual(['11:1 no-change', '26:1 label-mismatch', '29:1 numbering-collision', '35:1 article-heading']);
  });

  it('checks the measure kind and typed section numbers', () => {
    expect(rules(lint('\n## Findings\n\nText.\n'))).toContain('11:1 kind-mismatch');
    const statute = HEAD.replace('constitutional amendment', 'statute');
    const withBlock = lintMeasure(
      parseMeasure(
        `${statute}\n## Repeal Article III, Section 3\n\n~~~base\nThe powers of state government are legislative, executive,\nand judicial.\n~~~\n`,
      ),
    );
    expect(rules(withBlock)).toContain('11:1 kind-mismatch');
    expect(rules(lint('\n## SEC. 2. Findings\n\nText.\n'))).toContain('11:1 section-numbering');
  });

  it('adds informative scope notes, never more than info', () => {
    const messages = lintMeasure(parseMeasure(readFixture('all-operations', 'input.measure.md')), mini);
    const scope = messages.filter(
      (message) => message.ruleId === 'revision-scope' || message.ruleId === 'single-subject-breadth',
    );
    expect(scope.map((message) => [message.severity, message.message])).toEqual([
      ['info', 'this measure changes 6 articles (I, III, X, X B, XXXV, XXXVI)'],
      ['info', 'scope: 6 articles, 9 sections, 94 words changed (56 deleted, 38 inserted)'],
    ]);
    expect(scope.every((message) => message.hint.startsWith('Informative only, not legal advice.'))).toBe(true);
  });

  it('refuses a section put into an article the measure repeals', () => {
    const body = [
      '## Repeal Article XXXV\n\n~~~base\n## Article 35 (MEDICAL RESEARCH)\n\n### Section 1\n\nThere is hereby established the California Institute for\nRegenerative Medicine.\n~~~',
      '## Add Article XXXV, Section 2\n\n~~~proposed\nText.\n~~~',
    ].join('\n\n');
    expect(rules(lint(`\n${body}\n`), 'error')).toEqual(['22:1 into-repealed-article']);
  });
});

describe('lintMeasure: subdivision labels in proposed text', () => {
  const block = (heading: string, base: string | undefined, proposed: string): string =>
    [
      `## ${heading}`,
      '',
      ...(base === undefined ? [] : ['~~~base', base, '~~~', '']),
      '~~~proposed',
      proposed,
      '~~~',
      '',
    ].join('\n');

  it('warns when a struck subdivision leaves a gap, at the stranded label', () => {
    const messages = lintMeasure(
      parseMeasure(
        HEAD + block('Amend Article I, Section 3', '(1) One.\n\n(2) Two.\n\n(3) Three.', '(1) One.\n\n(3) Three.'),
        { path: 't.measure.md' },
      ),
    );
    const gap = messages.filter((message) => message.ruleId === 'subdivision-sequence');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.message).toBe('Proposed text: Subdivision (3) follows (1) in Section 3 of Article I; expected (2).');
    // Line 17 of the file is the "(3) Three." line inside the proposed fence.
    expect(
      (HEAD + block('x', '(1) One.\n\n(2) Two.\n\n(3) Three.', '(1) One.\n\n(3) Three.')).split('\n')[gap[0]!.line - 1],
    ).toBe('(3) Three.');
  });

  it('warns about an added section whose lettering skips', () => {
    const messages = lintMeasure(
      parseMeasure(HEAD + block('Add Article III, Section 1.5', undefined, '(a) One.\n\n(c) Two.')),
    );
    expect(messages.map((message) => message.ruleId)).toContain('subdivision-sequence');
  });

  it('stays quiet about anomalies the official text already has', () => {
    const messages = lintMeasure(
      parseMeasure(
        HEAD + block('Amend Article I, Section 3', '(a) One.\n\n(c) Three.', '(a) One, amended.\n\n(c) Three.'),
      ),
    );
    expect(messages.filter((message) => message.ruleId === 'subdivision-sequence')).toEqual([]);
  });
});

describe('lint: which edition the measure was drafted against', () => {
  const raw = readExample(EXAMPLE_BASE).replace(/^---[\s\S]*?\n---\n/, '');
  const measure = (sha256: string): string =>
    readExample(EXAMPLE_2017).replace(/ {2}sha256: [0-9a-f]{64}/, `  sha256: ${sha256}`);
  const baseEdition = (source: string, edition: ReturnType<typeof parseConstitution>): string[] =>
    lintMeasure(parseMeasure(source), edition)
      .filter((message) => message.ruleId === 'base-edition')
      .map((message) => message.message);

  it('accepts the hash of the file a canonical edition was imported from (what amend measure --base FILE records)', () => {
    const canonical = parseConstitution(importConstitution(raw, { edition: '2011-01-01' }).markdown);
    expect(canonical.frontMatter?.sourceSha256).toBe(sha256OfText(raw));
    expect(baseEdition(measure(sha256OfText(raw)), canonical)).toEqual([]);
    expect(baseEdition(measure(sha256OfText(canonical.source)), canonical)).toEqual([]);
  });

  it('still warns for any other hash', () => {
    const canonical = parseConstitution(importConstitution(raw, { edition: '2011-01-01' }).markdown);
    expect(baseEdition(measure('ab'.repeat(32)), canonical)).toHaveLength(1);
  });
});
