/**
 * `exportMeasure`: one measure (or a revision-comparison report) as PDF, HTML, Markdown, plain text or
 * DOCX. Pure orchestration: the printer, the fonts and the progress callback are injected.
 */
import { renderMeasureMarkdown } from '../measure/render-markdown';
import { renderMeasureText } from '../measure/render-text';
import { FALLBACK_DOCX_FONT } from '../render/docx/docx-types';
import { renderPrintHtml } from '../render/print-html';
import type { PrintDocument } from '../render/print-types';
import { ok, type Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';
import type { ExportDeps, ExportOutput, ExportRequest } from './export-types';
import { readMeasure, type ReadMeasure } from './measure-input';
import type { PdfMetadata } from './pdf-finalize';
import { printPdf } from './print-pdf';
import { progressSteps, type ProgressSteps } from './progress';
import { comparisonReport } from './report';
import { verifyMeasureBase } from './verify-base';

const encoder = new TextEncoder();

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

const EXTENSIONS = { pdf: 'pdf', html: 'html', markdown: 'md', text: 'txt', docx: 'docx' } as const;

function output(request: ExportRequest, bytes: Uint8Array, notes: readonly string[] = []): ExportOutput {
  return { bytes, mediaType: MEDIA_TYPES[request.format], extension: EXTENSIONS[request.format], notes };
}

/** The measure's print document (its pages are the measure text only). */
function measurePrintDocument(measure: ReadMeasure): Omit<PrintDocument, 'fonts'> {
  return {
    title: measure.file.meta.title,
    fingerprint: measure.document.fingerprint,
    sections: [{ role: 'measure', startsPage: true, blocks: [{ type: 'measure', document: measure.document }] }],
  };
}

function measureMetadata(measure: ReadMeasure): PdfMetadata {
  const revision = measure.file.meta.revision;
  return {
    title: measure.file.meta.title,
    subject: `Text of the proposed measure, ${revision.label}`,
    keywords: ['California initiative', measure.file.meta.kind, revision.label],
    sha256: measure.sha256,
    ...(revision.date === undefined ? {} : { date: revision.date }),
    purpose: 'measure',
  };
}

async function exportDocx(
  request: ExportRequest,
  measure: ReadMeasure,
  deps: ExportDeps,
  progress: ProgressSteps,
): Promise<ExportOutput> {
  progress.step('Writing DOCX');
  // Loaded on demand: the docx library is large and only this format needs it.
  const { renderMeasureDocx } = await import('../render/docx/measure-docx');
  const revision = measure.file.meta.revision;
  const font = deps.fonts?.docx;
  const bytes = await renderMeasureDocx(measure.document, {
    style: request.tracked === true ? 'tracked' : 'static',
    ...(font === undefined ? {} : { font }),
    author: revision.author ?? 'Amendment Studio',
    date: `${revision.date ?? '2000-01-01'}T00:00:00Z`,
  });
  const notes =
    font === undefined
      ? [
          `The DOCX names the font ${FALLBACK_DOCX_FONT} without embedding it (no TrueType file was found; install fonts-liberation to embed it).`,
        ]
      : [];
  return output(request, bytes, notes);
}

/** Export one measure, or with `compareTo` the revision-comparison report. */
export async function exportMeasure(
  request: ExportRequest,
  deps: ExportDeps,
): Promise<Result<ExportOutput, StudioError>> {
  // Read (+ compare) + render/print steps: PDF prints in three steps, every other format writes in one.
  const steps = (request.format === 'pdf' ? 4 : 2) + (request.compareTo === undefined ? 0 : 1);
  const progress = progressSteps(steps, deps.onProgress);
  progress.step('Reading the measure');
  const measure = readMeasure(request.measure);
  if (!measure.ok) return measure;
  if (request.base !== undefined) {
    const verified = verifyMeasureBase(measure.value.file, request.base, request.measure.path);
    if (!verified.ok) return verified;
  }
  let result: Result<ExportOutput, StudioError>;
  if (request.compareTo !== undefined) {
    const earlier = readMeasure(request.compareTo);
    if (!earlier.ok) return earlier;
    result = await comparisonReport(request, earlier.value, measure.value, deps, progress);
  } else if (request.format === 'pdf') {
    const pdf = await printPdf(
      { document: measurePrintDocument(measure.value), metadata: measureMetadata(measure.value) },
      { printer: deps.printer, fonts: deps.fonts?.print },
      progress,
    );
    result = pdf.ok ? ok(output(request, pdf.value)) : pdf;
  } else if (request.format === 'docx') {
    result = ok(await exportDocx(request, measure.value, deps, progress));
  } else {
    progress.step('Rendering');
    const text =
      request.format === 'html'
        ? renderPrintHtml({ ...measurePrintDocument(measure.value), fonts: deps.fonts?.print ?? [] })
        : request.format === 'markdown'
          ? renderMeasureMarkdown(measure.value.document)
          : renderMeasureText(measure.value.document);
    result = ok(output(request, encoder.encode(text)));
  }
  if (result.ok) progress.finish('Done');
  return result;
}
