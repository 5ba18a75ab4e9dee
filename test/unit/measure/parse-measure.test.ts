import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../../src/measure/parse-measure';
import type { AmendmentPart, UncodifiedPart } from '../../../src/measure/types';
import { EXAMPLE_2016, EXAMPLE_2017, readExample, readFixture } from './fixtures';

const HEAD = `---
title: Test Act
kind: constitutional amendment
base:
  edition: test
  sha256: 5c3f0b1e9a7d2c4b6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b
revision:
  label: Rev. 1
---
`;

function errors(source: string): { ruleId: string; line: number; message: string }[] {
  return parseMeasure(source, { path: 'x.measure.md' })
    .messages.filter((message) => message.severity === 'error')
    .map(({ ruleId, line, message }) => ({ ruleId, line, message }));
}

describe('parseMeasure: the shipped examples', () => {
  it('reads the 2017 revision: metadata, parts in file order, exact texts', () => {
    const measure = parseMeasure(readExample(EXAMPLE_2017), { path: EXAMPLE_2017 });
    expect(measure.messages.filter((message) => message.severity !== 'info')).toEqual([]);
    expect(measure.meta.title).toBe('California Freedom Act');
    expect(measure.meta.kind).toBe('constitutional amendment');
    expect(measure.meta.proponents.map((proponent) => [proponent.name, proponent.county])).toEqual([
      ['Alex Example', 'San Diego'],
      ['Jordan Sample', 'Los Angeles'],
    ]);
    expect(measure.meta.revision).toEqual({
      label: 'Rev. 2',
      parent: '0ddee5895d59dfe7a8f21500f1ceb71cae9744e1e5d0f58552d9210208fd3646',
      author: 'Jordan Sample',
      date: '2017-04-14',
    });
    expect(measure.meta.options).toEqual({ enactingClause: true, sectionStyle: 'sec' });
    expect(measure.unknownKeys).toEqual(['example']);
    expect(measure.parts.map((part) => (part.type === 'uncodified' ? part.role : part.op))).toEqual([
      'title',
      'findings',
      'purpose',
      'severability',
      'amend',
    ]);
    const amend = measure.parts[4] as AmendmentPart;
    expect(amend.target).toBe('art-III/sec-1');
    expect(amend.base).toBe(
      'The State of California is an inseparable part of the\nUnited States of America, and the United States Constitution is the\nsupreme law of the land.',
    );
    expect(amend.proposed?.startsWith('The State of California is a part of the\n')).toBe(true);
    expect(
      measure.source.slice(amend.extent.start, amend.extent.end).startsWith('## Amend Article III, Section 1\n'),
    ).toBe(true);
    expect(amend.extent.end).toBe(measure.source.length);
  });

  it('reads the 2016 repeal and keeps the front matter verbatim', () => {
    const source = readExample(EXAMPLE_2016);
    const measure = parseMeasure(source);
    const repeal = measure.parts.at(-1) as AmendmentPart;
    expect([repeal.op, repeal.target, repeal.proposed]).toEqual(['repeal', 'art-III/sec-1', undefined]);
    expect(source.startsWith(`---\n${measure.frontMatterRaw}---\n`)).toBe(true);
    expect(measure.frontMatterRaw).toContain('# Example measure');
  });

  it('tiles the body: part extents are contiguous up to the end of the file', () => {
    const measure = parseMeasure(readFixture('all-operations', 'input.measure.md'));
    const extents = measure.parts.map((part) => part.extent);
    for (let index = 1; index < extents.length; index++) expect(extents[index]!.start).toBe(extents[index - 1]!.end);
    expect(extents.at(-1)!.end).toBe(measure.source.length);
  });
});

describe('parseMeasure: headings', () => {
  const parts = (body: string): (AmendmentPart | UncodifiedPart)[] => [...parseMeasure(HEAD + body).parts];

  it('reads every operation heading', () => {
    const body = [
      '## Amend Article XIII A, Section 1\n\n~~~base\nx\n~~~\n\n~~~proposed\ny\n~~~',
      '## Add Article III, Section 1.5\n\n~~~proposed\ny\n~~~',
      '## Repeal Article XXXV\n\n~~~base\nx\n~~~',
      '## Renumber Article X, Section 4 to Section 3\n\n~~~base\nx\n~~~',
      '## Move Article X B, Section 2 to Article X, Section 8\n\n~~~base\nx\n~~~',
      '## Retitle Article 3\n\n~~~base\nx\n~~~\n\n~~~proposed\ny\n~~~',
    ].join('\n\n');
    expect(
      parts(body).map((part) => (part.type === 'amendment' ? [part.op, part.target, part.to ?? ''] : part.heading)),
    ).toEqual([
      ['amend', 'art-XIIIA/sec-1', ''],
      ['add', 'art-III/sec-1.5', ''],
      ['repeal', 'art-XXXV', ''],
      ['renumber', 'art-X/sec-4', 'art-X/sec-3'],
      ['move', 'art-XB/sec-2', 'art-X/sec-8'],
      ['retitle', 'art-III', ''],
    ]);
  });

  it('detects uncodified roles from headings', () => {
    const body = [
      'Title',
      'Findings and Declarations',
      'Purpose and Intent',
      'Severability',
      'Conflicting Measures',
      'Liberal Construction',
      'Amendment',
      'Effective Date',
      'Defense of the Initiative',
    ]
      .map((heading) => `## ${heading}\n\nText.`)
      .join('\n\n');
    expect(parts(body).map((part) => (part.type === 'uncodified' ? part.role : ''))).toEqual([
      'title',
      'findings',
      'purpose',
      'severability',
      'conflicting-measures',
      'liberal-construction',
      'amendment',
      'effective-date',
      'other',
    ]);
  });

  it('does not split at a "## " line inside a fence; picks a fence longer than the text needs', () => {
    const measure = parseMeasure(
      `${HEAD}\n## Add Article XXXVI\n\n~~~~proposed\n## Article 36 (X)\n\n~~~\nnot a fence end\n~~~\n~~~~\n`,
    );
    expect(measure.parts).toHaveLength(1);
    expect((measure.parts[0] as AmendmentPart).proposed).toBe('## Article 36 (X)\n\n~~~\nnot a fence end\n~~~');
  });
});

describe('parseMeasure: problems name the line', () => {
  it('reports a missing front matter', () => {
    expect(errors('## Title\n\nX.\n')).toEqual([
      {
        ruleId: 'missing-front-matter',
        line: 1,
        message: 'the measure file must start with YAML front matter between "---" lines',
      },
    ]);
  });

  it('tells an unclosed front matter from a missing one', () => {
    expect(errors('---\ntitle: Open\nkind: statute\n\n## Title\n\nX.\n')).toEqual([
      {
        ruleId: 'unclosed-front-matter',
        line: 1,
        message: 'the front matter opened by "---" on line 1 is never closed',
      },
    ]);
  });

  it('reports invalid values at their line', () => {
    const source = HEAD.replace('kind: constitutional amendment', 'kind: ordinance');
    expect(errors(source)).toEqual([
      {
        ruleId: 'invalid-front-matter',
        line: 3,
        message: 'kind: Invalid option: expected one of "constitutional amendment"|"statute"|"both"',
      },
    ]);
  });

  it('reports YAML syntax errors', () => {
    const found = errors(HEAD.replace('title: Test Act', 'title: [unclosed'));
    expect(found[0]?.ruleId).toBe('yaml-syntax');
    expect(found[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports YAML that parses but cannot become data (an unset alias, an alias bomb, a recursive alias), never throws', () => {
    // Found by the pipeline fuzz (test/unit/security/pipeline-fuzz.test.ts): yaml's toJS threw here.
    const unset = errors(HEAD.replace('label: Rev. 1', 'label: *missing'));
    expect(unset.map((error) => [error.ruleId, error.line])).toEqual([['yaml-syntax', 2]]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++)
      bomb.push(
        `${'abcdefgh'[level]!}: &${'abcdefgh'[level]!} [${`*${'abcdefgh'[level - 1]!}, `.repeat(9)}*${'abcdefgh'[level - 1]!}]`,
      );
    expect(errors(HEAD.replace('title: Test Act', bomb.join('\n'))).map((error) => error.ruleId)).toEqual([
      'yaml-syntax',
    ]);
    // A recursive alias: valid YAML whose data contains itself (reading its key paths recursed forever).
    const recursive = errors(HEAD.replace('title: Test Act', 'title: Test Act\nproponents: &r [*r]'));
    expect(recursive.map((error) => error.ruleId)).toContain('yaml-syntax');
  });

  it('reports an unreadable amendment heading, a missing text and an unclosed fence', () => {
    const body =
      '\n## Amend Article III\n\n~~~base\nx\n~~~\n\n## Repeal Article III, Section 2\n\n## Add Article III, Section 9\n\n~~~proposed\nnever closed\n';
    expect(errors(HEAD + body)).toEqual([
      {
        ruleId: 'invalid-amendment-heading',
        line: 11,
        message:
          '"Amend" needs a section ("Amend Article III, Section 1"); an article\'s heading is changed with "Retitle"',
      },
      { ruleId: 'missing-text', line: 17, message: '"Repeal Article III, Section 2" needs a fenced "base" block' },
      { ruleId: 'unclosed-fence', line: 21, message: 'the fenced block opened here is never closed' },
    ]);
  });

  it('reports two parts changing one provision', () => {
    const body =
      '\n## Repeal Article III, Section 2\n\n~~~base\nx\n~~~\n\n## Amend Article III, Section 2\n\n~~~base\nx\n~~~\n\n~~~proposed\ny\n~~~\n';
    expect(errors(HEAD + body).map((error) => [error.ruleId, error.line])).toEqual([['duplicate-target', 17]]);
  });

  it('keeps unknown keys, at any depth, and names them', () => {
    const source = HEAD.replace('revision:\n', 'campaign:\n  fppc: 1373550\nrevision:\n  reviewer: Pat\n');
    const measure = parseMeasure(source);
    expect(measure.unknownKeys).toEqual(['campaign', 'revision.reviewer']);
    expect(measure.frontMatterRaw).toContain('fppc: 1373550');
    expect(
      measure.messages.filter((message) => message.ruleId === 'unknown-key').map((message) => message.line),
    ).toEqual([7, 10]);
  });

  it('never throws, whatever the input (property)', () => {
    const pieces = fc.constantFrom(
      '---\n',
      '## Amend Article III, Section 1\n',
      '## Renumber Article X, Section 4 to Section 3\n',
      '~~~base\n',
      '~~~proposed\n',
      '~~~\n',
      '````\n',
      'title: x\n',
      'kind: statute\n',
      '## Conflict 1: Title\n',
      'kind: same-words\n',
      'text\n',
      '\n',
      ': [\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (chunks) => {
        const measure = parseMeasure(chunks.join(''));
        expect(measure.source).toBe(chunks.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
