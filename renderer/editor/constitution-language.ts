/**
 * A Monarch language for constitution Markdown (`## Article 3 (STATE OF CALIFORNIA)`, `### Section 1`,
 * `(a)` … `(i)` subdivision labels, editorial history notes). Like bluebell-monaco, the regexes are
 * built from named keyword groups so the grammar reads as a list of what a drafter sees.
 */
import type * as MonacoApi from 'monaco-editor/editor';

export const CONSTITUTION_LANGUAGE_ID = 'ca-constitution';

/** Words that open a structural heading line. */
const HIERARCHY_WORDS = ['Article', 'ARTICLE', 'Section', 'SECTION', 'Sec\\.', 'SEC\\.'];
/** Subdivision labels as written at the start of a paragraph: (a), (1), (A), (iv), (aa). */
const SUBDIVISION_LABEL = String.raw`\((?:[a-z]{1,2}|[0-9]{1,3}|[A-Z]{1,2}|[ivxlc]{1,6})\)`;
/** History notes the official text carries, e.g. `(Sec. 1 added Nov. 5, 1974, by Prop. 8.)`. */
const HISTORY_NOTE_START = String.raw`\((?:Sec\.|Art\.|Article|Section)\s[^)]*\b(?:added|amended|repealed|renumbered|adopted)\b`;
const hierarchy = `(?:${HIERARCHY_WORDS.join('|')})`;

/** The tokenizer; token names map to theme rules in `themes.ts`. */
export const constitutionMonarch: MonacoApi.languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.constitution',
  tokenizer: {
    root: [
      // YAML front matter of a canonical edition: metadata, not constitution text.
      [/^---\s*$/, { token: 'comment.frontmatter', next: '@frontMatter' }],
      [/^#\s.*$/, 'keyword.title'],
      [new RegExp(`^##\\s+${hierarchy}\\s+[0-9IVXLC]+\\s?[A-Z]?`), 'keyword.article', '@headingRest'],
      [new RegExp(`^###\\s+${hierarchy}\\s+[0-9]+(?:\\.[0-9]+)?[a-z]?`), 'keyword.section', '@headingRest'],
      [/^#{1,6}\s.*$/, 'keyword.heading'],
      [new RegExp(`^\\s*${HISTORY_NOTE_START}`), 'comment.history', '@historyNote'],
      [new RegExp(`^\\s*(?:${SUBDIVISION_LABEL}\\s*)+`), 'number.subdivision'],
      [/\$[0-9][0-9,]*(?:\.[0-9]+)?/, 'number.amount'],
      [/[^$]+/, ''],
      [/\$/, ''],
    ],
    frontMatter: [
      [/^---\s*$/, { token: 'comment.frontmatter', next: '@pop' }],
      [/.*$/, 'comment.frontmatter'],
    ],
    headingRest: [
      [/\([^)]*\)/, 'string.heading-title'],
      [/.*$/, '', '@pop'],
    ],
    historyNote: [
      [/[^)]*\)/, 'comment.history', '@pop'],
      [/.*$/, 'comment.history'],
    ],
  },
};

/** Register the language once per Monaco instance. */
export function registerConstitutionLanguage(monaco: typeof MonacoApi): void {
  if (monaco.languages.getLanguages().some((language) => language.id === CONSTITUTION_LANGUAGE_ID)) return;
  monaco.languages.register({ id: CONSTITUTION_LANGUAGE_ID, extensions: ['.md'], aliases: ['Constitution'] });
  monaco.languages.setMonarchTokensProvider(CONSTITUTION_LANGUAGE_ID, constitutionMonarch);
  monaco.languages.setLanguageConfiguration(CONSTITUTION_LANGUAGE_ID, {
    brackets: [['(', ')']],
    autoClosingPairs: [
      { open: '(', close: ')' },
      { open: '"', close: '"' },
    ],
    wordPattern: /(-?\d[\d,]*(?:\.\d+)?)|([^\s`~!@#%^&*()=+[{\]}\\|;:'",.<>/?]+)/g,
  });
}
