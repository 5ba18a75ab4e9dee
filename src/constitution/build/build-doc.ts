/**
 * The flat block list → LegalDoc: headings split the document into the prefix (front matter, title,
 * preamble), articles and sections; each container's blocks become subdivisions and leaves; extents
 * are cut at heading line starts so they tile the source exactly.
 */
import { compareArticleNumbers } from '../article-number';
import { articleId, compareSectionNumbers, IdAllocator, sectionId } from '../ids';
import type { BlockReader, ScannedBlock } from '../scan/blocks';
import type { FrontMatterFields, FrontMatterRange } from '../scan/front-matter';
import type {
  Article,
  ArticleNumber,
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
import { LazyContainers } from './lazy-children';
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
  /** The heading line is `[lineStart, headingEnd)`; the section's heading and position are built on first read. */
  readonly headingEnd: number;
  readonly depth: number;
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
  /**
   * Article and section ids. Not the context's allocator, which containers built on first read use
   * (and so keep alive): no subdivision id can equal an article or section id.
   */
  private readonly headingIds = new IdAllocator();
  private title: HeadingLine | undefined;
  private sawHeading = false;
  private warnedTextBeforeHeading = false;
  /** Sections and articles whose children are built on first read (see lazy-children.ts). */
  private readonly containers: LazyContainers;

  constructor(private readonly input: BuildInput) {
    this.ctx = new BuildContext(input.source, input.path);
    this.containers = new LazyContainers(this.ctx);
  }

  build(): LegalDoc {
    const { source } = this.input;
    for (const block of this.input.blocks) {
      if (block.kind === 'heading') this.heading(block);
      else this.content(block);
    }
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
    defineMessages(doc, this.ctx, this.containers);
    return doc;
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
    const { id, isDuplicate } = this.headingIds.allocate(articleId(number));
    const previous = this.articles[this.articles.length - 1];
    if (isDuplicate) {
      this.ctx.report(
        'error',
        'duplicate-article',
        `Article ${number.roman} appears again (first at line ${this.articles.find((first) => first.id === articleId(number))?.heading.position.start.line}); this one gets the id ${id}.`,
        block.start,
        'Renumber one of the articles, or merge them.',
      );
    } else {
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
    const lineStart = this.ctx.lines.lineStart(block.start);
    const base = sectionId(article.id, number);
    const { id, isDuplicate } = this.headingIds.allocate(base);
    const previous = article.sections[article.sections.length - 1];
    if (isDuplicate) {
      this.ctx.report(
        'error',
        'duplicate-section',
        `${sectionName(number, article)} appears again (first at line ${this.firstLineOf(article, base)}); this one gets the id ${id}.`,
        block.start,
        'Renumber one of the sections (e.g. 7.5 for a section inserted after 7), or merge them.',
      );
    } else {
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
    article.sections.push({
      id,
      number,
      headingEnd: block.end,
      depth: block.depth ?? 1,
      lineStart,
      blocks: [],
      lastEnd: block.end,
    });
    article.lastEnd = block.end;
  }

  /** Line of the first section of `article` with the id `id` (ids are unique, so it is in this article). */
  private firstLineOf(article: ArticleDraft, id: string): number | undefined {
    const first = article.sections.find((section) => section.id === id);
    return first === undefined ? undefined : this.ctx.lines.lineNumber(first.lineStart);
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
    const { ctx, containers } = this;
    const roman = draft.number.roman;
    const sections = draft.sections.map((section, index): Section => {
      const sectionEnd = draft.sections[index + 1]?.lineStart ?? end;
      return containers.section(
        { type: 'section' as const, id: section.id, number: section.number, articleId: draft.id },
        {
          owner: containers,
          parentId: section.id,
          article: roman,
          section: section.number,
          blocks: section.blocks,
          children: undefined,
          headingStart: section.lineStart,
          headingEnd: section.headingEnd,
          depth: section.depth,
          lastEnd: section.lastEnd,
          heading: undefined,
          position: undefined,
        },
        {
          extent: { start: section.lineStart, end: sectionEnd },
          bodyStart: Math.min(ctx.lines.nextLineStart(section.headingEnd, ctx.source.length), sectionEnd),
        },
      );
    });
    const heading = draft.heading;
    return containers.article(
      {
        type: 'article' as const,
        id: draft.id,
        number: draft.number,
        ...(draft.title === undefined ? {} : { title: draft.title }),
        heading,
      },
      {
        owner: containers,
        parentId: draft.id,
        article: roman,
        section: undefined,
        blocks: draft.intro,
        children: undefined,
        headingStart: draft.lineStart,
        headingEnd: heading.position.end.offset,
        depth: heading.depth,
        lastEnd: draft.lastEnd,
        heading,
        position: undefined,
      },
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

/**
 * Replace the placeholder `doc.messages` by a getter that first builds the containers not read yet
 * (their messages included) and checks the raw characters, keeping the key order of the LegalDoc type. Defined out here so the
 * getter holds the context and the pending containers only, never the document builder.
 */
function defineMessages(doc: LegalDoc, ctx: BuildContext, containers: LazyContainers): void {
  let messages: readonly ParseMessage[] | undefined;
  Object.defineProperty(doc, 'messages', {
    enumerable: true,
    get: (): readonly ParseMessage[] => {
      if (messages === undefined) {
        containers.buildAll();
        // A pass over every character, so it waits for the first read (a diff never reads messages).
        reportSourceOddities(ctx);
        messages = ctx.messages();
      }
      return messages;
    },
  });
}

/** Build the LegalDoc from a document's blocks. */
export function buildLegalDoc(input: BuildInput): LegalDoc {
  return new DocumentBuilder(input).build();
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new DocumentBuilder({ source: '', blocks: [], reader: 'scanner' }));
