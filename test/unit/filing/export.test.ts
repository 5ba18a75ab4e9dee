/**
 * exportMeasure / buildPacket as pure orchestration, with an injected fake printer: progress
 * reports, the HTML handed to the printer, printer failures as StudioErrors, and the finishing step
 * (metadata, fixed dates, deterministic /ID) applied to whatever the printer returned.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportMeasure } from '../../../src/filing/export';
import type { ExportProgress } from '../../../src/filing/export-types';
import { buildPacket } from '../../../src/filing/packet';
import { PrinterError, type PrintOptions, type Printer } from '../../../src/filing/printer';
import type { PrintFontFace } from '../../../src/render/print-types';
import { measureSource, REVISED_2017 } from './examples';

const FONTS: PrintFontFace[] = [{ family: 'Tinos', weight: 400, style: 'normal', woff2Base64: 'AAAA' }];

/** A printer that records what it was asked and returns a blank one-page PDF made with a clock date. */
class FakePrinter implements Printer {
  readonly jobs: { html: string; options: PrintOptions }[] = [];
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    this.jobs.push({ html, options });
    const document = await PDFDocument.create();
    document.addPage([612, 792]);
    document.setCreationDate(new Date());
    document.setCreator('HeadlessChrome /home/someone/file.html');
    return document.save();
  }
}

describe('exportMeasure', () => {
  it('reports each stage with done/total, ending at total', async () => {
    const events: ExportProgress[] = [];
    const result = await exportMeasure(
      { measure: measureSource(REVISED_2017), format: 'pdf' },
      { printer: new FakePrinter(), fonts: { print: FONTS }, onProgress: (event) => events.push(event) },
    );
    expect(result.ok).toBe(true);
    expect(events.map((event) => event.stage)).toEqual([
      'Reading the measure',
      'Rendering',
      'Printing PDF',
      'Finishing PDF',
      'Done',
    ]);
    expect(events.map((event) => event.done)).toEqual([0, 1, 2, 3, 4]);
    expect(events.every((event) => event.total === 4)).toBe(true);
  });

  it('hands the printer the print HTML (tagged, with an outline) and rewrites the metadata it returns', async () => {
    const printer = new FakePrinter();
    const result = await exportMeasure(
      { measure: measureSource(REVISED_2017), format: 'pdf' },
      { printer, fonts: { print: FONTS } },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]!.options).toMatchObject({ tagged: true, outline: true });
    expect(printer.jobs[0]!.html).toContain('<del>an inseparable</del>');
    const pdf = await PDFDocument.load(result.value.bytes, { updateMetadata: false });
    expect(pdf.getCreator()).toBe('Amendment Studio');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2017-04-14T00:00:00.000Z');
    expect(pdf.getKeywords()).toContain(`sha256:${measureSource(REVISED_2017).sha256}`);
    expect(Buffer.from(result.value.bytes).toString('latin1')).not.toContain('/home/someone');
  });

  it('turns a PrinterError into a StudioError with its code and hint', async () => {
    const failing: Printer = {
      print: () => Promise.reject(new PrinterError('printer-unavailable', 'No Chromium.', 'apt-get install chromium')),
    };
    const result = await exportMeasure(
      { measure: measureSource(REVISED_2017), format: 'pdf' },
      { printer: failing, fonts: { print: FONTS } },
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual({
        code: 'printer-unavailable',
        message: 'No Chromium.',
        hint: 'apt-get install chromium',
      });
  });

  it('refuses to print without the embedded font (no silent system-font fallback)', async () => {
    const result = await exportMeasure(
      { measure: measureSource(REVISED_2017), format: 'pdf' },
      { printer: new FakePrinter() },
    );
    expect(!result.ok && result.error.message).toContain('print font (Tinos) was not supplied');
  });

  it('writes DOCX without a printer and says when the font is only named, not embedded', async () => {
    const result = await exportMeasure({ measure: measureSource(REVISED_2017), format: 'docx' }, {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.extension).toBe('docx');
    expect(result.value.notes.join(' ')).toContain('names the font Liberation Serif without embedding it');
  });
});

describe('buildPacket', () => {
  it('prints the whole packet in one print job (one browser, one document)', async () => {
    const printer = new FakePrinter();
    const result = await buildPacket(
      { measure: measureSource(REVISED_2017), date: '2017-04-14' },
      { printer, fonts: { print: FONTS } },
    );
    expect(result.ok).toBe(true);
    expect(printer.jobs).toHaveLength(1);
    const html = printer.jobs[0]!.html;
    expect(html.indexOf('Dear Initiative Coordinator:')).toBeLessThan(
      html.indexOf('Statements of Proponent Alex Example'),
    );
    expect(html.indexOf('Statements of Proponent Jordan Sample')).toBeLessThan(html.indexOf('class="measure"'));
  });
});
