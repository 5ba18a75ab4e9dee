import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { applyChangeSet } from '../../../src/diff/apply';
import { createDiffSession } from '../../../src/diff/incremental';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import { summarizeOp } from '../../../src/diff/summary';
import type { ChangeSet } from '../../../src/diff/types';

const BASE = [
  '# Constitution of Testland',
  '',
  '## Article 3 (STATE OF CALIFORNIA)',
  '',
  '### Section 1',
  '',
  'The State of California is an inseparable part of the United States of America.',
  '',
  '### Section 3.5',
  '',
  'An administrative agency has no power:',
  '',
  '(a) To declare a statute unenforceable;',
  '',
  '(b) To declare a statute unconstitutional;',
  '',
  '(c) To refuse to enforce a statute.',
  '',
  '### Section 4',
  '',
  'The seat of government is Sacramento.',
  '',
].join('\n');

const NEW_D = '\n\n(d) To declare a regulation void.';

function diff(edited: string): ChangeSet {
  return semanticDiff(parseConstitution(BASE), parseConstitution(edited));
}

function roundTrips(edited: string): void {
  expect(applyChangeSet(parseConstitution(BASE), diff(edited))).toEqual({ ok: true, value: edited });
}

function plain(changes: ChangeSet): unknown {
  return JSON.parse(JSON.stringify(changes)) as unknown;
}

describe('add of a subdivision', () => {
  const edited = BASE.replace('enforce a statute.', `enforce a statute.${NEW_D}`);

  it('is one add op with the inserted text, its place and the base section hash', () => {
    const changes = diff(edited);
    expect(plain(changes)).toMatchObject({
      ops: [
        {
          op: 'add',
          kind: 'subdivision',
          target: 'art-III/sec-3.5/d',
          citation: 'Article III, Section 3.5, subdivision (d)',
          section: 'art-III/sec-3.5',
          after: 'art-III/sec-3.5/c',
          text: NEW_D,
        },
      ],
    });
    expect(summarizeOp(changes.ops[0]!)).toBe('add  Article III, Section 3.5, subdivision (d)  +6 words');
    // Same base hash as an amend of that section would carry.
    const amendOfSection = diff(BASE.replace('has no power', 'has no powers')).ops[0]!;
    expect('baseHash' in amendOfSection && amendOfSection.baseHash).toBe(
      'baseHash' in changes.ops[0]! && changes.ops[0].baseHash,
    );
  });

  it('applies back exactly: at the end, at the start, in the middle, several at once, nested, CRLF', () => {
    roundTrips(edited);
    const withoutB = BASE.replace('(b) To declare a statute unconstitutional;\n\n', '');
    const fromWithoutB = (text: string): ChangeSet =>
      semanticDiff(parseConstitution(withoutB), parseConstitution(text));
    const middle = BASE;
    const several = BASE.replace('enforce a statute.', `enforce a statute.${NEW_D}`);
    for (const text of [middle, several]) {
      expect(applyChangeSet(parseConstitution(withoutB), fromWithoutB(text))).toEqual({ ok: true, value: text });
    }
    expect(
      fromWithoutB(several).ops.map((op) => `${op.op} ${op.target} after ${'after' in op ? op.after : ''}`),
    ).toEqual(['add art-III/sec-3.5/b after art-III/sec-3.5/a', 'add art-III/sec-3.5/d after art-III/sec-3.5/c']);
    // First in the body: no introductory text before (a).
    const bare = BASE.replace('An administrative agency has no power:\n\n(a)', '(b)')
      .replace('(b) To declare a statute unc', '(c) To declare a statute unc')
      .replace('(c) To refuse', '(d) To refuse');
    const first = bare.replace(
      '(b) To declare a statute unenforceable',
      '(a) First.\n\n(b) To declare a statute unenforceable',
    );
    const firstChanges = semanticDiff(parseConstitution(bare), parseConstitution(first));
    expect(firstChanges.ops.map((op) => `${op.op} ${op.target}`)).toEqual(['add art-III/sec-3.5/a']);
    expect(applyChangeSet(parseConstitution(bare), firstChanges)).toEqual({ ok: true, value: first });
    const crlf = BASE.replace(/\n/g, '\r\n');
    const crlfEdited = crlf.replace('enforce a statute.', 'enforce a statute.\r\n\r\n(d) New.');
    const changes = semanticDiff(parseConstitution(crlf), parseConstitution(crlfEdited));
    expect(changes.ops.map((op) => `${op.op} ${op.kind}`)).toEqual(['add subdivision']);
    expect(applyChangeSet(parseConstitution(crlf), changes)).toEqual({ ok: true, value: crlfEdited });
  });

  it('adds a subdivision with its own new children as one op', () => {
    const nested = BASE.replace('enforce a statute.', 'enforce a statute.\n\n(d) To tax:\n\n(1) land;\n\n(2) water.');
    const ops = diff(nested).ops;
    expect(ops.map((op) => op.target)).toEqual(['art-III/sec-3.5/d']);
    roundTrips(nested);
  });

  it('stops with a stale-base error when the section changed since the diff', () => {
    const changes = diff(edited);
    const moved = parseConstitution(BASE.replace('has no power', 'has no powers'));
    const result = applyChangeSet(moved, changes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('stale-base');
      expect(result.error.message).toContain('art-III/sec-3.5');
    }
    // A change elsewhere does not stop it.
    const elsewhere = BASE.replace('Sacramento', 'Davis');
    expect(applyChangeSet(parseConstitution(elsewhere), changes)).toEqual({
      ok: true,
      value: elsewhere.replace('enforce a statute.', `enforce a statute.${NEW_D}`),
    });
  });

  it('stays an amend when the section has any other change', () => {
    const mixed = edited.replace('has no power', 'has no powers');
    const [op, ...rest] = diff(mixed).ops;
    expect(rest).toHaveLength(0);
    expect(op?.op === 'amend' && op.subdivisions.added).toEqual(['d']);
    // A new paragraph that is no subdivision, or a relabelled one, is an amend too.
    expect(diff(BASE.replace('enforce a statute.', 'enforce a statute.\n\nMore text.')).ops[0]!.op).toBe('amend');
    expect(diff(BASE.replace('(c) To refuse', '(d) To refuse')).ops[0]!.op).toBe('amend');
  });

  it('gives the same ops in an editing session as the full diff, typing the subdivision in', () => {
    const session = createDiffSession(parseConstitution(BASE));
    session.update(BASE);
    const at = BASE.indexOf('enforce a statute.') + 'enforce a statute.'.length;
    for (let length = 1; length <= NEW_D.length; length++) {
      const text = BASE.slice(0, at) + NEW_D.slice(0, length) + BASE.slice(at);
      expect(plain(session.update(text))).toEqual(plain(diff(text)));
    }
    expect(session.lastPath).toBe('incremental');
    expect(session.update(edited).ops.map((op) => `${op.op} ${op.kind}`)).toEqual(['add subdivision']);
  });
});
