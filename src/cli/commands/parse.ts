/**
 * `amend parse FILE [--json]`: read a constitution edition and print its outline (articles,
 * sections, subdivision counts) and any problems, or the same as JSON. Exit 1 when the file cannot
 * be read or has error-severity problems.
 */
import { formatCitation } from '../../constitution/citation';
import { parseConstitution } from '../../constitution/parse';
import type { Block, LegalDoc } from '../../constitution/types';
import { flagOption, parseCommandArgs } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { printMessages, readInput } from '../inputs';

const USAGE = `Usage: amend parse FILE [--json]

Read a constitution edition (canonical Markdown or the 2011 layout) and print its outline:
articles, sections, subdivision counts, and problems as file:line:column: severity: message.

Options:
  --json   print { articles, counts, messages } as JSON on stdout; errors are printed on stderr too,
           as file:line:column: error: message
  -h, --help

Exit status: 0 read without errors, 1 unreadable file or errors in it, 2 bad usage.
`;

function countSubdivisions(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) if (block.type === 'subdivision') total += 1 + countSubdivisions(block.children);
  return total;
}

function articleSubdivisions(article: LegalDoc['articles'][number]): number {
  return article.sections.reduce(
    (sum, section) => sum + countSubdivisions(section.children),
    countSubdivisions(article.children),
  );
}

/** The `--json` document (its fields are a contract other tools rely on). */
export function parseReport(doc: LegalDoc): unknown {
  const articles = doc.articles.map((article) => ({
    id: article.id,
    number: article.number.roman,
    written: article.number.written,
    title: article.title ?? null,
    line: article.heading.position.start.line,
    sections: article.sections.map((section) => ({
      id: section.id,
      number: section.number,
      citation: formatCitation(section.id),
      line: section.heading.position.start.line,
    })),
  }));
  return {
    file: doc.path ?? null,
    articles,
    counts: {
      articles: doc.articles.length,
      sections: doc.articles.reduce((sum, article) => sum + article.sections.length, 0),
      subdivisions: doc.articles.reduce((sum, article) => sum + articleSubdivisions(article), 0),
    },
    messages: doc.messages.map((message) => ({
      severity: message.severity,
      message: message.message,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      hint: message.hint ?? null,
      file: message.file ?? null,
    })),
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function outline(doc: LegalDoc, file: string): string {
  const sections = doc.articles.reduce((sum, article) => sum + article.sections.length, 0);
  const subdivisions = doc.articles.reduce((sum, article) => sum + articleSubdivisions(article), 0);
  const lines = [
    `${file}: ${plural(doc.articles.length, 'article')}, ${plural(sections, 'section')}, ${plural(subdivisions, 'subdivision')}`,
  ];
  for (const article of doc.articles) {
    const title = article.title === undefined ? '' : ` (${article.title})`;
    const numbers = article.sections.map((section) => section.number);
    const range =
      numbers.length === 0
        ? ''
        : numbers.length === 1
          ? ` ${numbers[0]}`
          : ` ${numbers[0]}-${numbers[numbers.length - 1]}`;
    lines.push(
      `  Article ${article.number.roman}${title}: ${plural(article.sections.length, 'section')}${range}, ${plural(articleSubdivisions(article), 'subdivision')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const parseCommand: CliCommand = {
  name: 'parse',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (parsed.positionals.length !== 1) {
      throw new UsageError(parsed.positionals.length === 0 ? 'missing FILE' : 'expected exactly one FILE');
    }
    const file = parsed.positionals[0]!;
    const text = await readInput(io, 'parse', file);
    if (text === undefined) return EXIT_INPUT_ERROR;
    const doc = parseConstitution(text, { path: file });
    const errors = doc.messages.filter((message) => message.severity === 'error');
    if (flagOption(parsed, 'json')) {
      io.out(`${JSON.stringify(parseReport(doc), null, 2)}\n`);
      // The JSON carries every message; errors also go to stderr so exit 1 never comes silently.
      printMessages(io, errors, file);
    } else {
      io.out(outline(doc, file));
      printMessages(io, doc.messages, file);
    }
    return errors.length > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
  },
};
