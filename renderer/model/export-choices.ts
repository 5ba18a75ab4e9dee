/** The export dialog's choices and the host request each one becomes. */
import type { ExportFormat, SaveDialogPurpose } from '../../src/api/contract';

export type ExportChoice = 'packet' | 'pdf' | 'docx' | 'docx-tracked' | 'markdown';

export interface ExportChoiceInfo {
  readonly choice: ExportChoice;
  readonly label: string;
  readonly description: string;
  /** File extension of the output (none for the packet folder). */
  readonly extension: string;
  readonly format?: ExportFormat;
  /** DOCX with real Word tracked changes instead of struck / italic runs. */
  readonly tracked?: boolean;
  readonly dialog: SaveDialogPurpose;
}

export const EXPORT_CHOICES: readonly ExportChoiceInfo[] = [
  {
    choice: 'packet',
    label: 'Filing packet (PDF)',
    description:
      'One PDF: the request letter, each proponent’s declarations, and the measure, for the Attorney General.',
    extension: '.pdf',
    dialog: 'packet',
  },
  {
    choice: 'pdf',
    label: 'Measure (PDF)',
    description: 'The measure text as it will be filed: deletions struck, insertions in italic.',
    extension: '.pdf',
    format: 'pdf',
    dialog: 'pdf',
  },
  {
    choice: 'docx',
    label: 'Word document (DOCX)',
    description: 'The measure with deletions struck and insertions in italic, as it will be filed.',
    extension: '.docx',
    format: 'docx',
    dialog: 'docx',
  },
  {
    choice: 'docx-tracked',
    label: 'Word document with tracked changes',
    description: 'The amendments as Word tracked changes, for partners who review in Word.',
    extension: '.docx',
    format: 'docx',
    tracked: true,
    dialog: 'docx',
  },
  {
    choice: 'markdown',
    label: 'Markdown',
    description: 'The measure text as plain Markdown (~~struck~~ and *italic*).',
    extension: '.md',
    format: 'markdown',
    dialog: 'markdown',
  },
];

/** The choice's description (always found: the table covers the union). */
export function choiceInfo(choice: ExportChoice): ExportChoiceInfo {
  return EXPORT_CHOICES.find((entry) => entry.choice === choice) ?? EXPORT_CHOICES[0]!;
}

/** A file-name-safe slug of the measure title. */
export function titleSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop the accents NFKD split off
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'measure' : slug;
}

/** Suggested output: `<data folder>/exports/<slug>-packet.pdf`, `<slug>.pdf`, `<slug>-tracked.docx` … */
export function defaultOutputPath(choice: ExportChoice, title: string, dataFolder: string | undefined): string {
  const info = choiceInfo(choice);
  const suffix = choice === 'packet' ? '-packet' : choice === 'docx-tracked' ? '-tracked' : '';
  const name = `${titleSlug(title)}${suffix}${info.extension}`;
  return dataFolder === undefined ? name : `${dataFolder.replace(/[/\\]+$/, '')}/exports/${name}`;
}

/**
 * The output path with the choice's extension added when the file name has none (`~/out-1` →
 * `~/out-1.pdf`). A name with another extension is left alone: the host then says which it expects.
 */
export function withDefaultExtension(path: string, choice: ExportChoice): string {
  const trimmed = path.trim();
  const name = trimmed.split(/[/\\]/).pop() ?? '';
  // A leading dot (`.hidden`) is part of the name, not an extension.
  if (name === '' || name.slice(1).includes('.')) return trimmed;
  return `${trimmed}${choiceInfo(choice).extension}`;
}
