/**
 * The XSS corpus (test/support/xss-payloads.ts) through every server-side HTML producer: the measure
 * fragment, the print HTML of `amend export --format html`, the revision-comparison report, the
 * filing packet and the amendment packet as the printer receives them, and the app's print preview.
 * Each output is parsed by parse5 (the WHATWG algorithm, as a browser would) and checked by the
 * structural oracle; the print HTML must also hold only the sanitize schema's tags and attributes.
 * The e2e twin (test/e2e/xss.spec.ts) renders the same drafts in Chromium with an execution canary.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { previewHtml } from '../../../renderer/model/measure-preview';
import { exportMeasure } from '../../../src/filing/export';
import { readMeasure } from '../../../src/filing/measure-input';
import { buildPacket } from '../../../src/filing/packet';
import type { Printer } from '../../../src/filing/printer';
import { renderMeasureHtml } from '../../../src/render/measure-html';
import type { PrintFontFace } from '../../../src/render/print-types';
import { PRINT_SANITIZE_SCHEMA } from '../../../src/render/sanitize-schema';
import { elementsOfHtml, unsafeStructures, type OracleElement } from '../../support/xss-oracle';
import { payloadEdition, payloadMeasure } from '../../support/xss-drafts';
import { refusedInFilings, XSS_PAYLOADS, type XssPayload } from '../../support/xss-payloads';

const EDITION = payloadEdition();
/** Exports refuse control and bidi characters, so the filing drafts leave those payloads out. */
const MEASURE_A = payloadMeasure(EDITION, 'a', { filing: true });
const MEASURE_B = payloadMeasure(EDITION, 'b', { filing: true });
const FILED_PAYLOADS = XSS_PAYLOADS.filter((payload) => !refusedInFilings(payload));
const decoder = new TextDecoder();
/** A stand-in face: the packet refuses to print without the embedded font. */
const FONTS: PrintFontFace[] = [{ family: 'Tinos', weight: 400, style: 'normal', woff2Base64: 'AAAA' }];

/** A printer that keeps the HTML it is given (what Chromium would print) and returns a blank page. */
class RecordingPrinter implements Printer {
  readonly pages: string[] = [];
  async print(html: string): Promise<Uint8Array> {
    this.pages.push(html);
    const document = await PDFDocument.create();
    document.addPage([612, 792]);
    return document.save();
  }
}

async function exportedHtml(source: string, compareTo?: string): Promise<string> {
  const result = await exportMeasure(
    { measure: { source }, format: 'html', ...(compareTo === undefined ? {} : { compareTo: { source: compareTo } }) },
    {},
  );
  if (!result.ok) throw new Error(result.error.message);
  return decoder.decode(result.value.bytes);
}

async function packetHtml(source: string, filed?: string): Promise<string> {
  const printer = new RecordingPrinter();
  const result = await buildPacket(
    {
      measure: { source },
      date: '2026-01-20',
      ...(filed === undefined ? {} : { amendment: { filed: { source: filed } } }),
    },
    { printer, fonts: { print: FONTS } },
  );
  if (!result.ok) throw new Error(result.error.message);
  expect(printer.pages).toHaveLength(1);
  return printer.pages[0]!;
}

/** Tags the sanitize schema allows in a body, plus the document shell print-html.ts writes itself. */
const PRINT_TAGS = new Set([
  ...(PRINT_SANITIZE_SCHEMA.tagNames ?? []),
  'html',
  'head',
  'body',
  'meta',
  'title',
  'style',
]);
const PRINT_ATTRIBUTES = new Set(['class', 'lang', 'charset', 'http-equiv', 'content']);

/** Tags and attributes outside the print allowlist. */
function offSchema(elements: readonly OracleElement[]): string[] {
  const found: string[] = [];
  for (const element of elements) {
    if (!PRINT_TAGS.has(element.tag)) found.push(`${element.where}: tag ${element.tag}`);
    for (const entry of element.attrs) {
      if (!PRINT_ATTRIBUTES.has(entry.name)) found.push(`${element.where}: attribute ${entry.name}`);
    }
  }
  return found;
}

/** The visible text of an HTML document (text nodes of the body), whitespace collapsed. */
function bodyText(html: string): string {
  const bodyStart = html.indexOf('<body');
  const decoded = html
    .slice(bodyStart === -1 ? 0 : bodyStart)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x(\w+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
  return decoded.replace(/\s+/g, ' ');
}

/** One payload alone: in the title, a Findings paragraph and the proposed text of one section. */
function singlePayloadMeasure(payload: XssPayload): string {
  const base = 'The people of this State reserve to themselves the power of section 1.';
  return [
    '---',
    `title: ${JSON.stringify(payload.text)}`,
    'kind: constitutional amendment',
    `base: { edition: xss-corpus, sha256: "${'0'.repeat(64)}" }`,
    `revision: { label: ${JSON.stringify(payload.text)} }`,
    '---',
    '',
    '## Findings and Declarations',
    '',
    payload.text,
    '',
    '## Amend Article 1, Section 1',
    '',
    '~~~base',
    base,
    '~~~',
    '',
    '~~~proposed',
    `${base} ${payload.text}`,
    '~~~',
    '',
  ].join('\n');
}

describe('the XSS corpus through every server-side HTML producer', () => {
  it('has at least 120 payloads, each with a unique id it carries and a source', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(XSS_PAYLOADS.map((payload) => payload.id)).size).toBe(XSS_PAYLOADS.length);
    for (const payload of XSS_PAYLOADS) {
      expect(payload.text, payload.id).toContain(payload.id);
      expect(payload.text, payload.id).not.toMatch(/[\r\n]/);
      expect(payload.source, payload.id).not.toBe('');
    }
  });

  it('the oracle flags the raw payloads (so a clean result means something)', () => {
    const flagged = XSS_PAYLOADS.filter(
      (payload) => unsafeStructures(elementsOfHtml(`<!doctype html><body>${payload.text}</body>`)).length > 0,
    );
    // Raw HTML payloads parse into something unsafe; Markdown-only shapes ([a](javascript:…)) and
    // entity-escaped text do not until a Markdown renderer turns them into HTML.
    expect(flagged.length).toBeGreaterThanOrEqual(100);
    expect(unsafeStructures(elementsOfHtml('<a href="javascript:x()">a</a><p title="__xss">t</p>'))).toEqual([
      'html > html > body > a: href with a script or file URL',
      'html > html > body > a: link that is not https:, mailto: or #',
    ]);
  });

  const producers: [name: string, html: () => Promise<string>][] = [
    [
      'the measure fragment (amend measure --format html)',
      () => {
        const read = readMeasure({ source: MEASURE_A });
        if (!read.ok) throw new Error(read.error.message);
        return Promise.resolve(
          `<!doctype html><html><head></head><body>${renderMeasureHtml(read.value.document)}</body></html>`,
        );
      },
    ],
    ['the print HTML (amend export --format html)', () => exportedHtml(MEASURE_A)],
    ['the print HTML of the second revision', () => exportedHtml(MEASURE_B)],
    ['the revision-comparison report', () => exportedHtml(MEASURE_B, MEASURE_A)],
    ['the filing packet as the printer receives it', () => packetHtml(MEASURE_A)],
    ['the amendment packet (EC 9002(b)) as the printer receives it', () => packetHtml(MEASURE_B, MEASURE_A)],
  ];

  for (const [name, produce] of producers) {
    it(`${name}: no unsafe structure, only schema tags, every payload id shown as text`, async () => {
      const html = await produce();
      const elements = elementsOfHtml(html);
      expect(unsafeStructures(elements)).toEqual([]);
      expect(offSchema(elements)).toEqual([]);
      const text = bodyText(html);
      const missing = FILED_PAYLOADS.filter((payload) => !text.includes(payload.id)).map((payload) => payload.id);
      expect(missing).toEqual([]);
    });
  }

  it('the app print preview (renderer/model/measure-preview.ts) is safe too', () => {
    const lint = payloadMeasure(EDITION, 'a', { unreadableHeadings: true });
    for (const source of [payloadMeasure(EDITION, 'a'), lint]) {
      const elements = elementsOfHtml(previewHtml(source));
      expect(unsafeStructures(elements)).toEqual([]);
      expect(offSchema(elements)).toEqual([]);
    }
  });

  it('each payload alone prints as its own words: title, footer, Findings and redline', async () => {
    for (const payload of FILED_PAYLOADS) {
      const html = await exportedHtml(singlePayloadMeasure(payload));
      const elements = elementsOfHtml(html, payload.id);
      expect(unsafeStructures(elements), payload.id).toEqual([]);
      expect(offSchema(elements), payload.id).toEqual([]);
      // Inert text: the proposed text carries the payload verbatim (whitespace aside).
      expect(bodyText(html), payload.id).toContain(payload.text.replace(/\s+/g, ' ').trim());
      // The footer CSS (the revision label) never closes its style element.
      const style = elements.find((element) => element.tag === 'style')!;
      expect(style.rawText, payload.id).not.toMatch(/<\/style/i);
    }
  });

  it('a payload with a control or bidi character is refused by the exports, naming the character', async () => {
    const refused = XSS_PAYLOADS.filter(refusedInFilings);
    expect(refused.length).toBeGreaterThan(0);
    for (const payload of refused) {
      const result = await exportMeasure({ measure: { source: singlePayloadMeasure(payload) }, format: 'html' }, {});
      expect(result.ok, payload.id).toBe(false);
      if (!result.ok) expect(result.error.message, payload.id).toMatch(/a filing must not contain it/);
    }
  });
});
