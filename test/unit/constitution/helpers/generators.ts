/**
 * fast-check generators of legal Markdown:
 * - `legalDocument`: documents inside the scanner's CommonMark subset (headings, hard-wrapped
 *   paragraphs with labels, `1.` items with lazy lines, indented and fenced code, interruptions);
 * - `wildDocument`: the same plus constructs outside the subset (quotes, bullets, tables, setext,
 *   HTML, definitions, tabs) that send regions to remark;
 * - `keywordSoup`: grammar keywords and separators in any order (the Bluebell-style fuzzer).
 */
import fc from 'fast-check';

const WORDS = [
  'the',
  'Legislature',
  'shall',
  'provide',
  'by',
  'law',
  'for',
  'State',
  'county',
  'tax',
  'Section',
  'Article',
  'vote',
  'of',
  'a',
  '$5,000',
  '1988',
  'property',
];
const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));

const romans = ['I', 'II', 'III', 'IV', 'IX', 'X', 'XIII', 'XIII A', 'XIIIB', 'XXXV'];
const articleHeading = fc
  .tuple(
    fc.constantFrom('#', '##', '###'),
    fc.constantFrom('Article', 'ARTICLE', 'Art.'),
    fc.oneof(fc.integer({ min: 1, max: 35 }).map(String), fc.constantFrom(...romans), fc.constantFrom('13A', '10B')),
    fc.constantFrom('', ' (STATE OF CALIFORNIA)', ' TAXATION', '. Education', ' [SECTION 1 - SEC. 9]'),
  )
  .map(([marks, keyword, number, title]) => `${marks} ${keyword} ${number}${title}`);
const sectionHeading = fc
  .tuple(
    fc.constantFrom('###', '##', '####'),
    fc.constantFrom('Section', 'SEC.', 'SECTION', '§'),
    fc.constantFrom('1', '2', '2.5', '7.5', '14.1', '3', '1'),
    fc.constantFrom('', '.'),
  )
  .map(([marks, keyword, number, dot]) => `${marks} ${keyword} ${number}${dot}`);
const otherHeading = fc
  .tuple(fc.constantFrom('#', '##', '######', '  ##'), words(0, 4), fc.constantFrom('', ' ##', ' #  '))
  .map(([marks, text, closing]) => `${marks} ${text}${closing}`);
const heading = fc.oneof(articleHeading, sectionHeading, otherHeading);

const label = fc.constantFrom(
  '(a) ',
  '(b) ',
  '(c) ',
  '(h) ',
  '(i) ',
  '(j) ',
  '(1) ',
  '(2) ',
  '(A) ',
  '(B) ',
  '(ii) ',
  '(v) ',
  '(b) (1) ',
  '(i) (1) ',
  '(aa) ',
  '',
);
/** Continuation lines that look like block starts but are not (they must not interrupt). */
const trickyContinuation = fc.constantFrom(
  '1988.',
  '2. not a new item',
  '12002.2 of said code.',
  '#hashtag',
  '(commencing with Section 8720)',
  '    indented continuation',
  '1.',
  '10) words',
  '``not a fence',
  '~~ nor this',
  'Sec. 1 added 1974 by Prop. 8.',
  '####### too',
);
const paragraphLine = fc.oneof({ weight: 4, arbitrary: words(1, 8) }, { weight: 1, arbitrary: trickyContinuation });
const paragraph = fc
  .tuple(label, words(1, 8), fc.array(paragraphLine, { maxLength: 4 }))
  .map(([first, text, rest]) => [`${first}${text}`, ...rest].join('\n'));
const historyNote = fc.constantFrom(
  '(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)',
  '(Amended Nov. 8, 1994, by Prop. 184.)',
  '( Article 3 adopted 1879. )',
);
const listItem = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom('. ', '.  ', ') '),
    words(1, 6),
    fc.array(
      fc.oneof(
        words(1, 5),
        words(1, 5).map((text) => `   ${text}`),
      ),
      { maxLength: 2 },
    ),
  )
  .map(([value, delimiter, text, lazy]) => [`${value}${delimiter}${text}`, ...lazy].join('\n'));
const list = fc
  .array(listItem, { minLength: 1, maxLength: 4 })
  .chain((items) =>
    fc
      .constantFrom('\n', '\n\n')
      .map((separator) =>
        items.map((item) => item.replace(/^\d+\)/, (marker) => marker.replace(')', '.'))).join(separator),
      ),
  );
const indentedCode = fc
  .array(
    words(0, 5).map((text) => `    ${text}`),
    { minLength: 1, maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));
const fencedCode = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````'),
    fc.array(fc.oneof(words(0, 4), fc.constantFrom('## Article 5', '```x', '(a) text')), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([fence, lines, closed]) => [fence, ...lines, ...(closed ? [fence] : [])].join('\n'));

const subsetBlock = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: historyNote },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: fencedCode },
);
/** Between blocks: a blank line (or more, with stray spaces), or a bare newline so blocks interrupt or run on. */
const separator = fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\n  \n', ' \n\n');

/**
 * Blocks joined by separators. After a list, a blank line always follows: run-on text there would
 * make its `1988.`-style lines empty list items (which the scanner leaves to remark by design), and
 * indented code right after the list would nest in its last item, so a paragraph goes between.
 */
function joinBlocks(arbitrary: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.array(fc.tuple(arbitrary, separator), { maxLength: 14 }).map((parts) =>
    parts
      .map(([block, sep], index) => {
        const isList = /^\d+[.)] /.test(block);
        const previous = parts[index - 1]?.[0];
        const nested = previous !== undefined && /^\d+[.)] /.test(previous) && block.startsWith('    ');
        return (nested ? 'A paragraph.\n\n' : '') + block + (isList && sep === '\n' ? '\n\n' : sep);
      })
      .join(''),
  );
}

const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: Constitution\nedition: 2011-01-01\n---\n',
  '---\n---\n',
  '---\ntitle: [unclosed\n---\n',
);

/** Documents inside the scanner's subset, optionally with CRLF line endings. */
export const legalDocument: fc.Arbitrary<string> = fc
  .tuple(frontMatter, joinBlocks(subsetBlock), fc.boolean())
  .map(([front, body, crlf]) => {
    const text = front + body;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const outsideSubset = fc.constantFrom(
  '> quoted text\ncontinued',
  '- bullet one\n- bullet two',
  '* star',
  '***',
  '---',
  'Setext title\n===',
  'Another\n---',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '<div>\nhtml\n</div>',
  '<!-- comment',
  '[ref]: https://example.invalid',
  '[^1]: footnote',
  '\tindented by tab',
  '1.\n',
  '1. # heading in item',
  '3. item\n\n   continuation paragraph',
  '1. one\n2) two',
  'text\n- interrupting bullet',
  '+ plus',
);
/** Documents mixing the subset with constructs remark must read. */
export const wildDocument: fc.Arbitrary<string> = joinBlocks(
  fc.oneof({ weight: 3, arbitrary: subsetBlock }, { weight: 1, arbitrary: outsideSubset }),
);

const keyword = fc.constantFrom(
  'Article',
  'ARTICLE',
  'Art.',
  'Section',
  'SEC.',
  '§',
  'III',
  'XIII A',
  '13A',
  '7.5',
  '1',
  '(a)',
  '(i)',
  '(1)',
  '(A)',
  '(ii)',
  '1.',
  '2)',
  '#',
  '##',
  '###',
  '(Amended 1990 by Prop. 1.)',
  '---',
  '```',
  '~~~',
  '    ',
  '>',
  '-',
  '*',
  '|',
  '[x]:',
  '<p>',
  '=',
  '(',
  ')',
  '[SECTION 1 - SEC. 9]',
  'words',
  '\u0000',
  '\ufeff',
  '\u00a0',
);
const keywordSeparator = fc.constantFrom(' ', '\n', '\n\n', '  ', '\t', '\r\n', '\r', '');
/** Grammar keywords and separators in any order. */
export const keywordSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(keyword, keywordSeparator), { maxLength: 40 })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''));
