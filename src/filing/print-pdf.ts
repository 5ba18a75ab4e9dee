/**
 * PrintDocument → finished PDF bytes: render the HTML, print it with the injected printer, then make
 * it reproducible (pdf-finalize). Printer failures become StudioErrors.
 */
import { renderPrintHtml } from '../render/print-html';
import type { PrintDocument, PrintFontFace } from '../render/print-types';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { finalizePdf, type PdfMetadata } from './pdf-finalize';
import { FILING_PRINT_OPTIONS, type Printer } from './printer';
import type { ProgressSteps } from './progress';

function printerFailure(error: unknown): StudioError {
  if (error instanceof Error && error.name === 'PrinterError' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    const hint = (error as { hint?: unknown }).hint;
    if (code === 'printer-unavailable' || code === 'timeout' || code === 'internal') {
      return studioError(code, error.message, typeof hint === 'string' ? { hint } : {});
    }
  }
  return studioError('internal', `Printing the PDF failed: ${error instanceof Error ? error.message : String(error)}`);
}

export interface PdfJob {
  readonly document: Omit<PrintDocument, 'fonts'>;
  readonly metadata: PdfMetadata;
}

/** Print `job` to PDF bytes. */
export async function printPdf(
  job: PdfJob,
  deps: { readonly printer?: Printer; readonly fonts?: readonly PrintFontFace[] },
  progress: ProgressSteps,
): Promise<Result<Uint8Array, StudioError>> {
  if (deps.printer === undefined) {
    return err(studioError('printer-unavailable', 'No PDF printer is available in this host.'));
  }
  if (deps.fonts === undefined || deps.fonts.length === 0) {
    // Without the embedded face Chromium would silently fall back to system fonts.
    return err(studioError('internal', 'The print font (Tinos) was not supplied to the PDF export.'));
  }
  progress.step('Rendering');
  const html = renderPrintHtml({ ...job.document, fonts: deps.fonts });
  progress.step('Printing PDF');
  let printed: Uint8Array;
  try {
    printed = await deps.printer.print(html, FILING_PRINT_OPTIONS);
  } catch (error) {
    return err(printerFailure(error));
  }
  progress.step('Finishing PDF');
  try {
    return ok(await finalizePdf(printed, job.metadata));
  } catch (error) {
    return err(
      studioError(
        'internal',
        `The printer returned an unreadable PDF: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}
