/**
 * fast-check arbitraries for the import round trip: measures built from generated edits (every
 * operation, uncodified sections, both section styles, with or without the enacting clause), and the
 * constitution edition their base texts come from.
 *
 * What the generator leaves out, because the exports do not carry it (README of this folder's tests,
 * "Round-trip normalisation"): history notes (never restated), labels typed into the texts
 * (`SEC. 1.` at the start of a base text is read as the printed label), tables (text export reflows
 * them), headings inside uncodified bodies (printed as paragraphs in text), and words that would read
 * as structure at the start of a paragraph (`SEC. 2.`, `ARTICLE`).
 */
import fc from 'fast-check';
import { parseArticleNumber } from '../../../../src/constitution/article-number';
import { compareSectionNumbers } from '../../../../src/constitution/ids';
import { sameWords } from '../../../../src/measure/official-text';
import { formatAmendmentPart, formatUncodifiedPart, type AmendmentSpec } from '../../../../src/measure/part-format';
import { measureSkeleton } from '../../../../src/measure/skeleton';

/** Words of legal prose, with the punctuation that sits on them. */
const PROSE_WORDS = [
  'the',
  'State',
  'shall',
  'may',
  'not',
  'people',
  'Legislature',
  'law',
  'of',
  'and',
  'or',
  'any',
  'California',
  'supreme',
  'part',
  'a',
  'an',
  'inseparable',
  'United',
  'States',
  'land,',
  'act;',
  'vote.',
  'rights:',
  '(a)',
  '(b)',
  '(1)',
  '“Act”',
  '1849',
  '$2,000',
  '§',
  '50',
  'percent',
  'two-thirds',
  'e.g.',
  'O’Brien',
  'Governor',
  'county—city',
];
/** Characters Markdown gives meaning to; the Markdown export escapes them, so they are generated for it. */
const MARKDOWN_SPECIAL_WORDS = ['a*b', 'x_y', '[note]', 'R&D', '<tag>', '#5', '~', '\\', '`code`'];
const TITLE_WORDS = ['California', 'Freedom', 'Act', 'Nationhood', 'Independence', 'Voters', 'Rights', 'Initiative'];
const HEADINGS = [
  'Title',
  'Findings and Declarations',
  'Purpose and Intent',
  'Severability',
  'Conflicting Measures',
  'Liberal Construction',
  'Effective Date',
  'Definitions',
  'Legislative Reports',
];
const UPPER_TITLE_WORDS = ['STATE', 'OF', 'CALIFORNIA', 'THE', 'MEDICAL', 'RESEARCH', 'WATER', 'RIGHTS'];

/** Articles whose sections are generated, and articles that are only added or repealed whole. */
const SECTION_ARTICLES = ['I', 'III', 'X', 'XIII A', 'XX'];
const WHOLE_ARTICLES = ['XXXV', 'XXXVI', 'XXXVII', 'XL'];
const SECTION_NUMBERS = ['1', '2', '3', '4', '1.5', '7.5', '8', '31'];

export interface GeneratedMeasure {
  /** The `.measure.md` text. */
  readonly source: string;
  /** A constitution edition holding every base text the measure changes. */
  readonly edition: string;
  /** True when some renumber or move restates nothing (its base text is only in the edition). */
  readonly plainRelocation: boolean;
  /** Uncodified sections and amendment blocks (a measure has at least one). */
  readonly partCount: number;
}

const words = (vocabulary: readonly string[], min: number, max: number): fc.Arbitrary<string[]> =>
  fc.array(fc.constantFrom(...vocabulary), { minLength: min, maxLength: max });

const paragraphs = (vocabulary: readonly string[]): fc.Arbitrary<string[][]> =>
  fc.array(words(vocabulary, 1, 10), { minLength: 1, maxLength: 3 });

/** Paragraphs as text, sometimes hard-wrapped like official text. */
function textOf(paras: readonly (readonly string[])[], wrapAt: number): string {
  return paras
    .map((para) =>
      para
        .map((word, index) => (index > 0 && index % wrapAt === 0 ? `\n${word}` : word))
        .join(' ')
        .replace(/ \n/g, '\n'),
    )
    .join('\n\n');
}

/** An edit of word lists that changes some words (so the amended text differs in words). */
const edited = (vocabulary: readonly string[], paras: string[][]): fc.Arbitrary<string[][]> =>
  fc
    .array(
      fc.record({
        para: fc.nat(),
        at: fc.nat(),
        kind: fc.constantFrom('replace', 'insert', 'delete'),
        word: fc.constantFrom(...vocabulary),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      const out = paras.map((para) => [...para]);
      for (const edit of edits) {
        const para = out[edit.para % out.length]!;
        const at = edit.at % (para.length + 1);
        if (edit.kind === 'insert' || para.length <= 1) para.splice(at, 0, edit.word);
        else if (edit.kind === 'delete') para.splice(Math.min(at, para.length - 1), 1);
        else para.splice(Math.min(at, para.length - 1), 1, edit.word);
      }
      return out;
    });

type OpChoice = 'amend' | 'add' | 'repeal' | 'renumber' | 'renumber-text' | 'move' | 'move-text' | 'retitle';

interface SectionOp {
  readonly choice: OpChoice;
  readonly article: string;
  readonly section: string;
  readonly destinationSection: string;
  readonly destinationArticle: string;
  readonly base: string[][];
  readonly wrap: number;
}

function articleKey(roman: string): string {
  return parseArticleNumber(roman)!.key;
}

function arabic(roman: string): string {
  const number = parseArticleNumber(roman)!;
  return `${number.value}${number.suffix}`;
}

/** Build one measure from generated pieces; specs that would collide are dropped. */
function assemble(input: {
  vocabulary: readonly string[];
  title: string[];
  uncodified: { heading: string; body: string[][] }[];
  sectionOps: (SectionOp & { proposed: string[][] })[];
  wholeArticles: { kind: 'add' | 'repeal'; article: string; title: string[]; sections: string[][][] }[];
  enactingClause: boolean;
  sectionStyle: 'sec' | 'section';
}): GeneratedMeasure {
  const used = new Set<string>();
  const specs: AmendmentSpec[] = [];
  const editionArticles = new Map<string, { title: string; sections: Map<string, string>; whole?: string }>();
  const editionArticle = (roman: string): { title: string; sections: Map<string, string>; whole?: string } => {
    const key = articleKey(roman);
    let entry = editionArticles.get(key);
    if (entry === undefined) {
      entry = { title: `${key} PROVISIONS`, sections: new Map() };
      editionArticles.set(key, entry);
    }
    return entry;
  };
  let plainRelocation = false;
  const retitled = new Set<string>();
  for (const op of input.sectionOps) {
    const key = articleKey(op.article);
    const target = `art-${key}/sec-${op.section}`;
    const base = textOf(op.base, op.wrap);
    const proposed = textOf(op.proposed, op.wrap + 1);
    if (op.choice === 'retitle') {
      if (retitled.has(key)) continue;
      retitled.add(key);
      const oldTitle =
        op.base
          .flat()
          .join(' ')
          .toUpperCase()
          .replace(/[^A-Z ]/g, '')
          .trim() || 'OLD TITLE';
      const newTitle = `${oldTitle} AMENDED`;
      editionArticle(op.article).title = oldTitle;
      specs.push({ op: 'retitle', target: `art-${key}`, base: oldTitle, proposed: newTitle });
      continue;
    }
    if (used.has(target)) continue;
    const changes = !sameWords(base, proposed);
    if ((op.choice === 'amend' || op.choice.endsWith('-text')) && !changes) continue;
    if (op.choice === 'add') {
      used.add(target);
      specs.push({ op: 'add', target, proposed });
      continue;
    }
    if (op.choice === 'amend' || op.choice === 'repeal') {
      used.add(target);
      editionArticle(op.article).sections.set(op.section, base);
      specs.push(op.choice === 'amend' ? { op: 'amend', target, base, proposed } : { op: 'repeal', target, base });
      continue;
    }
    const move = op.choice.startsWith('move');
    const toArticle = move ? op.destinationArticle : op.article;
    if (articleKey(toArticle) === key && move) continue;
    const to = `art-${articleKey(toArticle)}/sec-${op.destinationSection}`;
    if (to === target || used.has(to)) continue;
    used.add(target);
    used.add(to);
    editionArticle(op.article).sections.set(op.section, base);
    const withText = op.choice.endsWith('-text');
    plainRelocation ||= !withText;
    specs.push({ op: move ? 'move' : 'renumber', target, to, base, ...(withText ? { proposed } : {}) });
  }
  for (const whole of input.wholeArticles) {
    const key = articleKey(whole.article);
    if (used.has(`art-${key}`)) continue;
    used.add(`art-${key}`);
    const title = whole.title.join(' ');
    const markdown = [
      `## Article ${arabic(whole.article)} (${title})`,
      ...whole.sections.map((text, index) => `### Section ${index + 1}\n\n${textOf(text, 6)}`),
    ].join('\n\n');
    if (whole.kind === 'add') specs.push({ op: 'add', target: `art-${key}`, proposed: markdown });
    else {
      editionArticles.set(key, { title, sections: new Map(), whole: markdown });
      specs.push({ op: 'repeal', target: `art-${key}`, base: markdown });
    }
  }
  const skeleton = measureSkeleton({
    title: input.title.join(' '),
    edition: 'generated-edition',
    sha256: 'a'.repeat(64),
  }).replace(
    'options:\n  enactingClause: true\n  sectionStyle: sec',
    `options:\n  enactingClause: ${input.enactingClause}\n  sectionStyle: ${input.sectionStyle}`,
  );
  const parts = [
    ...input.uncodified.map((part) => formatUncodifiedPart(part.heading, textOf(part.body, 7))),
    ...specs.map(formatAmendmentPart),
  ];
  const articles = [...editionArticles.entries()].map(([key, entry]) => {
    if (entry.whole !== undefined) return entry.whole;
    const sections = [...entry.sections.entries()]
      .sort(([a], [b]) => compareSectionNumbers(a, b))
      .map(([number, text]) => `### Section ${number}\n\n${text}`);
    return [`## Article ${arabic(key)} (${entry.title})`, ...sections].join('\n\n');
  });
  return {
    source: `${skeleton}\n${parts.join('\n\n')}\n`,
    edition: `---\ntitle: Generated edition\nedition: generated-edition\n---\n\n# Constitution of the State of California\n\n${articles.join('\n\n')}\n`,
    plainRelocation,
    partCount: parts.length,
  };
}

/** A generated measure. `markdownSpecials` adds words with Markdown-significant characters. */
export function generatedMeasure(options: { markdownSpecials: boolean }): fc.Arbitrary<GeneratedMeasure> {
  const vocabulary = options.markdownSpecials ? [...PROSE_WORDS, ...MARKDOWN_SPECIAL_WORDS] : PROSE_WORDS;
  const sectionOp = fc
    .record({
      choice: fc.constantFrom<OpChoice>(
        'amend',
        'amend',
        'add',
        'repeal',
        'renumber',
        'renumber-text',
        'move',
        'move-text',
        'retitle',
      ),
      article: fc.constantFrom(...SECTION_ARTICLES),
      section: fc.constantFrom(...SECTION_NUMBERS),
      destinationSection: fc.constantFrom(...SECTION_NUMBERS),
      destinationArticle: fc.constantFrom(...SECTION_ARTICLES),
      base: paragraphs(vocabulary),
      wrap: fc.integer({ min: 3, max: 12 }),
    })
    .chain((op) => edited(vocabulary, op.base).map((proposed) => ({ ...op, proposed })));
  const wholeArticle = fc.record({
    kind: fc.constantFrom<'add' | 'repeal'>('add', 'repeal'),
    article: fc.constantFrom(...WHOLE_ARTICLES),
    title: words(UPPER_TITLE_WORDS, 1, 4),
    sections: fc.array(paragraphs(vocabulary), { minLength: 1, maxLength: 3 }),
  });
  return fc
    .record({
      title: words(TITLE_WORDS, 1, 5),
      uncodified: fc.uniqueArray(
        fc.record({
          heading: fc.constantFrom(...HEADINGS),
          body: fc.array(words(vocabulary, 1, 10), { maxLength: 3 }),
        }),
        { maxLength: 3, selector: (part) => part.heading },
      ),
      sectionOps: fc.array(sectionOp, { maxLength: 5 }),
      wholeArticles: fc.array(wholeArticle, { maxLength: 2 }),
      enactingClause: fc.boolean(),
      sectionStyle: fc.constantFrom<'sec' | 'section'>('sec', 'section'),
    })
    .map((input) => assemble({ vocabulary, ...input }))
    .filter((generated) => generated.partCount > 0);
}
