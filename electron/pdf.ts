/**
 * The Electron Printer: print HTML → PDF with `webContents.printToPDF` in a hidden, sandboxed window
 * (no preload, its own app://print origin, scripts forbidden to the document by its CSP). Tagged,
 * with an outline, page size from the CSS @page rule.
 */
import { PrinterError, type PrintOptions, type Printer } from '../src/filing/printer';
import type { PrintDocuments } from './app-protocol';

/** The parts of a BrowserWindow the printer uses (a fake in tests). */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: {
      printBackground: boolean;
      preferCSSPageSize: boolean;
      generateTaggedPDF: boolean;
      generateDocumentOutline: boolean;
    }): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export class ElectronPrinter implements Printer {
  constructor(
    private readonly createWindow: () => PrintWindowLike,
    private readonly documents: PrintDocuments,
  ) {}

  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    const job = this.documents.add(html);
    const window = this.createWindow();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PrinterError('timeout', `Printing did not finish within ${Math.round(options.timeoutMs / 1000)} s.`),
          ),
        options.timeoutMs,
      );
    });
    const run = async (): Promise<Uint8Array> => {
      await window.loadURL(job.url);
      // Layout must use the embedded faces, never a fallback: wait for every face in use to load.
      await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: options.tagged,
        generateDocumentOutline: options.outline,
      });
      return new Uint8Array(pdf);
    };
    try {
      return await Promise.race([run(), deadline]);
    } catch (error) {
      if (error instanceof PrinterError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new PrinterError('internal', `Printing the PDF failed: ${detail}`);
    } finally {
      clearTimeout(timer);
      this.documents.remove(job.id);
      if (!window.isDestroyed()) window.destroy();
    }
  }
}
