/**
 * What a round trip through an export and `importMeasure` must keep: the title, options, the
 * uncodified sections (heading and the words of each printed block, in order) and every amendment
 * block (operation, target, destination, base and proposed texts), compared after the documented
 * normalisation (README "The measure file format", amend import-measure):
 * - proposed texts: paragraphs kept, whitespace inside a paragraph is one space;
 * - base texts: words only (`sameWords`): the exports print a struck passage as one paragraph, so
 *   its paragraph breaks come back only from the edition (`--base`);
 * - the section style only when the measure has two sections or more (`SECTION 1.` is the same in both).
 */
import { amendmentsInOrder } from '../../../../src/measure/build-document';
import { markdownBlocks } from '../../../../src/measure/markdown-blocks';
import { parseMeasure } from '../../../../src/measure/parse-measure';

/** Paragraphs kept, each paragraph's whitespace collapsed to single spaces. */
export function normaliseText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

export interface Comparable {
  readonly title: string;
  readonly options: unknown;
  readonly uncodified: readonly { readonly heading: string; readonly blocks: readonly string[] }[];
  readonly amendments: readonly {
    readonly op: string;
    readonly target: string;
    readonly to: string | undefined;
    readonly base: string | undefined;
    readonly proposed: string | undefined;
  }[];
}

/** The parts of a measure file that a round trip must give back. */
export function comparable(source: string): Comparable {
  const measure = parseMeasure(source);
  return {
    title: measure.meta.title,
    options: measure.parts.length > 1 ? measure.meta.options : measure.meta.options.enactingClause,
    uncodified: measure.parts.flatMap((part) =>
      part.type === 'uncodified'
        ? [
            {
              heading: part.heading,
              blocks: markdownBlocks(part.body).map((block) =>
                block.runs
                  .map((run) => run.text)
                  .join('')
                  .replace(/\s+/g, ' ')
                  .trim(),
              ),
            },
          ]
        : [],
    ),
    amendments: amendmentsInOrder(measure).map(({ part }) => ({
      op: part.op,
      target: part.target,
      to: part.to,
      base: part.base?.replace(/\s+/g, ' ').trim(),
      proposed: normaliseText(part.proposed),
    })),
  };
}
