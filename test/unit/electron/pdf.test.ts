import { describe, expect, it, vi } from 'vitest';
import { PrintDocuments } from '../../../electron/app-protocol';
import { ElectronPrinter, type PrintWindowLike } from '../../../electron/pdf';
import { PrinterError } from '../../../src/filing/printer';

function fakeWindow(overrides: Partial<PrintWindowLike['webContents']> & { load?: () => Promise<void> } = {}) {
  let destroyed = false;
  const load = overrides.load ?? (() => Promise.resolve());
  const window = {
    loadURL: vi.fn((_url: string) => load()),
    webContents: {
      executeJavaScript: vi.fn(overrides.executeJavaScript ?? (() => Promise.resolve(true))),
      printToPDF: vi.fn(overrides.printToPDF ?? (() => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46])))),
    },
    destroy: vi.fn(() => void (destroyed = true)),
    isDestroyed: () => destroyed,
  };
  return window;
}

const OPTIONS = { tagged: true, outline: true, timeoutMs: 5_000 };

describe('ElectronPrinter', () => {
  it('loads the document from app://print, waits for fonts, prints tagged with an outline, cleans up', async () => {
    const documents = new PrintDocuments();
    const window = fakeWindow();
    const printer = new ElectronPrinter(() => window, documents);
    const pdf = await printer.print('<p>x</p>', OPTIONS);
    expect([...pdf]).toEqual([0x25, 0x50, 0x44, 0x46]);
    const url = String(window.loadURL.mock.calls[0]?.[0]);
    expect(url).toMatch(/^app:\/\/print\/job-\d+-\w+\.html$/);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith('document.fonts.ready.then(() => true)');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(window.destroy).toHaveBeenCalled();
    expect(documents.get(url.slice('app://print/'.length, -'.html'.length))).toBeUndefined();
  });

  it('reports a failure as a PrinterError and still cleans up', async () => {
    const window = fakeWindow({ printToPDF: () => Promise.reject(new Error('GPU process crashed')) });
    const printer = new ElectronPrinter(() => window, new PrintDocuments());
    await expect(printer.print('<p>x</p>', OPTIONS)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('GPU process crashed') as unknown,
    });
    expect(window.destroy).toHaveBeenCalled();
  });

  it('gives up after the timeout', async () => {
    const window = fakeWindow({ load: () => new Promise(() => undefined) });
    const printer = new ElectronPrinter(() => window, new PrintDocuments());
    const error: unknown = await printer
      .print('<p>x</p>', { ...OPTIONS, timeoutMs: 50 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrinterError);
    expect((error as PrinterError).code).toBe('timeout');
    expect(window.destroy).toHaveBeenCalled();
  });
});
