/**
 * The packet as a real PDF (Chromium + poppler): every statement verbatim in the text layer, every
 * proponent named, the hidden redline markers in reading order and invisible on the page, the
 * footer hash equal to the SHA-256 of the file's bytes, only Tinos (embedded), byte-identical
 * re-export, and page images matching the goldens.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPacket, preparePacket } from '../../../src/filing/packet';
import { FILING_PRINT_OPTIONS } from '../../../src/filing/printer';
import { certification9001, statement9608 } from '../../../src/filing/statements';
import { renderPrintHtml } from '../../../src/render/print-html';
import { ChromiumPrinter } from '../../../src/node/printer/chromium-printer';
import { loadPrintFonts } from '../../../src/node/printer/print-fonts';
import { FILING_FIXTURES, measureSource, PARTNER_2017, REVISED_2017 } from './examples';
import {
  expectPagesMatchGoldens,
  differingPixels,
  pageImages,
  pdfFonts,
  pdfInfo,
  pdfText,
  tempFolder,
} from './pdf-tools';

/** Goldens are compared at 50 dpi: enough to see layout changes, small enough to keep in git. */
const GOLDEN_DPI = 50;
/** Share of pixels allowed to differ from a golden (anti-aliasing differences between poppler builds). */
const GOLDEN_TOLERANCE = 0.004;

const printer = new ChromiumPrinter();
const folder = tempFolder('amend-packet-');
const measure = measureSource(REVISED_2017);
let packetPath = '';
let packetBytes: Uint8Array;

beforeAll(async () => {
  const pdf = await buildPacket({ measure, date: '2017-04-14' }, { printer, fonts: { print: loadPrintFonts() } });
  if (!pdf.ok) throw new Error(`buildPacket failed: ${pdf.error.message}`);
  packetBytes = pdf.value.bytes;
  packetPath = join(folder.path, 'packet.pdf');
  writeFileSync(packetPath, packetBytes);
});

afterAll(async () => {
  await printer.close();
  folder.remove();
});

/** pdftotext output with line breaks and runs of spaces collapsed (statements wrap across lines). */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the Calexit 2017 packet PDF', () => {
  it('holds the letter, and both statements verbatim for every proponent', () => {
    const text = flat(pdfText(packetPath));
    expect(text).toContain(
      'Pursuant to Article II, Section 10(d) of the California Constitution, we respectfully request',
    );
    expect(text).toContain('which amends Section 1 of Article III of the California Constitution.');
    expect(text).toContain('in the amount of $2,000');
    for (const [name, county] of [
      ['Alex Example', 'San Diego'],
      ['Jordan Sample', 'Los Angeles'],
    ] as const) {
      expect(text).toContain(certification9001(name, county));
      expect(text).toContain(statement9608(name));
    }
    expect(text.match(/Dated this ________ day of __________, 20___/g)).toHaveLength(2);
  });

  it('carries the redline markers in reading order', () => {
    expect(flat(pdfText(packetPath))).toContain(
      'The State of California is [begin deletion] an inseparable [end deletion] [begin insertion] a [end insertion] part of the United States of America',
    );
  });

  it('prints the first 12 hex digits of the file SHA-256 in every page footer, and the full hash in the metadata', () => {
    const pages = pdfText(packetPath)
      .split('\f')
      .filter((page) => page.trim() !== '');
    const short = measure.sha256.slice(0, 12);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain(`Rev. 2 · SHA-256 ${short}`);
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const info = pdfInfo(packetPath);
    expect(info.get('Keywords')).toContain(`sha256:${measure.sha256}`);
    expect(info.get('Producer')).toBe('Amendment Studio');
    expect(info.get('Creator')).toBe('Amendment Studio');
    expect(info.get('CreationDate')).toContain('Apr 14 00:00:00 2017');
    expect(info.get('Page size')).toContain('612 x 792 pts (letter)');
    expect(info.get('Tagged')).toBe('yes');
  });

  it('embeds only Tinos (no system fallback font)', () => {
    const fonts = pdfFonts(packetPath);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
      expect(font.embedded).toBe(true);
      expect(font.unicode).toBe(true);
    }
  });

  it('names no local path anywhere in the file', () => {
    const bytes = Buffer.from(packetBytes).toString('latin1');
    expect(bytes).not.toContain(process.cwd());
    expect(bytes).not.toContain(folder.path);
    expect(bytes).not.toMatch(/HeadlessChrome|Skia\/PDF/);
  });

  it('is byte-identical when exported again', async () => {
    const again = await buildPacket({ measure, date: '2017-04-14' }, { printer, fonts: { print: loadPrintFonts() } });
    expect(again.ok).toBe(true);
    if (again.ok) expect(Buffer.compare(Buffer.from(again.value.bytes), Buffer.from(packetBytes))).toBe(0);
  });

  it('matches the golden page images', () => {
    expectPagesMatchGoldens(
      pageImages(packetPath, GOLDEN_DPI),
      resolve(FILING_FIXTURES, 'packet-calexit-2017'),
      GOLDEN_TOLERANCE,
    );
  });

  it('keeps the markers invisible: the page looks the same with the marker text not painted at all', async () => {
    const prepared = preparePacket({ measure, date: '2017-04-14' });
    if (!prepared.ok) throw new Error(prepared.error.message);
    const html = renderPrintHtml({ ...prepared.value.document, fonts: loadPrintFonts() });
    const unpainted = html.replace('.mark-text {', '.mark-text {\n  visibility: hidden;');
    expect(unpainted).not.toBe(html);
    const paths = [join(folder.path, 'shown.pdf'), join(folder.path, 'unpainted.pdf')];
    writeFileSync(paths[0]!, await printer.print(html, FILING_PRINT_OPTIONS));
    writeFileSync(paths[1]!, await printer.print(unpainted, FILING_PRINT_OPTIONS));
    expect(pdfText(paths[0]!)).toContain('[begin deletion]');
    expect(pdfText(paths[1]!)).not.toContain('[begin deletion]');
    const shown = pageImages(paths[0]!, 150);
    const hidden = pageImages(paths[1]!, 150);
    expect(shown).toHaveLength(hidden.length);
    shown.forEach((page, index) => expect(differingPixels(page, hidden[index]!, 0), `page ${index + 1}`).toBe(0));
  });
});

describe('a hostile draft in the packet', () => {
  it('prints the proponent name and raw HTML as visible text, never as markup', async () => {
    const hostile = measureSource(resolve(FILING_FIXTURES, 'hostile.measure.md'));
    const pdf = await buildPacket(
      { measure: hostile, date: '2017-04-14' },
      { printer, fonts: { print: loadPrintFonts() } },
    );
    if (!pdf.ok) throw new Error(pdf.error.message);
    const path = join(folder.path, 'hostile.pdf');
    writeFileSync(path, pdf.value.bytes);
    const text = flat(pdfText(path));
    expect(text).toContain('I, Alex <script>alert(1)</script> Example, declare under penalty of perjury');
    expect(text).toContain(
      'The People find <b onclick="alert(2)">and</b> declare <iframe src="https://attacker.example/">',
    );
    expect(text).toContain('</iframe><style>body{display:none}</style>:');
  });
});

describe('the printer itself', () => {
  // The second wall behind sanitizing and the document CSP: even raw HTML with a script prints inert.
  it('never runs page scripts, whatever HTML it is given', async () => {
    const html =
      '<!doctype html><html><body><p id="p">PRINTED AS WRITTEN</p>' +
      '<script>document.getElementById("p").textContent = "SCRIPT RAN"</script></body></html>';
    const bytes = await printer.print(html, { timeoutMs: 30_000, tagged: false, outline: false });
    const path = join(folder.path, 'script.pdf');
    writeFileSync(path, bytes);
    const text = flat(pdfText(path));
    expect(text).toContain('PRINTED AS WRITTEN');
    expect(text).not.toContain('SCRIPT RAN');
  });
});

describe('an amendment packet whose draft names other proponents than the filed measure', () => {
  it('has every filer sign, warns about the change, and keeps front matter out of the filed redline', async () => {
    const pdf = await buildPacket(
      { measure, date: '2017-04-20', amendment: { filed: measureSource(PARTNER_2017) } },
      { printer, fonts: { print: loadPrintFonts() } },
    );
    if (!pdf.ok) throw new Error(pdf.error.message);
    const path = join(folder.path, 'amendment.pdf');
    writeFileSync(path, pdf.value.bytes);
    const text = flat(pdfText(path));
    expect(text).toContain('we, all of the proponents of the proposed initiative measure “California Nationhood Act”');
    expect(text).toContain('Request of Proponent Riley Placeholder (Elections Code section 9002(b)(1))');
    expect(text).toContain('I, Riley Placeholder, a proponent of the proposed initiative measure');
    expect(text).not.toContain('I, Jordan Sample');
    expect(text).not.toContain('Front matter');
    expect(text).toContain('Title of the measure: “California Nationhood Act” → “California Freedom Act”');
    expect(pdf.value.notes.join(' ')).toMatch(/Riley Placeholder filed the measure but is missing/);
  });
});
