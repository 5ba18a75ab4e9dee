import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeMeasures } from '../../../src/measure/merge';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { resolveConflict } from '../../../src/measure/resolve';
import type { AmendmentPart, UncodifiedPart } from '../../../src/measure/types';
import { sha256OfText } from '../../../src/shared/sha256';
import { EXAMPLE_2016, EXAMPLE_2017, readExample } from './fixtures';

const PARTNER = 'calexit-2017-partner.measure.md';
const parent = parseMeasure(readExample(EXAMPLE_2016));
const ours = parseMeasure(readExample(EXAMPLE_2017));
const theirs = parseMeasure(readExample(PARTNER));

const HEAD = (label: string, author: string): string => `---
title: Test Act
kind: constitutional amendment
base:
  edition: test
  sha256: 5c3f0b1e9a7d2c4b6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b
revision:
  label: ${label}
  author: ${author}
---
`;
const AMEND = (proposed: string): string =>
  `## Amend Article III, Section 1\n\n~~~base\nThe State is an inseparable part of the Union.\n~~~\n\n~~~proposed\n${proposed}\n~~~\n`;
const REPEAL = '## Repeal Article III, Section 1\n\n~~~base\nThe State is an inseparable part of the Union.\n~~~\n';
const RENUMBER =
  '## Renumber Article III, Section 1 to Article III, Section 9\n\n~~~base\nThe State is an inseparable part of the Union.\n~~~\n';

function threeWay(parentBody: string, oursBody: string, theirsBody: string): ReturnType<typeof mergeMeasures> {
  return mergeMeasures(
    parseMeasure(HEAD('Rev. 1', 'Pat Parent') + parentBody),
    parseMeasure(HEAD('Rev. 2', 'Olive Ours') + oursBody),
    parseMeasure(HEAD('Rev. 2b', 'Theo Theirs') + theirsBody),
  );
}

describe('mergeMeasures on the Calexit examples', () => {
  const merged = mergeMeasures(parent, ours, theirs);
  const result = parseMeasure(merged.source);

  it('merges non-overlapping changes: Findings (b) from theirs, (c) and Purpose from ours, theirs’ new section', () => {
    const findings = result.parts.find(
      (part) => part.type === 'uncodified' && part.role === 'findings',
    ) as UncodifiedPart;
    expect(findings.body).toContain('peaceful, lawful, and\ndemocratic means');
    expect(findings.body).toContain('should give\nway to a relationship');
    expect(result.parts.map((part) => (part.type === 'uncodified' ? part.heading : part.heading))).toEqual([
      'Title',
      'Findings and Declarations',
      'Purpose and Intent',
      'Severability',
      'Conflicting Measures',
      'Amend Article III, Section 1',
    ]);
    expect((result.parts.at(-1) as AmendmentPart).op).toBe('amend');
  });

  it('merges proponents by name and records both parents', () => {
    expect(result.meta.proponents.map((proponent) => proponent.name)).toEqual([
      'Alex Example',
      'Jordan Sample',
      'Riley Placeholder',
    ]);
    expect(result.meta.revision.parent).toBe(sha256OfText(ours.source));
    expect(result.meta.revision.mergeParent).toBe(sha256OfText(theirs.source));
    expect(result.meta.revision.label).toBe('Rev. 2 (merged with Rev. 2b)');
  });

  // Two separate fields disagree: the front matter title (document heading, PDF title, file name) and
  // the Title section's short-title clause (enacted text). Nothing keeps them in step, so each is its own conflict.
  it('records the front matter title and the Title section as two conflicts, with both authors', () => {
    expect(merged.conflicts.map((conflict) => [conflict.id, conflict.kind, conflict.subject])).toEqual([
      [1, 'metadata', 'front matter: title'],
      [2, 'same-words', 'Title'],
    ]);
    expect(merged.conflicts[1]!.ours.who).toBe('Rev. 2 by Jordan Sample');
    expect(merged.conflicts[1]!.theirs.who).toBe('Rev. 2b by Riley Placeholder');
    expect(merged.messages).toEqual([]);
    // The live Title keeps ours, so the merged measure is valid and renders.
    expect(result.meta.title).toBe('California Freedom Act');
  });

  it('keeps ours’ bytes where nothing changed', () => {
    const severability = ours.parts.find((part) => part.type === 'uncodified' && part.role === 'severability')!;
    expect(merged.source).toContain(ours.source.slice(severability.extent.start, severability.extent.end));
    expect(merged.source).toContain('# Example measure: the shape of the revised (2017) proposal.');
  });

  it('resolves conflicts: theirs for the front matter, theirs for the Title', () => {
    const first = resolveConflict(merged, 1, 'theirs');
    if (!first.ok) throw new Error(first.error.message);
    const second = resolveConflict(first.value, 2, 'theirs');
    if (!second.ok) throw new Error(second.error.message);
    const resolved = parseMeasure(second.value.source);
    expect(second.value.conflicts).toEqual([]);
    expect(resolved.meta.title).toBe('California Nationhood Act');
    const title = resolved.parts[0] as UncodifiedPart;
    expect(title.body).toBe('This measure shall be known and may be cited as the “California Nationhood Act”.');
    expect(resolved.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });

  // "Both" at a clash inside the quoted short title would cite the “California Freedom Nationhood Act”.
  it('offers no "both" for the Title section, and refuses both where none is offered', () => {
    expect(merged.conflicts[1]!.both).toBeUndefined();
    expect(merged.source).not.toContain('Freedom Nationhood');
    expect(resolveConflict(merged, 2, 'both').ok).toBe(false);
    expect(resolveConflict(merged, 1, 'both').ok).toBe(false);
    expect(resolveConflict(merged, 9, 'ours').ok).toBe(false);
  });
});

describe('mergeMeasures: front matter that cannot become data', () => {
  it('merges a side whose front matter has an unset alias instead of throwing', () => {
    // Found by the pipeline fuzz: yaml's toJS threw on `*missing` while reading front matter values.
    const broken = HEAD('Rev. 2', 'Olive Ours').replace('author: Olive Ours', 'author: *missing');
    const merged = mergeMeasures(
      parseMeasure(HEAD('Rev. 1', 'Pat Parent') + REPEAL),
      parseMeasure(broken + REPEAL),
      parseMeasure(HEAD('Rev. 2b', 'Theo Theirs') + REPEAL),
    );
    expect(parseMeasure(merged.source).parts.map((part) => part.heading)).toEqual(['Repeal Article III, Section 1']);
  });

  it('refuses to resolve a front matter conflict to a value that is not YAML, with a Result', () => {
    // A partner's record whose "theirs" fence is broken YAML: resolveConflict threw from yaml's parse.
    const record =
      '\n## Conflict 1: front matter: title\n\nkind: metadata\nours: A\ntheirs: B\n\n~~~ours\nTest Act\n~~~\n\n~~~theirs\n[unclosed\n~~~\n';
    const resolved = resolveConflict(HEAD('Rev. 2', 'Olive Ours') + record, 1, 'theirs');
    expect(resolved).toMatchObject({ ok: false, error: { code: 'invalid-request', line: 12 } });
    expect(resolveConflict(HEAD('Rev. 2', 'Olive Ours') + record, 1, 'ours').ok).toBe(true);
  });
});

describe('mergeMeasures: classification', () => {
  it('merges word changes inside one block', () => {
    const merged = threeWay(
      AMEND('The State is an inseparable part of the Union.'),
      AMEND('The State is a part of the Union.'),
      AMEND('The State is an inseparable part of the federal Union.'),
    );
    expect(merged.conflicts).toEqual([]);
    expect((parseMeasure(merged.source).parts[0] as AmendmentPart).proposed).toBe(
      'The State is a part of the federal Union.',
    );
  });

  it('same-words', () => {
    const merged = threeWay(
      AMEND('The State is an inseparable part of the Union.'),
      AMEND('The State is a part of the Union.'),
      AMEND('The State is an autonomous part of the Union.'),
    );
    expect(merged.conflicts.map((conflict) => conflict.kind)).toEqual(['same-words']);
    expect(merged.conflicts[0]!.both).toContain('The State is a an autonomous part of the Union.');
  });

  it('amend-vs-repeal', () => {
    const merged = threeWay(
      AMEND('The State is a part of the Union.'),
      AMEND('The State is one part of the Union.'),
      REPEAL,
    );
    expect(merged.conflicts.map((conflict) => [conflict.kind, conflict.subject])).toEqual([
      ['amend-vs-repeal', 'Amend Article III, Section 1'],
    ]);
    expect(merged.conflicts[0]!.both).toBeUndefined();
    const resolved = resolveConflict(merged, 1, 'theirs');
    expect(resolved.ok && (parseMeasure(resolved.value.source).parts[0] as AmendmentPart).op).toBe('repeal');
  });

  it('renumber-vs-amend and move-vs-edit', () => {
    const renumber = threeWay(AMEND('The State is a part of the Union.'), AMEND('The State is one part.'), RENUMBER);
    expect(renumber.conflicts.map((conflict) => conflict.kind)).toEqual(['renumber-vs-amend']);
    const move = threeWay(
      AMEND('The State is a part of the Union.'),
      AMEND('The State is one part.'),
      RENUMBER.replace('Renumber', 'Move').replace('to Article III, Section 9', 'to Article IV, Section 9'),
    );
    expect(move.conflicts.map((conflict) => conflict.kind)).toEqual(['move-vs-edit']);
  });

  it('takes a side that alone changed the operation', () => {
    const merged = threeWay(REPEAL, REPEAL, AMEND('The State is a part of the Union.'));
    expect(merged.conflicts).toEqual([]);
    expect((parseMeasure(merged.source).parts[0] as AmendmentPart).op).toBe('amend');
  });

  it('delete-vs-edit and add-add', () => {
    const findings = (text: string): string => `## Findings\n\n${text}\n\n`;
    const dropped = threeWay(
      findings('The people find.') + REPEAL,
      REPEAL,
      findings('The people find and declare.') + REPEAL,
    );
    expect(dropped.conflicts.map((conflict) => [conflict.kind, conflict.ours.text, conflict.theirs.text])).toEqual([
      ['delete-vs-edit', '', '## Findings\n\nThe people find and declare.'],
    ]);
    const restored = resolveConflict(dropped, 1, 'theirs');
    expect(restored.ok && parseMeasure(restored.value.source).parts.map((part) => part.type)).toEqual([
      'uncodified',
      'amendment',
    ]);
    const added = threeWay(REPEAL, `${REPEAL}\n## Purpose\n\nOurs.\n`, `${REPEAL}\n## Purpose\n\nTheirs.\n`);
    expect(added.conflicts.map((conflict) => [conflict.kind, conflict.both])).toEqual([
      ['add-add', '## Purpose\n\nOurs.\n\nTheirs.'],
    ]);
  });

  it('offers both for findings each side added at the same place, and resolves with both', () => {
    const findings = (text: string): string => `## Findings and Declarations\n\n${text}\n\n${REPEAL}`;
    const merged = threeWay(
      findings('(a) The people find.'),
      findings('(a) The people find.\n\n(b) Ours finds.'),
      findings('(a) The people find.\n\n(b) Theirs finds.'),
    );
    expect(merged.conflicts.map((conflict) => [conflict.kind, conflict.both])).toEqual([
      ['same-words', '## Findings and Declarations\n\n(a) The people find.\n\n(b) Ours finds.\n\n(b) Theirs finds.'],
    ]);
    const both = resolveConflict(merged, 1, 'both');
    expect(both.ok && (parseMeasure(both.value.source).parts[0] as UncodifiedPart).body).toBe(
      '(a) The people find.\n\n(b) Ours finds.\n\n(b) Theirs finds.',
    );
  });

  it('offers no both for a clash inside a quoted name, in any section or provision', () => {
    const purpose = (name: string): string =>
      `## Purpose and Intent\n\nThis measure enacts the “${name} Act” in full.\n\n${REPEAL}`;
    const section = threeWay(purpose('Unity'), purpose('Freedom'), purpose('Nationhood'));
    expect(section.conflicts.map((conflict) => [conflict.kind, conflict.both])).toEqual([['same-words', undefined]]);
    const provision = threeWay(
      AMEND('The State is part of the Union under the “Compact of 1850”.'),
      AMEND('The State is part of the Union under the “Compact of 1849”.'),
      AMEND('The State is part of the Union under the “Compact of 1851”.'),
    );
    expect(provision.conflicts.map((conflict) => [conflict.kind, conflict.both])).toEqual([['same-words', undefined]]);
  });

  it('offers no both when each side adds its own Title section', () => {
    const title = (name: string): string =>
      `${REPEAL}\n## Title\n\nThis measure shall be known and may be cited as the “${name}”.\n`;
    const added = threeWay(REPEAL, title('Freedom Act'), title('Nationhood Act'));
    expect(added.conflicts.map((conflict) => [conflict.kind, conflict.both])).toEqual([['add-add', undefined]]);
  });

  it('drops a part one side deleted and the other left alone', () => {
    const merged = threeWay(`## Findings\n\nText.\n\n${REPEAL}`, `## Findings\n\nText.\n\n${REPEAL}`, REPEAL);
    expect(parseMeasure(merged.source).parts.map((part) => part.type)).toEqual(['amendment']);
    expect(merged.conflicts).toEqual([]);
  });
});

describe('mergeMeasures: both sides add a block for a provision the parent leaves alone', () => {
  // The parent amends Article III, Section 1 only; both partners add a block for Section 2. Both
  // blocks quote the same official text, so that text is the common ancestor.
  const SECTION_2 =
    'The boundaries of the State are those stated in the\nConstitution of 1849 as modified pursuant to statute.  Sacramento is\nthe capital of California.';
  const PARENT = AMEND('The State is a part of the Union.');
  const block = (heading: string, base: string, proposed?: string): string =>
    `\n## ${heading}\n\n~~~base\n${base}\n~~~\n` + (proposed === undefined ? '' : `\n~~~proposed\n${proposed}\n~~~\n`);
  const amend2 = (proposed: string, base = SECTION_2): string => block('Amend Article III, Section 2', base, proposed);
  const SEAT = SECTION_2.replace('capital', 'seat');
  const YEAR = SECTION_2.replace('1849', '1850');
  const added = (oursBlock: string, theirsBlock: string): ReturnType<typeof mergeMeasures> =>
    threeWay(PARENT, PARENT + oursBlock, PARENT + theirsBlock);
  const kinds = (merged: ReturnType<typeof mergeMeasures>): [string, string][] =>
    merged.conflicts.map((conflict) => [conflict.kind, conflict.subject]);

  it('merges edits to different words into one block (the official text is the common ancestor)', () => {
    const merged = added(amend2(SEAT), amend2(YEAR));
    expect(merged.conflicts).toEqual([]);
    expect(merged.messages).toEqual([]);
    const parts = parseMeasure(merged.source).parts as AmendmentPart[];
    expect(parts.map((part) => part.heading)).toEqual(['Amend Article III, Section 1', 'Amend Article III, Section 2']);
    expect(parts[1]!.base).toBe(SECTION_2);
    expect(parts[1]!.proposed).toBe(
      'The boundaries of the State are those stated in the\nConstitution of 1850 as modified pursuant to statute.  Sacramento is\nthe seat of California.',
    );
  });

  it('keeps one copy of identical blocks', () => {
    const merged = added(amend2(SEAT), amend2(SEAT));
    expect(merged.conflicts).toEqual([]);
    expect(merged.source.split('## Amend Article III, Section 2').length).toBe(2);
  });

  it('classes same words changed differently as same-words, offering both', () => {
    const merged = added(amend2(SEAT), amend2(SECTION_2.replace('capital', 'center')));
    expect(kinds(merged)).toEqual([['same-words', 'Amend Article III, Section 2']]);
    expect(merged.conflicts[0]!.both).toContain('Sacramento is\nthe seat center of California.');
  });

  it('classes renumber against amend as renumber-vs-amend', () => {
    const renumber = block('Renumber Article III, Section 2 to Article III, Section 9', SECTION_2);
    expect(kinds(added(renumber, amend2(SEAT)))).toEqual([
      ['renumber-vs-amend', 'Renumber Article III, Section 2 to Article III, Section 9'],
    ]);
    expect(kinds(added(amend2(SEAT), renumber))).toEqual([['renumber-vs-amend', 'Amend Article III, Section 2']]);
  });

  it('classes move against edit as move-vs-edit', () => {
    const move = block('Move Article III, Section 2 to Article IV, Section 9', SECTION_2);
    expect(kinds(added(amend2(YEAR), move))).toEqual([['move-vs-edit', 'Amend Article III, Section 2']]);
  });

  it('classes amend against repeal as amend-vs-repeal', () => {
    const repeal = block('Repeal Article III, Section 2', SECTION_2);
    expect(kinds(added(amend2(YEAR), repeal))).toEqual([['amend-vs-repeal', 'Amend Article III, Section 2']]);
  });

  it('reports blocks quoting different official texts as different-base, not a word merge', () => {
    const otherEdition = SECTION_2.replace('Sacramento', 'Sacramento, the City,');
    const merged = added(amend2(SEAT), amend2(otherEdition.replace('1849', '1850'), otherEdition));
    expect(kinds(merged)).toEqual([['different-base', 'Amend Article III, Section 2']]);
    expect(merged.conflicts[0]!.both).toBeUndefined();
  });

  it('keeps add-add for two different added sections with one number (no common text)', () => {
    const add = (text: string): string => `\n## Add Article III, Section 2.5\n\n~~~proposed\n${text}\n~~~\n`;
    const merged = added(add('The State has a flag.'), add('The State has a seal.'));
    expect(kinds(merged)).toEqual([['add-add', 'Add Article III, Section 2.5']]);
  });

  it('merges disjoint word edits exactly like applying both (property)', () => {
    const word = fc.constantFrom('the', 'State', 'shall', 'law', 'people', 'of', 'California', '(a)', '1.5');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 4, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), word), { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), word), { maxLength: 4 }),
        (words, oursEdits, theirsEdits) => {
          // Ours edits words 0, 4, 8, …; theirs words 2, 6, 10, …: the edits never touch.
          const oursAt = new Map(oursEdits.map(([at, to]) => [(at % Math.ceil(words.length / 4)) * 4, to]));
          const theirsAt = new Map(
            theirsEdits.map(([at, to]) => [(at % Math.ceil((words.length - 2) / 4)) * 4 + 2, to]),
          );
          const apply = (edits: Map<number, string>): string =>
            words.map((current, index) => (edits.has(index) ? `${edits.get(index)!}X` : current)).join(' ');
          const base = words.join(' ');
          const merged = added(amend2(apply(oursAt), base), amend2(apply(theirsAt), base));
          expect(merged.conflicts).toEqual([]);
          const section2 = parseMeasure(merged.source).parts[1] as AmendmentPart;
          expect([section2.base, section2.proposed]).toEqual([base, apply(new Map([...oursAt, ...theirsAt]))]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('mergeMeasures: both sides change the official text of a parent block differently', () => {
  it('reports different-base (the sides were drafted against different editions)', () => {
    const base = 'The State is an inseparable part of the Union.';
    const rebased = (text: string, proposed: string): string =>
      AMEND(proposed).replace(`~~~base\n${base}`, `~~~base\n${text}`);
    const merged = threeWay(
      AMEND('The State is a part of the Union.'),
      rebased('The State is an inseparable part of the American Union.', 'The State is a part of the American Union.'),
      rebased('The State is an inseparable part of the federal Union.', 'The State is a part of the federal Union.'),
    );
    expect(merged.conflicts.map((conflict) => conflict.kind)).toEqual(['different-base']);
  });
});
