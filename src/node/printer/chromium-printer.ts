/**
 * The Node printer: playwright-core drives a system Chromium (the same Blink print path as Electron's
 * `printToPDF`). One browser is launched on the first print and reused until `close()`, so a packet
 * or a batch of exports pays the ~1 s launch once.
 */
import type { Browser } from 'playwright-core';
import { PrinterError, type PrintOptions, type Printer } from '../../filing/printer';
import { findChromium, INSTALL_HINT } from './find-chromium';

/**
 * Flags for a quiet, offline, headless print: no background traffic to Google hosts (this network
 * refuses it and it slows start-up), no GPU, /dev/shm may be small in containers.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--metrics-recording-only',
  '--mute-audio',
] as const;

export interface ChromiumPrinterOptions {
  /** Environment to read AMEND_CHROMIUM from (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export class ChromiumPrinter implements Printer {
  private browser: Promise<Browser> | undefined;
  private readonly env: Readonly<Record<string, string | undefined>>;

  constructor(options: ChromiumPrinterOptions = {}) {
    this.env = options.env ?? process.env;
  }

  /** HTML → PDF bytes (Letter from the CSS @page rule, tagged, with an outline). */
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    const browser = await this.launch();
    // Page scripts off: the HTML is sanitized and carries a CSP, and this is the second wall if either fails.
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const deadline = deadlineAfter(options.timeoutMs);
    try {
      const page = await context.newPage();
      // Nothing is ever fetched: the document inlines its font and stylesheet.
      await page.route('**/*', (route) => route.abort());
      const print = async (): Promise<Uint8Array> => {
        await page.setContent(html, { waitUntil: 'load', timeout: options.timeoutMs });
        // Layout must use the embedded faces, never a fallback: wait until every face in use has loaded.
        await page.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: options.tagged,
          outline: options.outline,
        });
        return new Uint8Array(pdf);
      };
      return await Promise.race([print(), deadline.promise]);
    } finally {
      deadline.cancel();
      await context.close().catch(() => undefined);
    }
  }

  /**
   * Start Chromium now, so its start-up overlaps the caller's own work (reading and laying out the
   * measure). Failures are reported by the next `print`.
   */
  warmUp(): void {
    this.launch().catch(() => undefined);
  }

  /** Close the browser (if one was launched). The printer can be used again afterwards. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser !== undefined) await (await browser.catch(() => undefined))?.close();
  }

  private launch(): Promise<Browser> {
    if (this.browser !== undefined) return this.browser;
    const lookup = findChromium(this.env);
    if (!lookup.found) {
      return Promise.reject(
        new PrinterError('printer-unavailable', `Cannot print a PDF: ${lookup.reason}.`, INSTALL_HINT),
      );
    }
    // Loaded on first use: playwright-core takes ~0.4 s to import, which only PDF exports should pay.
    const launching = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: lookup.path, args: [...CHROMIUM_ARGS] }))
      .catch((error: unknown) => {
        this.browser = undefined;
        const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new PrinterError(
          'printer-unavailable',
          `Cannot start Chromium at ${lookup.path}: ${detail}`,
          INSTALL_HINT,
        );
      });
    this.browser = launching;
    return launching;
  }
}

function deadlineAfter(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new PrinterError('timeout', `Printing did not finish within ${Math.round(ms / 1000)} s.`)),
      ms,
    );
  });
  return { promise, cancel: () => clearTimeout(timer) };
}
