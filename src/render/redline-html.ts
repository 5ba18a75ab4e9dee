/**
 * Marked runs → inline HTML: `<del>` (struck) and `<ins>` (italic, not underlined), each carrying
 * visually hidden marker text so the redline survives text extraction and screen readers, as
 * leginfo's "begin delete … end delete" does.
 *
 * Where the markers go matters for `pdftotext`: the marker is tiny, transparent text (see
 * resources/print.css `.mark-text`), laid out inline so extraction keeps reading order. An end marker
 * is placed *after* the whitespace that follows the marked words, so the extracted text reads
 * `an inseparable [end deletion] a` rather than `an inseparable[end deletion] a`.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** How one kind of mark is printed. */
export interface MarkStyle {
  readonly tagName: 'del' | 'ins';
  /** Extra classes on the element (the revision layer adds `revision`). */
  readonly classNames: readonly string[];
  /** Hidden marker before the marked words, e.g. `[begin deletion]`. */
  readonly begin: string;
  /** Hidden marker after them, e.g. `[end deletion]`. */
  readonly end: string;
}

export interface MarkedRun<Mark extends string> {
  readonly text: string;
  readonly mark: Mark;
}

/** The constitution redline layer. */
export const CONSTITUTION_MARKS = {
  delete: { tagName: 'del', classNames: [], begin: '[begin deletion]', end: '[end deletion]' },
  insert: { tagName: 'ins', classNames: [], begin: '[begin insertion]', end: '[end insertion]' },
} as const satisfies Record<string, MarkStyle>;

/** The revision layer (changes between two revisions of a measure). */
export const REVISION_MARKS = {
  removed: {
    tagName: 'del',
    classNames: ['revision'],
    begin: '[begin revision deletion]',
    end: '[end revision deletion]',
  },
  added: {
    tagName: 'ins',
    classNames: ['revision'],
    begin: '[begin revision insertion]',
    end: '[end revision insertion]',
  },
} as const satisfies Record<string, MarkStyle>;

/** Text right after an end marker that reads best without a space before it. */
const CLOSING_PUNCTUATION = /^[,.;:!?)\]’”"']/;

function marker(text: string): ElementContent {
  return h('span', { className: ['mark-text'] }, text);
}

function textNode(value: string): ElementContent {
  return { type: 'text', value };
}

/**
 * Inline nodes for a paragraph of runs. `styles` maps each mark to its style; a mark without a style
 * (the unmarked one) prints as plain text.
 */
export function redlineInline<Mark extends string>(
  runs: readonly MarkedRun<Mark>[],
  styles: Partial<Record<Mark, MarkStyle>>,
): ElementContent[] {
  const nodes: ElementContent[] = [];
  let pendingEnd: string | undefined;
  runs.forEach((run, index) => {
    let text = run.text;
    if (pendingEnd !== undefined) {
      const whitespace = /^\s*/.exec(text)![0];
      if (whitespace !== '') nodes.push(textNode(whitespace));
      text = text.slice(whitespace.length);
      const nextVisible = text !== '' ? text : (runs[index + 1]?.text ?? '');
      // A tiny space after the marker keeps it apart from the next word in extracted text.
      const separator = text === '' && styles[run.mark] === undefined && index === runs.length - 1 ? '' : ' ';
      nodes.push(marker(CLOSING_PUNCTUATION.test(nextVisible) ? pendingEnd : `${pendingEnd}${separator}`));
      pendingEnd = undefined;
    }
    const style = styles[run.mark];
    if (style === undefined) {
      if (text !== '') nodes.push(textNode(text));
      return;
    }
    const properties = style.classNames.length > 0 ? { className: [...style.classNames] } : {};
    // Markers stay outside <del>/<ins>: a decoration drawn across tiny marker text shows as a dot.
    nodes.push(marker(`${style.begin} `), h(style.tagName, properties, [textNode(text)]));
    pendingEnd = style.end;
  });
  if (pendingEnd !== undefined) nodes.push(marker(pendingEnd));
  return nodes;
}
