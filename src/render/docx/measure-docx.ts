/**
 * The measure as a Word document: Letter, 1 in margins, a Times-metric serif, the same section
 * layout as the print HTML, and a footer on every page with the revision label, the short SHA-256 of
 * the measure file and "Page X of Y" (Word fields).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type {
  MeasureBlock,
  MeasureDocument,
  MeasureSectionNode,
  Restatement,
  Run,
  RunMark,
  TextBlock,
} from '../../measure/document';
import { mergeRuns } from '../../measure/run-utils';
import { footerText } from '../page-css';
import { makeDocxDeterministic } from './deterministic-docx';
import { docxRun, type RevisionStamp } from './docx-runs';
import { FALLBACK_DOCX_FONT, type DocxOptions } from './docx-types';
import { trackedRuns } from './tracked-runs';

/** Word measures in twentieths of a point: 1 in = 1440 twips; Letter = 8.5 × 11 in. */
const TWIPS_PER_INCH = 1440;
const LETTER = { width: 8.5 * TWIPS_PER_INCH, height: 11 * TWIPS_PER_INCH } as const;
/** Half-points: 12 pt body, 9 pt footer, 14 pt title. */
const BODY_SIZE = 24;
const FOOTER_SIZE = 18;
const TITLE_SIZE = 28;
/** The restated provision is indented like the print HTML (0.5 in). */
const RESTATEMENT_INDENT = TWIPS_PER_INCH / 2;
/** Space after a paragraph, in twips (about 0.75 em at 12 pt). */
const PARAGRAPH_SPACING = 180;

const IMPLIED_MARK: Readonly<Record<Restatement['mode'], RunMark>> = {
  redline: 'none',
  inserted: 'insert',
  struck: 'delete',
};

function textParagraph(
  block: TextBlock,
  impliedMark: RunMark,
  options: DocxOptions,
  stamp: RevisionStamp,
  indent: number,
): Paragraph {
  const marked: Run[] = mergeRuns(
    block.runs.map((run) => (run.mark === 'none' ? { text: run.text, mark: impliedMark } : run)),
  );
  // Revisions must read exactly (Accept All / Reject All); preformatted text keeps its layout as is.
  const runs = options.style === 'tracked' && block.type !== 'preformatted' ? trackedRuns(marked) : marked;
  return new Paragraph({
    children: runs.map((run) => docxRun(run, options.style, stamp)),
    alignment: block.type === 'heading' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: { left: indent },
    spacing: { after: PARAGRAPH_SPACING },
  });
}

function blockParagraphs(block: MeasureBlock, options: DocxOptions, stamp: RevisionStamp): Paragraph[] {
  if (block.type === 'restatement') {
    return block.blocks.map((inner) =>
      textParagraph(inner, IMPLIED_MARK[block.mode], options, stamp, RESTATEMENT_INDENT),
    );
  }
  return [textParagraph(block, 'none', options, stamp, 0)];
}

function sectionHead(section: MeasureSectionNode): Paragraph {
  const children: ParagraphChild[] = [new TextRun({ text: section.label, bold: true })];
  if (section.heading !== undefined && section.heading !== '')
    children.push(new TextRun({ text: ` ${section.heading}`, bold: true }));
  if (section.clause !== undefined && section.clause !== '') children.push(new TextRun({ text: ` ${section.clause}` }));
  return new Paragraph({ children, keepNext: true, spacing: { before: PARAGRAPH_SPACING, after: PARAGRAPH_SPACING } });
}

function footer(doc: MeasureDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: LETTER.width - 2 * TWIPS_PER_INCH }],
        children: [
          new TextRun({ text: footerText(doc.fingerprint), size: FOOTER_SIZE }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: FOOTER_SIZE }),
        ],
      }),
    ],
  });
}

/** The measure as DOCX bytes; the same measure and options give the same bytes. */
export async function renderMeasureDocx(doc: MeasureDocument, options: DocxOptions): Promise<Uint8Array> {
  let nextRevisionId = 1;
  const stamp: RevisionStamp = { author: options.author, date: options.date, nextId: () => nextRevisionId++ };
  const fontName = options.font?.name ?? FALLBACK_DOCX_FONT;
  const paragraphs: Paragraph[] = [
    new Paragraph({
      children: [new TextRun({ text: doc.title, bold: true, size: TITLE_SIZE })],
      alignment: AlignmentType.CENTER,
      spacing: { after: 2 * PARAGRAPH_SPACING },
    }),
  ];
  if (doc.notation !== undefined && doc.notation !== '') {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: doc.notation, size: 22 })],
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: PARAGRAPH_SPACING },
      }),
    );
  }
  if (doc.enactingClause !== undefined && doc.enactingClause !== '') {
    paragraphs.push(new Paragraph({ text: doc.enactingClause, spacing: { after: PARAGRAPH_SPACING } }));
  }
  for (const section of doc.sections) {
    paragraphs.push(sectionHead(section), ...section.blocks.flatMap((block) => blockParagraphs(block, options, stamp)));
  }
  const font = options.font;
  const document = new Document({
    creator: 'Amendment Studio',
    lastModifiedBy: 'Amendment Studio',
    title: doc.title,
    description: `${footerText(doc.fingerprint)}; full SHA-256 ${doc.fingerprint.sha256}`,
    keywords: `sha256:${doc.fingerprint.sha256}`,
    ...(font === undefined
      ? {}
      : {
          fonts: [
            // docx declares Buffer; a Uint8Array is what it reads (it only copies the bytes).
            {
              name: font.name,
              data: font.regular as Buffer,
              bold: font.bold as Buffer,
              italic: font.italic as Buffer,
              boldItalic: font.boldItalic as Buffer,
            },
          ],
        }),
    styles: { default: { document: { run: { font: fontName, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: LETTER,
            margin: { top: TWIPS_PER_INCH, bottom: TWIPS_PER_INCH, left: TWIPS_PER_INCH, right: TWIPS_PER_INCH },
          },
        },
        footers: { default: footer(doc) },
        children: paragraphs,
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return makeDocxDeterministic(packed, options.date, doc.fingerprint.sha256);
}
