import type { CliCommand } from '../command';

/** A subcommand as listed in `amend --help`; its module loads only when it runs. */
export interface CommandEntry {
  readonly name: string;
  /** One line for `amend --help`. */
  readonly summary: string;
  load(): Promise<CliCommand>;
}

/**
 * Every `amend` subcommand, in alphabetical order. Commands are imported lazily (the CLI bundle is
 * split per command), so `amend packet` does not pay for loading the diff engine, DOCX writer, web
 * host and the rest: start-up is most of a short command's time.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'compare',
    summary: 'Compare two revisions of a measure (front matter, sections, amendment blocks; --json for tools).',
    load: async () => (await import('./compare')).compareCommand,
  },
  {
    name: 'diff',
    summary: 'Compare two constitution texts: amended, added, repealed, renumbered, moved sections.',
    load: async () => (await import('./diff')).diffCommand,
  },
  {
    name: 'export',
    summary: 'Export a measure as PDF, HTML, Markdown, text or DOCX (or a revision-comparison report).',
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'import',
    summary: 'Convert leginfo text or a Markdown edition into the canonical Markdown edition.',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'import-measure',
    summary: 'Read a filed measure’s text (plain text, Markdown, leginfo, amend exports) into a .measure.md file.',
    load: async () => (await import('./import-measure')).importMeasureCommand,
  },
  {
    name: 'lint',
    summary: 'Check a measure (struck text, clauses, numbering, references, conflicts; --json for tools).',
    load: async () => (await import('./lint')).lintCommand,
  },
  {
    name: 'measure',
    summary:
      'Print the measure text (amending clauses, restated sections) from an edited constitution or a measure file.',
    load: async () => (await import('./measure')).measureCommand,
  },
  {
    name: 'merge',
    summary: 'Three-way merge of two measure revisions; conflicts are recorded in the result and listed.',
    load: async () => (await import('./merge')).mergeCommand,
  },
  {
    name: 'packet',
    summary: 'Write the Attorney General filing packet (request letter, statements, measure) as a PDF.',
    load: async () => (await import('./packet')).packetCommand,
  },
  {
    name: 'parse',
    summary: 'Read a constitution edition and print its outline and problems (--json for tools).',
    load: async () => (await import('./parse')).parseCommand,
  },
  {
    name: 'rebase',
    summary: 'Move a measure onto a new constitution edition (carry, merge, or record stale-base conflicts).',
    load: async () => (await import('./rebase')).rebaseCommand,
  },
  {
    name: 'serve',
    summary: 'Run the app in your browser (local web host on 127.0.0.1).',
    load: async () => (await import('./serve')).serveCommand,
  },
];
