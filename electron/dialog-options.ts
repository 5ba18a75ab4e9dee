/** Titles and file-type filters of the native dialogs, by purpose (pure). */
import type { OpenDialogPurpose, SaveDialogPurpose } from '../src/api/contract';

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface DialogSpec {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

const MARKDOWN: FileFilter = { name: 'Markdown', extensions: ['md', 'markdown'] };
const MEASURE: FileFilter = { name: 'Amendment Studio measure', extensions: ['measure.md', 'md'] };

export const OPEN_DIALOGS: Readonly<Record<OpenDialogPurpose, DialogSpec>> = {
  measure: { title: 'Open a measure', filters: [MEASURE, MARKDOWN] },
  edition: {
    title: 'Import the text of the constitution',
    filters: [{ name: 'Constitution text (Markdown or leginfo plain text)', extensions: ['md', 'markdown', 'txt'] }],
  },
};

export const SAVE_DIALOGS: Readonly<Record<SaveDialogPurpose, DialogSpec>> = {
  measure: { title: 'Save the measure', filters: [MEASURE] },
  pdf: { title: 'Export as PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  docx: { title: 'Export as Word document', filters: [{ name: 'Word document', extensions: ['docx'] }] },
  html: { title: 'Export as a web page', filters: [{ name: 'Web page', extensions: ['html'] }] },
  text: { title: 'Export as plain text', filters: [{ name: 'Plain text', extensions: ['txt'] }] },
  markdown: { title: 'Export as Markdown', filters: [MARKDOWN] },
  packet: { title: 'Export the filing packet', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
};
