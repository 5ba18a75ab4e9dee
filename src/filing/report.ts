/**
 * The revision-comparison report (`amend export LATER --compare-to EARLIER`): what the later revision
 * changes relative to the earlier one, as PDF, HTML, text or Markdown. The revision layer only.
 */
import type { PrintDocument } from '../render/print-types';
import { renderPrintHtml } from '../render/print-html';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import type { ExportDeps, ExportOutput, ExportRequest } from './export-types';
import type { ReadMeasure } from './measure-input';
import { printPdf } from './print-pdf';
import type { ProgressSteps } from './progress';
import { renderComparisonText } from '../measure/render-comparison';
import { comparisonView } from './comparison-view';
import { compareMeasureRevisions } from './revision-comparison';

const encoder = new TextEncoder();

/** Build the report in the requested format. */
export async function comparisonReport(
  request: ExportRequest,
  earlier: ReadMeasure,
  later: ReadMeasure,
  deps: ExportDeps,
  progress: ProgressSteps,
): Promise<Result<ExportOutput, StudioError>> {
  progress.step('Comparing revisions');
  const comparison = compareMeasureRevisions(earlier, later);
  const view = comparisonView(comparison);
  const document: Omit<PrintDocument, 'fonts'> = {
    title: view.title,
    fingerprint: later.document.fingerprint,
    sections: [{ role: 'report', startsPage: true, blocks: [{ type: 'comparison', comparison: view }] }],
  };
  switch (request.format) {
    case 'pdf': {
      const pdf = await printPdf(
        {
          document,
          metadata: {
            title: view.title,
            subject: `Revision comparison: ${earlier.file.meta.revision.label} to ${later.file.meta.revision.label}`,
            keywords: ['revision comparison', `from:${earlier.sha256}`],
            sha256: later.sha256,
            ...(later.file.meta.revision.date === undefined ? {} : { date: later.file.meta.revision.date }),
            purpose: `report-from-${earlier.sha256}`,
          },
        },
        { printer: deps.printer, fonts: deps.fonts?.print },
        progress,
      );
      return pdf.ok ? ok({ bytes: pdf.value, mediaType: 'application/pdf', extension: 'pdf', notes: [] }) : pdf;
    }
    case 'html':
      return ok({
        bytes: encoder.encode(renderPrintHtml({ ...document, fonts: deps.fonts?.print ?? [] })),
        mediaType: 'text/html; charset=utf-8',
        extension: 'html',
        notes: [],
      });
    // The measures' own text renderer (`{-removed-}` / `{+added+}`); there is no separate Markdown form.
    case 'text':
    case 'markdown':
      return ok({
        bytes: encoder.encode(renderComparisonText(comparison)),
        mediaType: 'text/plain; charset=utf-8',
        extension: 'txt',
        notes: [],
      });
    case 'docx':
      return err(
        studioError(
          'invalid-request',
          'The revision-comparison report is available as pdf, html, text or markdown, not docx.',
        ),
      );
  }
}
