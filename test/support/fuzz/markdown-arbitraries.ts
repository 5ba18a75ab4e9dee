/**
 * fast-check arbitraries for the whole-pipeline fuzz (issue 7, reliability study §3.5 / T5): Markdown-ish
 * constitution documents built from legal tokens (article and section headings, subdivision labels,
 * history notes, lists, quotes, tables, fences, HTML, entities, emphasis, links), mixed with hostile
 * strings (NUL, BOM, CR and CRLF, U+2028, bidi controls, lone surrogates, long words, deep nesting) and
 * random bytes decoded leniently, plus edited copies of them. Sizes are kept small on purpose: the fuzz
 * buys its coverage with run count, not document size (pathological sizes have their own tests).
 */
import fc from 'fast-check';

/** Longest generated word: long enough to cross any per-line fast path, short enough for 10,000 runs. */
const LONG_WORD_LENGTH = 240;
/** Deepest generated nesting (quotes, lists, brackets): deep enough to recurse, far below the caps. */
const MAX_NESTING = 12;
/** Blocks per document: enough for several articles and sections with something between them. */
const MAX_BLOCKS = 7;

const WORDS = [
  'the',
  'State',
  'shall',
  'may',
  'not',
  'Legislature',
  'county',
  'inseparable',
  'people',
  'vote',
  '$35,000,000',
  '7.5',
  "people's",
  'two-thirds',
  'Section',
  'Article',
];

/** Strings that have broken Markdown, diff and HTML pipelines elsewhere (study §3.1–3.4). */
export const HOSTILE_PIECES = [
  '\u0000',
  '\ufeff',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '😀',
  'e\u0301',
  '\u00a0',
  '\t',
  '\f',
  '\v',
  '\u0085',
  '&#0;',
  '&#x202E;',
  '&amp;',
  '&lt;script&gt;',
  '&nbsp;',
  '\\',
  '`',
  '~~~',
  '```',
  '@@ -1 +1 @@',
  '\\ No newline at end of file',
  '---',
  '+++',
  '__proto__',
  'constructor',
  '[toString]',
  '$&',
  "$'",
  '[begin deletion]',
  '[end insertion]',
];

/** HTML and link payloads from the XSS incidents (study §1.4, §3.3): they must come out as text. */
export const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<div onclick="alert(1)">',
  '</div>',
  '<style>*{}</style>',
  '<!-- comment',
  '-->',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<webview src="https://evil.example" nodeintegration></webview>',
  '<object data="data:text/html,<script>alert(1)</script>">',
  '[x](javascript:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '<javascript:alert(1)>',
  '![i](data:image/svg+xml,<svg onload=alert(1)>)',
  '[ref]: javascript:alert(1)',
  '</style><script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'onmouseover='alert(1)",
];

const word = fc.constantFrom(...WORDS);
const hostile = fc.constantFrom(...HOSTILE_PIECES);
const payload = fc.constantFrom(...HTML_PAYLOADS);
const emphasis = fc
  .tuple(fc.constantFrom('*', '**', '_', '__', '~~', '`', '***'), word)
  .map(([mark, text]) => `${mark}${text}${mark}`);
const link = fc.constantFrom(
  '[Section 1](https://example.invalid/a)',
  '<https://example.invalid>',
  '[a](b',
  '[',
  ']',
  '![alt](x.png)',
  '[^1]',
  'mailto:someone@example.invalid',
);
const longWord = fc.constantFrom('a', 'é', '\u200b', 'ab ').map((unit) => unit.repeat(LONG_WORD_LENGTH / unit.length));
const label = fc.constantFrom('(a)', '(b)', '(1)', '(A)', '(i)', '(ii)', '(a)(1)(A)(i)', '(aa)', '(a)(1)', '(5.5)');

/** Arbitrary UTF-16 units (lone surrogates included), and random bytes decoded the lenient way. */
const rawUnits = fc.string({ unit: 'binary', maxLength: 12 });
const decodedBytes = fc.uint8Array({ maxLength: 40 }).map((bytes) => new TextDecoder('utf-8').decode(bytes));

/** One inline piece of text: mostly words, sometimes markup, payloads and hostile strings. */
const inlinePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 14, arbitrary: word },
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: payload },
  { weight: 1, arbitrary: emphasis },
  { weight: 1, arbitrary: link },
  { weight: 1, arbitrary: label },
  { weight: 1, arbitrary: rawUnits },
);
/** A line of inline text (rarely a very long word or random decoded bytes). */
export const inlineText: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.array(inlinePiece, { maxLength: 10 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: decodedBytes },
);

const romans = ['I', 'III', 'IV', 'X', 'XIII A', 'XIIIB', 'XXXV', 'XXXVI'];
const articleHeading = fc
  .tuple(
    fc.constantFrom('## ', '# ', '### ', '##  '),
    fc.constantFrom('Article', 'ARTICLE', 'Art.'),
    fc.oneof(fc.constantFrom(...romans), fc.integer({ min: 1, max: 36 }).map(String), fc.constantFrom('13A', '10B')),
    fc.oneof(fc.constantFrom('', ' (STATE OF CALIFORNIA)', ' TAXATION', ' [SECTION 1 - SEC. 9]'), inlineText),
  )
  .map(([marks, keyword, number, title]) => `${marks}${keyword} ${number}${title === '' ? '' : ` ${title}`}`);
const sectionHeading = fc
  .tuple(
    fc.constantFrom('### ', '## ', '#### '),
    fc.constantFrom('Section', 'SEC.', 'SECTION', '§'),
    fc.constantFrom('1', '2', '2.5', '7.5', '3', '1'),
    fc.constantFrom('', '.', '. ', '.  '),
    fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: inlineText }),
  )
  .map(([marks, keyword, number, dot, tail]) => `${marks}${keyword} ${number}${dot}${tail}`);
const paragraph = fc
  .tuple(fc.option(label, { nil: undefined }), fc.array(inlineText, { minLength: 1, maxLength: 3 }))
  .map(([first, lines]) => `${first === undefined ? '' : `${first} `}${lines.join('\n')}`);
const historyNote = fc.constantFrom(
  '(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)',
  '(Amended Nov. 8, 1994, by Prop. 184.)',
  '( Article 3 adopted 1879. )',
  '(Sec. 2 repealed',
);
const listItem = fc
  .tuple(fc.constantFrom('1. ', '2) ', '- ', '* ', '+ ', '10. '), inlineText)
  .map(([marker, text]) => marker + text);
const list = fc.array(listItem, { minLength: 1, maxLength: 4 }).map((items) => items.join('\n'));
const nested = fc
  .tuple(fc.integer({ min: 2, max: MAX_NESTING }), fc.constantFrom('> ', '  - ', '   1. ', '[', '*', '(a) '), word)
  .map(([depth, unit, text]) =>
    unit.startsWith(' ')
      ? Array.from({ length: depth }, (_, level) => `${' '.repeat(level * 2)}${unit.trim()} ${text}`).join('\n')
      : `${unit.repeat(depth)}${text}`,
  );
const quote = fc
  .array(inlineText, { minLength: 1, maxLength: 3 })
  .map((lines) => lines.map((l) => `> ${l}`).join('\n'));
const table = fc
  .tuple(inlineText, inlineText)
  .map(([a, b]) => `| ${a.replace(/\n/g, ' ')} | b |\n| --- | :-: |\n| ${b.replace(/\n/g, ' ')} | 2 |`);
const fence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '~~~~'),
    fc.constantFrom('', 'js', 'base', 'proposed', 'js"><script>alert(1)</script>', 'x onerror=alert(1)'),
    fc.array(inlineText, { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([mark, lang, lines, closed]) => [`${mark}${lang}`, ...lines, ...(closed ? [mark] : [])].join('\n'));
const htmlBlock = fc.tuple(payload, inlineText).map(([html, text]) => `${html}\n${text}`);
const setext = fc.tuple(inlineText, fc.constantFrom('===', '---')).map(([text, line]) => `${text}\n${line}`);
const definition = fc.constantFrom('[ref]: https://example.invalid', '[^1]: note', '[x]: <javascript:alert(1)>');

/** One block of a document. Headings are common so documents have articles and sections to diff. */
export const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: articleHeading },
  { weight: 5, arbitrary: sectionHeading },
  { weight: 8, arbitrary: paragraph },
  { weight: 1, arbitrary: historyNote },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: setext },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: decodedBytes },
);
const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\r\n\r\n', '\r\r', '\n \n', '\u2028', '\n\n\n');
const frontMatter = fc.constantFrom(
  '',
  '',
  '',
  '---\ntitle: Constitution\nedition: 2011-01-01\n---\n',
  '---\n---\n',
  '---\ntitle: [unclosed\n---\n',
  '\ufeff',
  '---\ntitle: "<script>alert(1)</script>"\n---\n',
);

/** A document as its blocks and separators, so an edit can work on whole blocks. */
export interface DocParts {
  readonly frontMatter: string;
  readonly blocks: readonly (readonly [string, string])[];
  readonly finalNewline: string;
}

function docPartsOf(maxBlocks: number): fc.Arbitrary<DocParts> {
  return fc.record({
    frontMatter,
    blocks: fc.array(fc.tuple(block, separator), { maxLength: maxBlocks }),
    finalNewline: fc.constantFrom('\n', '', '\r\n', '\n\n'),
  });
}
const docParts = docPartsOf(MAX_BLOCKS);

function joinParts(parts: DocParts): string {
  return parts.frontMatter + parts.blocks.map(([text, sep]) => text + sep).join('') + parts.finalNewline;
}

/** A Markdown-ish constitution document (rarely: any string at all, or decoded random bytes). */
export const constitutionDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: docParts.map(joinParts) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)) },
);

/** One edit of a document's blocks: replace, insert or delete a block; or splice raw text into one. */
const blockEdit = fc.tuple(
  fc.constantFrom('replace', 'insert', 'delete', 'splice', 'words'),
  fc.nat(),
  fc.nat(),
  fc.oneof(block, hostile, inlineText),
);

function applyEdits(parts: DocParts, edits: readonly (readonly [string, number, number, string])[]): string {
  const blocks = parts.blocks.map(([text, sep]) => [text, sep] as [string, string]);
  for (const [kind, at, offset, text] of edits) {
    const index = blocks.length === 0 ? 0 : at % blocks.length;
    const target = blocks[index];
    if (kind === 'insert' || target === undefined) blocks.splice(index, 0, [text, '\n\n']);
    else if (kind === 'replace') target[0] = text;
    else if (kind === 'delete') blocks.splice(index, 1);
    else if (kind === 'splice') {
      const cut = offset % (target[0].length + 1);
      target[0] = target[0].slice(0, cut) + text + target[0].slice(cut);
    } else {
      // A drafter's edit: one word of the block replaced (whitespace around it kept).
      const words = target[0].split(' ');
      words[offset % words.length] = WORDS[offset % WORDS.length]!;
      target[0] = words.join(' ');
    }
  }
  return joinParts({ ...parts, blocks });
}

/**
 * A base document of up to `maxBlocks` blocks and an edited copy (mostly a few edits of it; rarely
 * an unrelated document).
 */
export function documentAndEditOf(maxBlocks = MAX_BLOCKS): fc.Arbitrary<{ base: string; edited: string }> {
  return fc.oneof(
    {
      weight: 10,
      arbitrary: fc
        .tuple(docPartsOf(maxBlocks), fc.array(blockEdit, { maxLength: 4 }))
        .map(([parts, edits]) => ({ base: joinParts(parts), edited: applyEdits(parts, edits) })),
    },
    { weight: 1, arbitrary: fc.record({ base: constitutionDocument, edited: constitutionDocument }) },
  );
}

const yamlValue = fc.oneof(
  inlineText.map((text) => JSON.stringify(text)),
  fc.constantFrom('', '[unclosed', '{a: 1}', '!!js/function "x"', '&a [*a]', '*undefined', '|\n  block', '"\\u0000"'),
);
/** Front matter of a measure file: the real keys with hostile values, sometimes broken YAML. */
const measureFrontMatter = fc
  .tuple(yamlValue, yamlValue, yamlValue, fc.constantFrom('constitutional amendment', 'statute', 'x'), fc.boolean())
  .map(
    ([title, label, county, kind, closed]) =>
      `---\ntitle: ${title}\nkind: ${kind}\nproponents:\n  - name: ${title}\n    county: ${county}\n    contact: { email: a@example.invalid }\n` +
      `base: { edition: test, sha256: ${'a'.repeat(64)} }\nrevision: { label: ${label} }\n` +
      `options: { enactingClause: true, sectionStyle: sec }\n${closed ? '---\n' : ''}`,
  );
const partHeading = fc.oneof(
  fc.constantFrom(
    'Amend Article III, Section 1',
    'Add Article III, Section 1.5',
    'Repeal Article III, Section 1',
    'Renumber Article X, Section 4 to Article X, Section 3',
    'Move Article X B, Section 2 to Article X, Section 8',
    'Add Article XXXVI',
    'Repeal Article XXXV',
    'Retitle Article III',
    'Findings and Declarations',
    'Title',
    'Severability',
    'Conflict 1: Amend Article III, Section 1',
    'Conflict 2: front matter: title',
  ),
  inlineText,
);
const fencedText = fc
  .tuple(fc.constantFrom('base', 'proposed', 'ours', 'theirs', 'both', 'x'), fc.array(block, { maxLength: 3 }))
  .map(([name, blocks]) => `~~~${name}\n${blocks.join('\n\n')}\n~~~`);
const measurePart = fc
  .tuple(
    partHeading,
    fc.array(fc.oneof(fencedText, block, fc.constantFrom('kind: same-words', 'ours: A', 'theirs: B')), {
      maxLength: 3,
    }),
  )
  .map(([heading, body]) => `## ${heading}\n\n${body.join('\n\n')}`);

/** A `.measure.md` file: front matter and parts with hostile content (rarely: any string at all). */
export const measureDocument: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(measureFrontMatter, fc.array(measurePart, { maxLength: 5 }), separator)
      .map(([front, parts, sep]) => `${front}\n${parts.join(sep)}\n`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
