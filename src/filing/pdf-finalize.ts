/**
 * Makes a printed PDF reproducible and self-describing (pdf-lib, pure): our metadata (title, subject,
 * keywords holding the full SHA-256 of the measure file, producer "Amendment Studio"), creation and
 * modification dates taken from the revision date instead of the clock, and a document /ID derived
 * from the content hash. Chromium's own output differs run to run only in its dates and /ID, so the
 * same input then gives byte-identical files.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { sha256OfText } from '../shared/sha256';

export const PRODUCER = 'Amendment Studio';

export interface PdfMetadata {
  /** Document title (never a file path). */
  readonly title: string;
  readonly subject: string;
  /** Keywords; the full SHA-256 of the measure file is always added as `sha256:<hex>`. */
  readonly keywords: readonly string[];
  /** SHA-256 (hex) of the measure file's exact bytes. */
  readonly sha256: string;
  /** `YYYY-MM-DD` of the revision (or the letter); when absent the PDF carries no dates at all. */
  readonly date?: string;
  /** What this PDF is (`measure`, `packet`, `report`): two different PDFs of one file get different IDs. */
  readonly purpose: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of an ISO date, or undefined when it is not one. */
export function utcDate(isoDate: string | undefined): Date | undefined {
  const match = isoDate === undefined ? null : ISO_DATE.exec(isoDate);
  if (match === null) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The PDF file identifier: 16 bytes of SHA-256 over the measure hash, the purpose and the page count. */
export function documentId(meta: PdfMetadata, pageCount: number): string {
  return sha256OfText(`amendment-studio-pdf\n${meta.sha256}\n${meta.purpose}\n${pageCount}`).slice(0, 32).toUpperCase();
}

/** Rewrite `pdf` with the metadata, fixed dates and a deterministic /ID. */
export async function finalizePdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  document.setSubject(meta.subject);
  document.setKeywords([...meta.keywords, `sha256:${meta.sha256}`]);
  document.setProducer(PRODUCER);
  document.setCreator(PRODUCER);
  const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
  // Chromium's Creator carries the browser's user-agent string; Author is never ours to set.
  info.delete(PDFName.of('Author'));
  const date = utcDate(meta.date);
  if (date === undefined) {
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  } else {
    document.setCreationDate(date);
    document.setModificationDate(date);
  }
  const id = PDFHexString.of(documentId(meta, document.getPageCount()));
  document.context.trailerInfo.ID = document.context.obj([id, id]);
  return document.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
