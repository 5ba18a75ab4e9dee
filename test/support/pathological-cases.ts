/**
 * The pathological inputs of the reliability study (§3.4, test T6): shapes that make Markdown parsers
 * slow (deep nesting, huge lines, many tiny blocks, delimiter runs), each wrapped as a constitution
 * edition and as a measure so the e2e run and the unit tests open them through the app's real paths.
 */

export interface PathologicalCase {
  /** Short id, also used in file names. */
  readonly id: string;
  /** What the case is, for reports. */
  readonly label: string;
  /** The hostile Markdown. */
  readonly body: () => string;
}

/** Nesting depth of the deep list and block quote cases (the figure). */
export const HOSTILE_DEPTH = 10_000;
/** One line of this many bytes (ASCII words). */
export const HOSTILE_LINE_BYTES = 10 * 1024 * 1024;
/** Paragraph count of the many-paragraphs case. */
export const HOSTILE_PARAGRAPHS = 100_000;

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  {
    id: 'list-depth-10000',
    label: `list nested ${HOSTILE_DEPTH.toLocaleString('en-US')} deep`,
    body: () => `${'- '.repeat(HOSTILE_DEPTH)}a\n`,
  },
  {
    // Nesting by indentation: 2,000 levels is already 4 MB (depth 10,000 this way would be 100 MB).
    id: 'list-indent-2000',
    label: 'list nested 2,000 deep by indentation (4 MB)',
    body: () => `${Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- a`).join('\n')}\n`,
  },
  {
    id: 'line-10mb',
    label: 'one 10 MB line',
    body: () => `${'word '.repeat(HOSTILE_LINE_BYTES / 5)}\n`,
  },
  {
    id: 'paragraphs-100k',
    label: `${HOSTILE_PARAGRAPHS.toLocaleString('en-US')} paragraphs`,
    body: () => 'a\n\n'.repeat(HOSTILE_PARAGRAPHS),
  },
  { id: 'quote-10000', label: '`>` x 10,000', body: () => `${'>'.repeat(HOSTILE_DEPTH)} a\n` },
  { id: 'bracket-100k', label: '`[` x 100,000', body: () => `${'['.repeat(100_000)}\n` },
  { id: 'emphasis-10000', label: '`a**b` x 10,000', body: () => `${'a**b'.repeat(10_000)}\n` },
  { id: 'cr-only-100k', label: 'CR-only line ends x 100,000', body: () => 'a\r'.repeat(100_000) },
];

/** The case as a constitution edition: one article whose first section holds the hostile text. */
export function hostileEdition(testCase: PathologicalCase): string {
  return `# Pathological ${testCase.id}\n\n## Article I\n\n### Section 1.\n\n${testCase.body()}\n### Section 2.\n\nThe end.\n`;
}

/** The case as a measure (no base edition): its findings hold the hostile text. */
export function hostileMeasure(testCase: PathologicalCase): string {
  return [
    '---',
    `title: Pathological ${testCase.id}`,
    'kind: constitutional amendment',
    '---',
    '',
    '## Findings and Declarations',
    '',
    testCase.body(),
    '## Purpose and Intent',
    '',
    'The purpose of this measure is to test the studio.',
    '',
  ].join('\n');
}
