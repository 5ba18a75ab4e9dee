/**
 * Deterministic edits of the 2011 constitution for the diff benchmark and tests, after the method
 * of ../shared/context/perf-baselines.md: word edits touch body words only (headings stay, so every
 * version is a valid document); replacements and insertions use words drawn by frequency from the
 * document itself; a deletion removes the word and one adjacent space. Plain text surgery (regular
 * expressions on `## Article` / `### Section` headings), independent of the parser under test.
 */
import { mulberry32, randomIndex } from './random';

/** One benchmark scenario: a base text, an edited text, and what the edit was. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly base: string;
  readonly edited: string;
}

interface WordAt {
  readonly start: number;
  readonly end: number;
}

type WordEditKind = 'replace' | 'insert' | 'delete';

/** Offsets of every body word (lines not starting with `#`). */
function bodyWords(text: string): WordAt[] {
  const words: WordAt[] = [];
  const line = /^(?!#).*$/gm;
  for (let match = line.exec(text); match !== null; match = line.exec(text)) {
    const word = /[A-Za-z]+/g;
    for (let found = word.exec(match[0]); found !== null; found = word.exec(match[0])) {
      words.push({ start: match.index + found.index, end: match.index + found.index + found[0].length });
    }
    if (match[0].length === 0) line.lastIndex++;
  }
  return words;
}

/** Apply word edits (at distinct word indices) and return the new text. */
function applyWordEdits(
  text: string,
  words: readonly WordAt[],
  edits: readonly { index: number; kind: WordEditKind }[],
  random: () => number,
): string {
  const pieces: string[] = [];
  let at = 0;
  for (const { index, kind } of [...edits].sort((left, right) => left.index - right.index)) {
    const word = words[index]!;
    if (word.start < at) continue;
    const drawn = text.slice(...pick(words, random));
    if (kind === 'replace') {
      pieces.push(text.slice(at, word.start), drawn);
      at = word.end;
    } else if (kind === 'insert') {
      pieces.push(text.slice(at, word.start), `${drawn} `);
      at = word.start;
    } else {
      // Remove the word and one adjacent space (the following one when there is one).
      const followedBySpace = text[word.end] === ' ';
      const precededBySpace = text[word.start - 1] === ' ' && word.start - 1 >= at;
      pieces.push(text.slice(at, precededBySpace && !followedBySpace ? word.start - 1 : word.start));
      at = followedBySpace ? word.end + 1 : word.end;
    }
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function pick(words: readonly WordAt[], random: () => number): [number, number] {
  const word = words[randomIndex(random, words.length)]!;
  return [word.start, word.end];
}

const KINDS: readonly WordEditKind[] = ['replace', 'insert', 'delete'];

/** Each body word edited with probability `rate` (replace, insert or delete, equally likely). */
export function editWordsAtRate(text: string, rate: number, seed: number): string {
  const random = mulberry32(seed);
  const words = bodyWords(text);
  const edits: { index: number; kind: WordEditKind }[] = [];
  for (let index = 0; index < words.length; index++) {
    if (random() < rate) edits.push({ index, kind: KINDS[randomIndex(random, 3)]! });
  }
  return applyWordEdits(text, words, edits, random);
}

/** Article extents from the `## ` headings: [start, end) with the heading's article number. */
export function articleSpans(text: string): { number: string; start: number; end: number }[] {
  const heading = /^## Article (\S+)/gm;
  const spans: { number: string; start: number; end: number }[] = [];
  for (let match = heading.exec(text); match !== null; match = heading.exec(text)) {
    const previous = spans[spans.length - 1];
    if (previous !== undefined) previous.end = match.index;
    spans.push({ number: match[1]!, start: match.index, end: text.length });
  }
  return spans;
}

/** 10 scattered word edits in 10 different articles: 4 replacements, 3 insertions, 3 deletions. */
export function tenScatteredEdits(text: string, seed: number): string {
  const random = mulberry32(seed);
  const words = bodyWords(text);
  const articles = articleSpans(text);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(10, articles.length)) chosen.add(randomIndex(random, articles.length));
  const edits = [...chosen].map((articleIndex, order) => {
    const article = articles[articleIndex]!;
    const inside = words.flatMap((word, index) =>
      word.start > article.start && word.end < article.end ? [index] : [],
    );
    const kind: WordEditKind = order < 4 ? 'replace' : order < 7 ? 'insert' : 'delete';
    return { index: inside[randomIndex(random, inside.length)]!, kind };
  });
  return applyWordEdits(text, words, edits, random);
}

/** Offsets of `### Section <number>` inside the article numbered `article`: [start, end). */
export function sectionSpan(text: string, article: string, section: string): { start: number; end: number } {
  const span = articleSpans(text).find((candidate) => candidate.number === article);
  if (span === undefined) throw new Error(`Article ${article} not found`);
  const body = text.slice(span.start, span.end);
  const heading = new RegExp(`^### Section ${section.replace('.', '\\.')}$`, 'm').exec(body);
  if (heading === null) throw new Error(`Article ${article}, Section ${section} not found`);
  const next = /^##/m.exec(body.slice(heading.index + 4));
  const start = span.start + heading.index;
  return { start, end: next === null ? span.end : start + 4 + next.index };
}

/** A paragraph of `count` document words, hard-wrapped at 70 columns like the source. */
function randomParagraph(text: string, count: number, random: () => number): string {
  const words = bodyWords(text);
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < count; index++) {
    const word = text.slice(...pick(words, random));
    if (line.length + word.length + 1 > 70) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(`${line}.`);
  return lines.join('\n');
}

/**
 * S5: Article 5 rewritten (each body line replaced by document words of the same length); five
 * sections repealed; a new Section 2.9 in Articles 18, 7 and 9; Article 10B §2 and 19C §1 moved to
 * the end of Article 10 as §8 and §9.
 */
export function structuralRewrite(text: string, seed: number): string {
  const random = mulberry32(seed);
  const words = bodyWords(text);
  type Splice = { start: number; end: number; insert: string };
  const splices: Splice[] = [];
  const article5 = articleSpans(text).find((span) => span.number === '5')!;
  const lineRe = /^(?!#)(.+)$/gm;
  const block = text.slice(article5.start, article5.end);
  for (let match = lineRe.exec(block); match !== null; match = lineRe.exec(block)) {
    let replacement = '';
    while (replacement.length < match[1]!.length) {
      const word = text.slice(...pick(words, random));
      replacement = replacement === '' ? word : `${replacement} ${word}`;
    }
    splices.push({
      start: article5.start + match.index,
      end: article5.start + match.index + match[0].length,
      insert: replacement,
    });
  }
  for (const [article, section] of [
    ['13B', '8'],
    ['3', '9'],
    ['12', '3'],
    ['11', '12'],
    ['13D', '4'],
  ] as const) {
    splices.push({ ...sectionSpan(text, article, section), insert: '' });
  }
  for (const article of ['18', '7', '9']) {
    const at = sectionSpan(text, article, '3').start;
    splices.push({ start: at, end: at, insert: `### Section 2.9\n\n${randomParagraph(text, 60, random)}\n\n` });
  }
  const article10End = articleSpans(text).find((span) => span.number === '10')!.end;
  const moved: string[] = [];
  for (const [article, section, newNumber] of [
    ['10B', '2', '8'],
    ['19C', '1', '9'],
  ] as const) {
    const span = sectionSpan(text, article, section);
    splices.push({ ...span, insert: '' });
    moved.push(text.slice(span.start, span.end).replace(/^### Section \S+/, `### Section ${newNumber}`));
  }
  splices.push({ start: article10End, end: article10End, insert: moved.join('') });
  splices.sort((left, right) => left.start - right.start || left.end - right.end);
  const pieces: string[] = [];
  let at = 0;
  for (const splice of splices) {
    pieces.push(text.slice(at, splice.start), splice.insert);
    at = Math.max(at, splice.end);
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * The document repeated `times` times (S6). Ids must stay unique, so copy k (k ≥ 1) repeats only
 * the articles, each renumbered by +100·k (`Article 3` → `Article 103`, `13A` → `113A`); the title
 * and preamble appear once.
 */
export function repeatDocument(text: string, times: number): string {
  const firstArticle = text.search(/^## Article /m);
  const articles = text.slice(firstArticle);
  const copies = [text];
  for (let copy = 1; copy < times; copy++) {
    copies.push(
      articles.replace(
        /^## Article (\d+)([A-Z]?)/gm,
        (_, number: string, suffix: string) => `## Article ${Number(number) + 100 * copy}${suffix}`,
      ),
    );
  }
  return copies.join(text.endsWith('\n') ? '' : '\n');
}

/** Every scenario of the diff benchmark, built from the 2011 text. */
export function buildScenarios(source: string): Scenario[] {
  const s1 = source.replace('is an inseparable part', 'is an part');
  const x4 = repeatDocument(source, 4);
  const x16 = repeatDocument(source, 16);
  return [
    { name: 'S1', description: 'strike "inseparable " (Art. III §1)', base: source, edited: s1 },
    {
      name: 'S2',
      description: '10 scattered word edits in 10 articles',
      base: source,
      edited: tenScatteredEdits(source, 2),
    },
    { name: 'S3', description: '1% of body words edited', base: source, edited: editWordsAtRate(source, 0.01, 3) },
    { name: 'S4', description: '10% of body words edited', base: source, edited: editWordsAtRate(source, 0.1, 4) },
    {
      name: 'S5',
      description: 'Art. 5 rewritten, 5 repealed, 3 added, 2 moved',
      base: source,
      edited: structuralRewrite(source, 5),
    },
    {
      name: 'S6x1',
      description: '10 scattered word edits (as S2, for the growth ratio)',
      base: source,
      edited: tenScatteredEdits(source, 6),
    },
    { name: 'S6x4', description: 'document ×4, 10 scattered word edits', base: x4, edited: tenScatteredEdits(x4, 6) },
    {
      name: 'S6x16',
      description: 'document ×16, 10 scattered word edits',
      base: x16,
      edited: tenScatteredEdits(x16, 6),
    },
  ];
}
