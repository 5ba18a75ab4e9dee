/**
 * fast-check generators of small constitution documents and of edits to them: structural edits on
 * a model (sections and articles added, repealed, renumbered, moved, retitled, heading tweaks,
 * subdivisions added), then text edits on the rendered Markdown (words, whitespace, CRLF, trailing
 * spaces, and occasional raw character edits that may break the structure on purpose).
 */
import fc from 'fast-check';

export interface SectionModel {
  number: string;
  paragraphs: string[];
  /** Extra text after the number on the heading line (a cosmetic tweak keeps the id). */
  headingTail: string;
}

export interface ArticleModel {
  /** Arabic value; written as Arabic or Roman (`writtenRoman`), which keeps the same id. */
  value: number;
  suffix: string;
  writtenRoman: boolean;
  title: string;
  intro: string[];
  sections: SectionModel[];
}

export interface DocModel {
  frontMatter: boolean;
  title: boolean;
  preamble: string[];
  articles: ArticleModel[];
  lineBreak: '\n' | '\r\n';
}

const WORDS = [
  'the',
  'State',
  'shall',
  'may',
  'not',
  'of',
  'and',
  'Legislature',
  'county',
  'inseparable',
  'an',
  'a',
  'law',
  'people',
  'vote',
  '$35,000,000',
  '1,000',
  '7.5',
  'Section',
  "people's",
  'two-thirds',
  'Governor',
  'court',
];
const TITLES = ['STATE OF CALIFORNIA', 'LEGISLATIVE', 'EXECUTIVE', 'WATER', 'TAXATION', 'MISCELLANEOUS'];
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const sentence: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 })
  .map((words) => `${words.join(' ')}.`);

const paragraph: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom('(a)', '(b)', '(c)', '(1)', '(2)'), { nil: undefined }),
    fc.array(sentence, { minLength: 1, maxLength: 3 }),
  )
  .map(([label, sentences]) => `${label === undefined ? '' : `${label} `}${sentences.join(' ')}`);

const section = (number: string): fc.Arbitrary<SectionModel> =>
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((paragraphs) => ({ number, paragraphs, headingTail: '' }));

const article = (value: number): fc.Arbitrary<ArticleModel> =>
  fc
    .tuple(
      fc.constantFrom(...TITLES),
      fc.array(paragraph, { maxLength: 1 }),
      fc
        .integer({ min: 0, max: 4 })
        .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => section(String(index + 1))))),
      fc.boolean(),
    )
    .map(([title, intro, sections, writtenRoman]) => ({ value, suffix: '', writtenRoman, title, intro, sections }));

/** A small document: up to 4 articles of up to 4 sections. */
export const docModel: fc.Arbitrary<DocModel> = fc
  .tuple(
    fc.boolean(),
    fc.boolean(),
    fc.array(paragraph, { maxLength: 1 }),
    fc
      .integer({ min: 0, max: 4 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => article(index + 1)))),
    fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n'),
  )
  .map(([frontMatter, title, preamble, articles, lineBreak]) => ({
    frontMatter,
    title,
    preamble,
    articles,
    lineBreak,
  }));

/** The Markdown of a model, in the layout of the 2011 edition. */
export function renderDoc(model: DocModel): string {
  const blocks: string[] = [];
  if (model.frontMatter) blocks.push('---\ntitle: Test Constitution\nedition: test\n---');
  if (model.title) blocks.push('# Constitution of Testland');
  blocks.push(...model.preamble);
  for (const item of model.articles) {
    const number = item.writtenRoman
      ? `${ROMAN[item.value] ?? item.value}${item.suffix === '' ? '' : ` ${item.suffix}`}`
      : `${item.value}${item.suffix}`;
    blocks.push(`## Article ${number} (${item.title})`, ...item.intro);
    for (const part of item.sections) blocks.push(`### Section ${part.number}${part.headingTail}`, ...part.paragraphs);
  }
  const text = blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
  return model.lineBreak === '\n' ? text : text.replace(/\n/g, '\r\n');
}

type ModelEdit = (model: DocModel, pick: (bound: number) => number) => void;

function unusedSectionNumber(target: ArticleModel, seed: number): string {
  for (let candidate = seed; ; candidate++) {
    const number = `${candidate % 9}.${(candidate % 7) + 1}`;
    if (!target.sections.some((part) => part.number === number)) return number;
  }
}

function someArticle(model: DocModel, pick: (bound: number) => number): ArticleModel | undefined {
  return model.articles.length === 0 ? undefined : model.articles[pick(model.articles.length)];
}

function someSection(model: DocModel, pick: (bound: number) => number): [ArticleModel, number] | undefined {
  const owners = model.articles.filter((item) => item.sections.length > 0);
  if (owners.length === 0) return undefined;
  const owner = owners[pick(owners.length)]!;
  return [owner, pick(owner.sections.length)];
}

/** Structural edits, each a change a drafter makes. */
const MODEL_EDITS: Record<string, ModelEdit> = {
  amendWords: (model, pick) => {
    const found = someSection(model, pick);
    if (found === undefined) return;
    const part = found[0].sections[found[1]]!;
    const index = pick(part.paragraphs.length);
    const words = part.paragraphs[index]!.split(' ');
    const at = pick(words.length);
    const kind = pick(3);
    if (kind === 0) words[at] = WORDS[pick(WORDS.length)]!;
    else if (kind === 1) words.splice(at, 0, WORDS[pick(WORDS.length)]!);
    else if (words.length > 1) words.splice(at, 1);
    part.paragraphs[index] = words.join(' ');
  },
  addSection: (model, pick) => {
    const target = someArticle(model, pick);
    if (target === undefined) return;
    target.sections.splice(pick(target.sections.length + 1), 0, {
      number: unusedSectionNumber(target, pick(50)),
      paragraphs: [`New text ${WORDS[pick(WORDS.length)]!} for the people.`],
      headingTail: '',
    });
  },
  repealSection: (model, pick) => {
    const found = someSection(model, pick);
    if (found !== undefined) found[0].sections.splice(found[1], 1);
  },
  renumberSection: (model, pick) => {
    const found = someSection(model, pick);
    if (found !== undefined) found[0].sections[found[1]]!.number = unusedSectionNumber(found[0], pick(50));
  },
  moveSection: (model, pick) => {
    const found = someSection(model, pick);
    const target = someArticle(model, pick);
    if (found === undefined || target === undefined) return;
    const [moved] = found[0].sections.splice(found[1], 1);
    moved!.number = unusedSectionNumber(target, pick(50));
    target.sections.splice(pick(target.sections.length + 1), 0, moved!);
  },
  addArticle: (model, pick) => {
    const value = 20 + pick(10);
    if (model.articles.some((item) => item.value === value)) return;
    model.articles.splice(pick(model.articles.length + 1), 0, {
      value,
      suffix: '',
      writtenRoman: false,
      title: 'NEW MATTERS',
      intro: [],
      sections: [{ number: '1', paragraphs: ['The new article says this.'], headingTail: '' }],
    });
  },
  repealArticle: (model, pick) => {
    if (model.articles.length > 0) model.articles.splice(pick(model.articles.length), 1);
  },
  retitleArticle: (model, pick) => {
    const target = someArticle(model, pick);
    if (target !== undefined) target.title = `${target.title} AND ${TITLES[pick(TITLES.length)]!}`;
  },
  headingTweak: (model, pick) => {
    const found = someSection(model, pick);
    if (found !== undefined && pick(2) === 0) found[0].sections[found[1]]!.headingTail = '  ';
    const target = someArticle(model, pick);
    if (target !== undefined) target.writtenRoman = !target.writtenRoman;
  },
  addSubdivision: (model, pick) => {
    const found = someSection(model, pick);
    if (found === undefined) return;
    const part = found[0].sections[found[1]]!;
    part.paragraphs.splice(pick(part.paragraphs.length + 1), 0, `(${'defgh'[pick(5)]!}) Added subdivision text.`);
  },
  swapSections: (model, pick) => {
    const target = someArticle(model, pick);
    if (target === undefined || target.sections.length < 2) return;
    const first = pick(target.sections.length);
    const second = pick(target.sections.length);
    [target.sections[first], target.sections[second]] = [target.sections[second]!, target.sections[first]!];
  },
  swapArticles: (model, pick) => {
    if (model.articles.length < 2) return;
    const first = pick(model.articles.length);
    const second = pick(model.articles.length);
    [model.articles[first], model.articles[second]] = [model.articles[second]!, model.articles[first]!];
  },
  amendPreamble: (model) => {
    model.preamble =
      model.preamble.length === 0 ? ['We, the People, ordain this.'] : [`${model.preamble[0]!} Amended.`];
  },
};

const TEXT_NOISE = ['  ', ' ', '\t', '\r\n', '\n', '\n\n', 'x', '#', '(a) ', '.', '\r'];

/** Raw text edits: whitespace (double spaces, trailing spaces, CRLF), and rare arbitrary characters. */
function textEdit(text: string, at: number, kind: number, noise: string): string {
  if (text.length === 0) return noise;
  const index = at % (text.length + 1);
  switch (kind) {
    case 0: {
      // Trailing spaces before a line break.
      const lineEnd = text.indexOf('\n', index);
      return lineEnd < 0 ? `${text}  ` : `${text.slice(0, lineEnd)}  ${text.slice(lineEnd)}`;
    }
    case 1: {
      // One line ending switched between LF and CRLF.
      const lineEnd = text.indexOf('\n', index);
      if (lineEnd < 0) return text;
      return text[lineEnd - 1] === '\r'
        ? `${text.slice(0, lineEnd - 1)}${text.slice(lineEnd)}`
        : `${text.slice(0, lineEnd)}\r${text.slice(lineEnd)}`;
    }
    case 2:
      // A space doubled.
      return text.replace(/ /g, (space, offset: number) => (offset >= index && offset < index + 40 ? '  ' : space));
    case 3:
      return text.slice(0, index) + noise + text.slice(index);
    default:
      return text.slice(0, index) + text.slice(Math.min(text.length, index + 1 + (kind % 3)));
  }
}

/** A base document and an edited version of it. */
export const docAndEdit: fc.Arbitrary<{ base: string; edited: string }> = fc
  .tuple(
    docModel,
    fc.array(fc.constantFrom(...Object.keys(MODEL_EDITS)), { minLength: 1, maxLength: 4 }),
    fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...TEXT_NOISE)), { maxLength: 2 }),
  )
  .map(([model, edits, choices, textEdits]) => {
    const base = renderDoc(model);
    const edited: DocModel = structuredClone(model);
    let next = 0;
    const pick = (bound: number): number => (bound <= 0 ? 0 : choices[next++ % choices.length]! % bound);
    for (const name of edits) MODEL_EDITS[name]!(edited, pick);
    let text = renderDoc(edited);
    for (const [at, kind, noise] of textEdits) text = textEdit(text, at, kind, noise);
    return { base, edited: text };
  });

/** A document and a sequence of typing-like edits (mostly inside section bodies), for sessions. */
export const docAndTyping: fc.Arbitrary<{ base: string; steps: string[] }> = fc
  .tuple(
    docModel,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 10 }), fc.constantFrom(...TEXT_NOISE, 'a', 'b', ' ')), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map(([model, edits]) => {
    const base = renderDoc(model);
    const steps: string[] = [];
    let text = base;
    for (const [at, kind, noise] of edits) {
      // Mostly insert or delete one character near a body word (typing); sometimes a raw edit.
      const bodyWord = [...text.matchAll(/^[^#\r\n].*$/gm)];
      const line = bodyWord.length === 0 ? undefined : bodyWord[at % bodyWord.length];
      if (kind === 10 && line !== undefined) {
        // A whole new subdivision after a body line (an `add` of a subdivision at a paragraph's end).
        const offset = line.index + line[0].length;
        text = `${text.slice(0, offset)}\n\n(${'dexy'[at % 4]!}) Added subdivision text.${text.slice(offset)}`;
      } else if (kind < 6 && line !== undefined) {
        const offset = line.index + (at % Math.max(1, line[0].length));
        text =
          kind < 4
            ? text.slice(0, offset) + noise + text.slice(offset)
            : text.slice(0, offset) + text.slice(offset + 1);
      } else {
        text = textEdit(text, at, kind % 6, noise);
      }
      steps.push(text);
    }
    return { base, steps };
  });
