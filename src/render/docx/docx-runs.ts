/**
 * Marked runs → DOCX runs, in two flavours: a static redline (struck / italic runs, what the PDF
 * shows) or real Word revisions (`w:del` / `w:ins` with author and date) that a partner can accept
 * (giving the amended constitution text) or reject (giving the current text) in Word.
 */
import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { Run } from '../../measure/document';
import type { DocxRedlineStyle } from './docx-types';

export interface RevisionStamp {
  readonly author: string;
  readonly date: string;
  /** Next w:id for a revision mark (ids must be unique in the document). */
  nextId(): number;
}

/** One DOCX run for a marked run. */
export function docxRun(run: Run, style: DocxRedlineStyle, stamp: RevisionStamp): ParagraphChild {
  if (run.mark === 'none') return new TextRun({ text: run.text });
  if (style === 'static') {
    return run.mark === 'delete'
      ? new TextRun({ text: run.text, strike: true })
      : new TextRun({ text: run.text, italics: true });
  }
  const change = { id: stamp.nextId(), author: stamp.author, date: stamp.date, text: run.text };
  return run.mark === 'delete' ? new DeletedTextRun(change) : new InsertedTextRun(change);
}
