import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { ElementContent } from 'hast';
import { CONSTITUTION_MARKS, REVISION_MARKS, redlineInline, type MarkedRun } from '../../../src/render/redline-html';

type Mark = 'none' | 'delete' | 'insert';

function html(runs: MarkedRun<Mark>[]): string {
  return toHtml({ type: 'root', children: redlineInline(runs, CONSTITUTION_MARKS) });
}

/** What a text extractor reads: the markers' text kept, tags dropped. */
function extracted(runs: MarkedRun<Mark>[]): string {
  return html(runs).replace(/<[^>]+>/g, '');
}

describe('redlineInline', () => {
  const calexit: MarkedRun<Mark>[] = [
    { text: 'The State of California is ', mark: 'none' },
    { text: 'an inseparable', mark: 'delete' },
    { text: ' ', mark: 'none' },
    { text: 'a', mark: 'insert' },
    { text: ' part of the United States of America.', mark: 'none' },
  ];

  it('strikes deletions and italicises insertions with <del> and <ins>', () => {
    expect(html(calexit)).toContain('<del>an inseparable</del>');
    expect(html(calexit)).toContain('<ins>a</ins>');
  });

  it('brackets every marked run with hidden begin/end markers, end markers after the following space', () => {
    expect(extracted(calexit)).toBe(
      'The State of California is [begin deletion] an inseparable [end deletion] [begin insertion] a [end insertion] part of the United States of America.',
    );
  });

  it('keeps the markers outside <del>/<ins> (a strike across tiny text would show as a dot)', () => {
    expect(html(calexit)).not.toMatch(/<del>[^<]*<span/);
    expect(html(calexit)).toMatch(/<span class="mark-text">\[begin deletion\] <\/span><del>/);
  });

  it('puts no space between an end marker and closing punctuation', () => {
    const runs: MarkedRun<Mark>[] = [
      { text: 'a word ', mark: 'none' },
      { text: 'struck', mark: 'delete' },
      { text: ', then more.', mark: 'none' },
    ];
    expect(extracted(runs)).toBe('a word [begin deletion] struck[end deletion], then more.');
  });

  it('closes a marked run that ends the paragraph', () => {
    expect(extracted([{ text: 'All new.', mark: 'insert' }])).toBe('[begin insertion] All new.[end insertion]');
  });

  it('separates adjacent deletion and insertion markers', () => {
    const runs: MarkedRun<Mark>[] = [
      { text: 'old', mark: 'delete' },
      { text: 'new', mark: 'insert' },
    ];
    expect(extracted(runs)).toBe('[begin deletion] old[end deletion] [begin insertion] new[end insertion]');
  });

  it('marks the revision layer with its own class and markers', () => {
    const out = toHtml({
      type: 'root',
      children: redlineInline(
        [
          { text: 'kept ', mark: 'none' },
          { text: 'gone', mark: 'removed' },
        ],
        REVISION_MARKS,
      ),
    });
    expect(out).toContain('<del class="revision">gone</del>');
    expect(out).toContain('[begin revision deletion]');
  });
});

/** The text a reader sees (marker spans left out) and the marker texts, in order. */
function visibleAndMarkers(nodes: readonly ElementContent[]): { visible: string; markers: string[] } {
  let visible = '';
  const markers: string[] = [];
  const walk = (node: ElementContent): void => {
    if (node.type === 'text') visible += node.value;
    else if (node.type === 'element') {
      const classes = node.properties['className'];
      if (Array.isArray(classes) && classes.includes('mark-text')) {
        markers.push(
          node.children
            .map((child) => (child.type === 'text' ? child.value : ''))
            .join('')
            .trim(),
        );
      } else node.children.forEach(walk);
    }
  };
  nodes.forEach(walk);
  return { visible, markers };
}

describe('redlineInline properties', () => {
  const runArbitrary = fc.array(
    fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '.', '<', '&', 'é') }),
      mark: fc.constantFrom<Mark>('none', 'delete', 'insert'),
    }),
    { maxLength: 12 },
  );

  it('loses and adds no visible text: what is shown is exactly the runs, in order', () => {
    fc.assert(
      fc.property(runArbitrary, (runs) => {
        const { visible } = visibleAndMarkers(redlineInline(runs, CONSTITUTION_MARKS));
        expect(visible).toBe(runs.map((run) => run.text).join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('brackets every marked run with one begin and one end marker of its kind, in order', () => {
    fc.assert(
      fc.property(runArbitrary, (runs) => {
        const { markers } = visibleAndMarkers(redlineInline(runs, CONSTITUTION_MARKS));
        const expected = runs.flatMap((run) =>
          run.mark === 'none' ? [] : [CONSTITUTION_MARKS[run.mark].begin, CONSTITUTION_MARKS[run.mark].end],
        );
        expect(markers).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
