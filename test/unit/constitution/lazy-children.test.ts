/**
 * Section and article-intro children (and section headings and positions) are built on first read
 * (build/lazy-children.ts). Whatever is read first, and in whatever order, the tree, its JSON and
 * the messages are the same; a failure inside a container build never escapes the getter.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContainerBuilder } from '../../../src/constitution/build/container';
import { parseConstitution } from '../../../src/constitution/parse';
import type { LegalDoc } from '../../../src/constitution/types';

const SOURCE = [
  '# Constitution',
  '',
  '## Article I (DECLARATION OF RIGHTS)',
  '',
  '(a) An article introduction with a label.',
  '',
  '### Section 1',
  '',
  '(a) First.',
  '',
  '(c) Skips (b): a sequence warning.',
  '',
  '### Section 2',
  '',
  '> A block quote: an unknown block.',
  '',
  '(a) Second section.',
  '',
  '(1) Nested.',
  '',
].join('\n');

function sections(doc: LegalDoc): LegalDoc['articles'][number]['sections'] {
  return doc.articles[0]!.sections;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('children built on first read', () => {
  it('builds a section tree only when it is read, then keeps it', () => {
    const build = vi.spyOn(ContainerBuilder.prototype, 'build');
    const doc = parseConstitution(SOURCE);
    expect(build).not.toHaveBeenCalled();
    const first = sections(doc)[1]!.children;
    expect(build).toHaveBeenCalledTimes(1);
    expect(sections(doc)[1]!.children).toBe(first);
    expect(first.map((block) => block.id)).toEqual(['art-I/sec-2/u1', 'art-I/sec-2/a']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('reports the same messages and JSON whatever is read first', () => {
    const inOrder = parseConstitution(SOURCE, { path: 'a.md' });
    const messagesFirst = inOrder.messages;
    const reversed = parseConstitution(SOURCE, { path: 'a.md' });
    for (const section of [...sections(reversed)].reverse()) void section.children;
    void reversed.articles[0]!.children;
    expect(reversed.messages).toEqual(messagesFirst);
    expect(messagesFirst.map((message) => message.ruleId)).toEqual(['subdivision-sequence', 'unknown-block']);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(inOrder));
  });

  it('keeps children in JSON, spreads and deep equality, in the type key order', () => {
    const doc = parseConstitution(SOURCE);
    const json = JSON.parse(JSON.stringify(doc)) as LegalDoc;
    expect(json.articles[0]!.sections[0]!.children.map((block) => block.id)).toEqual([
      'art-I/sec-1/a',
      'art-I/sec-1/c',
    ]);
    expect(Object.keys(sections(doc)[0]!)).toEqual([
      'type',
      'id',
      'number',
      'articleId',
      'heading',
      'children',
      'position',
      'extent',
      'bodyStart',
    ]);
    expect(Object.keys(doc.articles[0]!).slice(0, 7)).toEqual([
      'type',
      'id',
      'number',
      'title',
      'heading',
      'children',
      'sections',
    ]);
    expect({ ...sections(doc)[0]! }.children).toBe(sections(doc)[0]!.children);
    expect(json).toEqual(doc);
  });

  it('builds a section heading and position on first read, once, as the eager reading did', () => {
    const doc = parseConstitution(SOURCE);
    const section = sections(doc)[0]!;
    const start = SOURCE.indexOf('### Section 1');
    const end = SOURCE.indexOf('warning.') + 'warning.'.length;
    const point = (offset: number): { line: number; column: number; offset: number } => {
      const before = SOURCE.slice(0, offset).split('\n');
      return { line: before.length, column: before[before.length - 1]!.length + 1, offset };
    };
    expect(section.heading).toEqual({
      raw: '### Section 1',
      depth: 3,
      position: { start: point(start), end: point(start + '### Section 1'.length) },
    });
    expect(section.position).toEqual({ start: point(start), end: point(end) });
    expect(section.heading).toBe(section.heading);
    expect(section.position).toBe(section.position);
    expect(section.bodyStart).toBe(start + '### Section 1\n'.length);
  });

  it('keeps a container whose build fails as one unparsed block, reported, without throwing', () => {
    vi.spyOn(ContainerBuilder.prototype, 'build').mockImplementation(() => {
      throw new Error('boom');
    });
    const doc = parseConstitution(SOURCE);
    const [unparsed] = sections(doc)[0]!.children;
    expect(unparsed).toMatchObject({ type: 'unknown', id: 'art-I/sec-1/u1', markdownType: 'unparsed' });
    expect(SOURCE.slice(unparsed!.position.start.offset, unparsed!.position.end.offset)).toBe(
      '(a) First.\n\n(c) Skips (b): a sequence warning.',
    );
    const internal = doc.messages.filter((message) => message.ruleId === 'internal-error');
    // The article introduction and both sections.
    expect(internal).toHaveLength(3);
    expect(internal[1]!.message).toContain('Section 1 of Article I (boom)');
  });
});
