/**
 * parseCitation: a citation in any of the formatCitation styles, or a common variant, → node id.
 * Accepted: `Article III, Section 1`, `Art. 3, Sec. 1`, `Article 13A`, `art. XIII A`,
 * `Sec 7.5 of Art. I`, `Section 7.5(a)(2) of Article I`, `Cal. Const., art. I, § 7.5, subd. (a)(2)`,
 * `paragraph (2) of subdivision (a) of Section 7.5 of Article I`, `… subdivision (e), item 1`.
 * Keywords are case-insensitive; labels keep their case (`(A)` ≠ `(a)`).
 */
import { parseArticleNumber } from './article-number';
import { formatNodeId, normaliseSectionNumber } from './ids';
import type { ArticleNumber } from './types';

type Token =
  | { readonly type: 'label'; readonly key: string }
  | { readonly type: 'section-sign' }
  | { readonly type: 'number'; readonly text: string }
  | { readonly type: 'word'; readonly text: string; readonly word: string }
  | { readonly type: 'comma' };

const TOKEN =
  /\s+|\(\s*([A-Za-z]{1,5}|\d{1,3})\s*\)|(§+)|(\d+(?:\.\d+)*(?:[A-Za-z](?![A-Za-z]))?)|([A-Za-z]+)\.?|([,;:.])/y;

const ARTICLE_WORDS = new Set(['article', 'art']);
const SECTION_WORDS = new Set(['section', 'sec']);
const SUBDIVISION_WORDS = new Set([
  'subdivision',
  'subd',
  'subdiv',
  'paragraph',
  'para',
  'par',
  'subparagraph',
  'subpara',
  'clause',
  'subclause',
]);
/** Words a citation may carry that do not change what it points at. */
const FILLER_WORDS = new Set(['cal', 'const', 'california', 'constitution', 'the', 'state']);

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (match === null) return undefined;
    const [, label, sign, number, word, comma] = match;
    if (label !== undefined) tokens.push({ type: 'label', key: label });
    else if (sign !== undefined) tokens.push({ type: 'section-sign' });
    else if (number !== undefined) tokens.push({ type: 'number', text: number });
    else if (word !== undefined) tokens.push({ type: 'word', text: word, word: word.toLowerCase() });
    else if (comma !== undefined) tokens.push({ type: 'comma' });
  }
  return tokens;
}

class CitationReader {
  private index = 0;
  article: ArticleNumber | undefined;
  section: string | undefined;
  /** Subdivision groups in the order written; `of` separates groups. */
  readonly groups: string[][] = [[]];

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  private group(): string[] {
    return this.groups[this.groups.length - 1]!;
  }

  private readLabels(): void {
    while (this.peek()?.type === 'label') this.group().push((this.tokens[this.index++] as { key: string }).key);
  }

  /** `III`, `XIII A`, `13A`, `13 A` after the article word. */
  private readArticle(): boolean {
    const first = this.peek();
    if (this.article !== undefined || first === undefined || (first.type !== 'number' && first.type !== 'word'))
      return false;
    this.index++;
    let written = first.type === 'word' ? first.text.toUpperCase() : first.text;
    const suffix = this.peek();
    if (suffix?.type === 'word' && /^[A-Za-z]$/.test(suffix.text)) {
      written += ` ${suffix.text}`;
      this.index++;
    }
    this.article = parseArticleNumber(written);
    return this.article !== undefined;
  }

  private readSection(): boolean {
    const number = this.peek();
    if (this.section !== undefined || number?.type !== 'number') return false;
    this.index++;
    this.section = normaliseSectionNumber(number.text);
    this.readLabels();
    return this.section !== undefined;
  }

  private readItem(): boolean {
    const number = this.peek();
    if (number?.type !== 'number' || !/^\d+$/.test(number.text)) return false;
    this.index++;
    this.group().push(`item-${Number(number.text)}`);
    return true;
  }

  /** Read every token; false at the first one that does not fit. */
  read(): boolean {
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      let fits = true;
      if (token.type === 'comma') continue;
      if (token.type === 'label') this.group().push(token.key);
      else if (token.type === 'section-sign') fits = this.readSection();
      else if (token.type === 'number') fits = false;
      else if (ARTICLE_WORDS.has(token.word)) fits = this.readArticle();
      else if (SECTION_WORDS.has(token.word)) fits = this.readSection();
      else if (SUBDIVISION_WORDS.has(token.word)) this.readLabels();
      else if (token.word === 'item') fits = this.readItem();
      else if (token.word === 'of') this.groups.push([]);
      else fits = FILLER_WORDS.has(token.word);
      if (!fits) return false;
    }
    return true;
  }
}

/** The node id a citation points at, or undefined when the text is not a citation we can read. */
export function parseCitation(text: string): string | undefined {
  const tokens = tokenize(text.trim());
  if (tokens === undefined) return undefined;
  const reader = new CitationReader(tokens);
  if (!reader.read() || reader.article === undefined) return undefined;
  const groups = reader.groups.filter((group) => group.length > 0);
  // `paragraph (2) of subdivision (a)` names the innermost first: read the groups outermost first.
  const subdivisions = groups.length > 1 ? groups.reverse().flat() : (groups[0] ?? []);
  return formatNodeId({
    articleKey: reader.article.key,
    ...(reader.section === undefined ? {} : { section: reader.section }),
    subdivisions,
  });
}
