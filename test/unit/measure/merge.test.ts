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

  it('records the title conflict twice (front matter and Title section) with both authors', () => {
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

  it('resolves with both, or refuses when both cannot be kept', () => {
    const both = resolveConflict(merged, 2, 'both');
    expect(both.ok && parseMeasure(both.value.source).parts[0]).toMatchObject({
      body: 'This measure shall be known and may be cited as the “California Freedom Nationhood Act”.',
    });
    const metadata = resolveConflict(merged, 1, 'both');
    expect(metadata.ok).toBe(false);
    expect(resolveConflict(merged, 9, 'ours').ok).toBe(false);
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

  it('drops a part one side deleted and the other left alone', () => {
    const merged = threeWay(`## Findings\n\nText.\n\n${REPEAL}`, `## Findings\n\nText.\n\n${REPEAL}`, REPEAL);
    expect(parseMeasure(merged.source).parts.map((part) => part.type)).toEqual(['amendment']);
    expect(merged.conflicts).toEqual([]);
  });
});
