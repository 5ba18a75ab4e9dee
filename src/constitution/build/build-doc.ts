/**
 * The flat block list → LegalDoc: headings split the document into the prefix (front matter, title,
 * preamble), articles and sections; each container's blocks become subdivisions and leaves; extents
 * are cut at heading line starts so they tile the source exactly.
 */
import { compareArticleNumbers } from '../article-number';
import { articleId, compareSectionNumbers, sectionId } from '../ids';
import type { BlockReader, ScannedBlock } from '../scan/blocks';
import type { FrontMatterFields, FrontMatterRange } from '../scan/front-matter';
import type {
  Article,
  ArticleNumber,
  Block,
  FrontMatter,
  HeadingLine,
  LegalDoc,
  ParseMessage,
  Preamble,
  Section,
} from '../types';
import { keepShape } from '../keep-shape';
import { BuildContext } from './context';
import { ContainerBuilder } from './container';
import { classifyHeading, headingText } from './headings';
import { withLazyChildren } from './lazy-children';
import { reportSourceOddities } from './source-checks';

export interface BuildInput {
  readonly source: string;
  readonly blocks: readonly ScannedBlock[];
  readonly path?: string;
  readonly frontMatter?: { readonly range: FrontMatterRange; readonly fields: FrontMatterFields };
  readonly reader: BlockReader;
}

interface SectionDraft {
  readonly id: string;
  readonly number: string;
  readonly heading: HeadingLine;
  readonly lineStart: number;
  readonly blocks: ScannedBlock[];
  lastEnd: number;
}

interface ArticleDraft {
  readonly id: string;
  readonly number: ArticleNumber;
  readonly title: string | undefined;
  readonly heading: HeadingLine;
  readonly lineStart: number;
  readonly intro: ScannedBlock[];
  readonly sections: SectionDraft[];
  lastEnd: number;
}

/** Sections and articles name themselves in messages the way lawyers cite them. */
function sectionName(number: string, article: ArticleDraft): string {
  return `Section ${number} of Article ${article.number.roman}`;
}

class DocumentBuilder {
  private readonly ctx: BuildContext;
  private readonly prefix: ScannedBlock[] = [];
  private readonly articles: ArticleDraft[] = [];
  private readonly firstLineOf = new Map<string, number>();
  private title: HeadingLine | undefined;
  private sawHeading = false;
  private warnedTextBeforeHeading = false;
  /** Sections and articles whose children are not built yet (see lazy-children.ts). */
  private readonly lazyNodes: { readonly children: readonly Block[] }[] = [];

  constructor(private readonly input: BuildInput) {
    this.ctx = new BuildContext(input.source, input.path);
  }

  build(): LegalDoc {
    const { source } = this.input;
    for (const block of this.input.blocks) {
      if (block.kind === 'heading') this.heading(block);
      else this.content(block);
    }
    reportSourceOddities(this.ctx);
    if (this.articles.length === 0) {
      this.ctx.report(
        'warning',
        'no-articles',
        'No article headings were found, so the document has no articles or sections.',
        0,
        'Article headings look like "## Article III (STATE OF CALIFORNIA)"; sections like "### Section 1".',
      );
    }
    const prefixEnd = this.articles[0]?.lineStart ?? source.length;
    const articles = this.articles.map((draft, index) =>
      this.finishArticle(draft, this.articles[index + 1]?.lineStart ?? source.length),
    );
    const preamble = this.finishPreamble();
    const frontMatter = this.frontMatter();
    const doc: LegalDoc = {
      type: 'constitution',
      id: 'doc',
      source,
      ...(this.input.path === undefined ? {} : { path: this.input.path }),
      ...(frontMatter === undefined ? {} : { frontMatter }),
      ...(this.title === undefined ? {} : { title: this.title }),
      ...(preamble === undefined ? {} : { preamble }),
      articles,
      messages: [],
      position: this.ctx.span(0, source.length),
      prefixEnd,
      parsedWith: this.input.reader,
    };
    // The messages include those of containers built on first read: the getter builds the rest.
    // Replacing the placeholder in place keeps the key order of the LegalDoc type.
    let finish: (() => ParseMessage[]) | undefined = () => this.finishMessages();
    let messages: readonly ParseMessage[] | undefined;
    Object.defineProperty(doc, 'messages', {
      enumerable: true,
      get: (): readonly ParseMessage[] => {
        if (messages === undefined) {
          messages = finish!();
          finish = undefined;
        }
        return messages;
      },
    });
    return doc;
  }

  /** Build every container not read yet, then return all messages in source order. */
  private finishMessages(): ParseMessage[] {
    for (const node of this.lazyNodes) void node.children;
    this.lazyNodes.length = 0;
    return this.ctx.messages();
  }

  /** A node with `children` built on first read (and at the latest when the messages are read). */
  private lazy<Head extends object, Tail extends object>(
    head: Head,
    parentId: string,
    where: string,
    blocks: readonly ScannedBlock[],
    tail: Tail,
  ): Head & { readonly children: readonly Block[] } & Tail {
    const node = withLazyChildren(head, () => this.containerChildren(parentId, where, blocks), tail);
    this.lazyNodes.push(node);
    return node;
  }

  /**
   * The children of one container. A bug in the container builder must not escape a getter (the
   * parser never throws): the container is then kept as one unparsed block and reported.
   */
  private containerChildren(parentId: string, where: string, blocks: readonly ScannedBlock[]): Block[] {
    try {
      return new ContainerBuilder(this.ctx, parentId, where).build(blocks);
    } catch (error) {
      const first = blocks[0];
      const last = blocks[blocks.length - 1];
      if (first === undefined || last === undefined) return [];
      const detail = error instanceof Error ? error.message : String(error);
      this.ctx.report(
        'error',
        'internal-error',
        `The parser failed on ${where} (${detail}); its text is kept as one unparsed block.`,
        first.start,
        'Please report this with the file: the parser should accept any text.',
      );
      const position = this.ctx.span(first.start, last.end);
      return [{ type: 'unknown', id: `${parentId}/u1`, markdownType: 'unparsed', position }];
    }
  }

  private headingLine(block: ScannedBlock): { heading: HeadingLine; lineStart: number } {
    const lineStart = this.ctx.lines.lineStart(block.start);
    const raw = this.input.source.slice(lineStart, block.end);
    return { heading: { raw, depth: block.depth ?? 1, position: this.ctx.span(lineStart, block.end) }, lineStart };
  }

  private heading(block: ScannedBlock): void {
    const { source } = this.input;
    const info = classifyHeading(headingText(source.slice(block.start, block.end)));
    const firstHeading = !this.sawHeading;
    this.sawHeading = true;
    if (info.kind === 'article') {
      this.article(block, info.number, info.title);
      return;
    }
    const article = this.articles[this.articles.length - 1];
    if (info.kind === 'section' && article !== undefined) {
      this.section(block, info.number, article);
      return;
    }
    if (info.kind === 'other' && block.depth === 1 && firstHeading && this.articles.length === 0) {
      this.title = this.headingLine(block).heading;
      return;
    }
    const text = source.slice(block.start, block.end);
    if (info.kind === 'section') {
      this.ctx.report(
        'warning',
        'section-outside-article',
        `The section heading "${text}" comes before any article heading; it is kept as text.`,
        block.start,
        'Add the article heading above it, e.g. "## Article I (DECLARATION OF RIGHTS)".',
      );
    } else {
      this.ctx.report(
        'warning',
        'unknown-heading',
        `The heading "${text}" is neither an article nor a section heading; it is kept as text.`,
        block.start,
        'Article headings look like "## Article III (STATE OF CALIFORNIA)"; sections like "### Section 1".',
      );
    }
    this.content({ ...block, kind: 'unknown', markdownType: 'heading' });
  }

  private article(block: ScannedBlock, number: ArticleNumber, title: string | undefined): void {
    const { heading, lineStart } = this.headingLine(block);
    const { id, isDuplicate } = this.ctx.ids.allocate(articleId(number));
    const previous = this.articles[this.articles.length - 1];
    if (isDuplicate) {
      this.ctx.report(
        'error',
        'duplicate-article',
        `Article ${number.roman} appears again (first at line ${this.firstLineOf.get(articleId(number))}); this one gets the id ${id}.`,
        block.start,
        'Renumber one of the articles, or merge them.',
      );
    } else {
      this.firstLineOf.set(id, heading.position.start.line);
      if (previous !== undefined && compareArticleNumbers(previous.number, number) > 0) {
        this.ctx.report(
          'warning',
          'article-order',
          `Article ${number.roman} comes after Article ${previous.number.roman}, out of order.`,
          block.start,
          'Articles are expected in ascending order (III, IV, … XIII, XIII A, XIII B).',
        );
      }
    }
    this.articles.push({ id, number, title, heading, lineStart, intro: [], sections: [], lastEnd: block.end });
  }

  private section(block: ScannedBlock, number: string, article: ArticleDraft): void {
    const { heading, lineStart } = this.headingLine(block);
    const base = sectionId(article.id, number);
    const { id, isDuplicate } = this.ctx.ids.allocate(base);
    const previous = article.sections[article.sections.length - 1];
    if (isDuplicate) {
      this.ctx.report(
        'error',
        'duplicate-section',
        `${sectionName(number, article)} appears again (first at line ${this.firstLineOf.get(base)}); this one gets the id ${id}.`,
        block.start,
        'Renumber one of the sections (e.g. 7.5 for a section inserted after 7), or merge them.',
      );
    } else {
      this.firstLineOf.set(id, heading.position.start.line);
      if (previous !== undefined && compareSectionNumbers(previous.number, number) > 0) {
        this.ctx.report(
          'warning',
          'section-order',
          `${sectionName(number, article)} comes after Section ${previous.number}, out of order.`,
          block.start,
          'Sections are expected in ascending order (1, 2, 2.5, 3 …).',
        );
      }
    }
    article.sections.push({ id, number, heading, lineStart, blocks: [], lastEnd: block.end });
    article.lastEnd = block.end;
  }

  private content(block: ScannedBlock): void {
    if (!this.sawHeading && !this.warnedTextBeforeHeading) {
      this.warnedTextBeforeHeading = true;
      this.ctx.report(
        'warning',
        'text-before-heading',
        'Text comes before the first heading; it is kept as part of the preamble.',
        block.start,
        'Start the document with its title, e.g. "# Constitution of the State of California".',
      );
    }
    const article = this.articles[this.articles.length - 1];
    if (article === undefined) {
      this.prefix.push(block);
      return;
    }
    const section = article.sections[article.sections.length - 1];
    if (section === undefined) article.intro.push(block);
    else {
      section.blocks.push(block);
      section.lastEnd = block.end;
    }
    article.lastEnd = block.end;
  }

  private finishArticle(draft: ArticleDraft, end: number): Article {
    const ctx = this.ctx;
    const name = `Article ${draft.number.roman}`;
    const sections = draft.sections.map((section, index): Section => {
      const sectionEnd = draft.sections[index + 1]?.lineStart ?? end;
      return this.lazy(
        {
          type: 'section' as const,
          id: section.id,
          number: section.number,
          articleId: draft.id,
          heading: section.heading,
        },
        section.id,
        sectionName(section.number, draft),
        section.blocks,
        {
          position: ctx.span(section.lineStart, section.lastEnd),
          extent: { start: section.lineStart, end: sectionEnd },
          bodyStart: Math.min(
            ctx.lines.nextLineStart(section.heading.position.end.offset, ctx.source.length),
            sectionEnd,
          ),
        },
      );
    });
    return this.lazy(
      {
        type: 'article' as const,
        id: draft.id,
        number: draft.number,
        ...(draft.title === undefined ? {} : { title: draft.title }),
        heading: draft.heading,
      },
      draft.id,
      `the introduction of ${name}`,
      draft.intro,
      {
        sections,
        position: ctx.span(draft.lineStart, draft.lastEnd),
        headExtent: { start: draft.lineStart, end: draft.sections[0]?.lineStart ?? end },
        extent: { start: draft.lineStart, end },
      },
    );
  }

  private finishPreamble(): Preamble | undefined {
    const first = this.prefix[0];
    const last = this.prefix[this.prefix.length - 1];
    if (first === undefined || last === undefined) return undefined;
    return {
      type: 'preamble',
      id: 'preamble',
      children: new ContainerBuilder(this.ctx, 'preamble', 'the preamble').build(this.prefix),
      position: this.ctx.span(first.start, last.end),
    };
  }

  private frontMatter(): FrontMatter | undefined {
    const frontMatter = this.input.frontMatter;
    if (frontMatter === undefined) return undefined;
    const { range, fields } = frontMatter;
    if (fields.error !== undefined) {
      this.ctx.report(
        'warning',
        'front-matter-yaml',
        `The front matter is not valid YAML: ${fields.error.message}`,
        Math.min(range.yamlStart + fields.error.offset, range.yamlEnd),
        'Fix the YAML between the --- lines, or remove it; the text below is read either way.',
      );
    }
    const { error: _error, ...known } = fields;
    return {
      raw: this.input.source.slice(range.yamlStart, range.yamlEnd),
      position: this.ctx.span(range.start, range.end),
      ...known,
    };
  }
}

/** Build the LegalDoc from a document's blocks. */
export function buildLegalDoc(input: BuildInput): LegalDoc {
  return new DocumentBuilder(input).build();
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new DocumentBuilder({ source: '', blocks: [], reader: 'scanner' }));
