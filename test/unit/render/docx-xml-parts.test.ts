/**
 * Every XML part of an exported DOCX is UTF-8 and well-formed XML, with non-ASCII text (accents,
 * curly quotes, middle dots, dashes, emoji) intact. Word refuses a file with one bad part;
 * LibreOffice tolerates it, so converting with LibreOffice proves nothing here.
 */
import JSZip from 'jszip';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import type { MeasureDocument } from '../../../src/measure/document';
import { renderMeasureDocx } from '../../../src/render/docx/measure-docx';
import type { DocxRedlineStyle } from '../../../src/render/docx/docx-types';
import { loadDocxFont } from '../../../src/node/printer/print-fonts';
import { CALEXIT_2017_DOCUMENT } from './sample-documents';

const TITLE = 'Ley de Soberanía “Calexit” — Año 2017 · 🐻 ‘ok’';
const AUTHOR = 'José Núñez · “Yes California” — 🐻';
const NON_ASCII_DOCUMENT: MeasureDocument = { ...CALEXIT_2017_DOCUMENT, title: TITLE };

/** Characters XML 1.0 allows (the Char production): no C0 controls but tab, LF, CR; no lone surrogates. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Problems that make `text` not a well-formed XML document (empty when it is one). */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const bad = NOT_XML_CHAR.exec(text);
  if (bad !== null)
    problems.push(`character U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at offset ${bad.index}`);
  const parser = sax.parser(true);
  let depth = 0;
  let roots = 0;
  parser.onerror = (error): void => {
    problems.push(error.message.split('\n')[0]!);
    parser.error = null as unknown as Error; // carry on, to list every problem
  };
  parser.onopentag = (): void => {
    if (depth === 0) roots++;
    depth++;
  };
  parser.onclosetag = (): void => {
    depth--;
  };
  parser.write(text).close();
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Each .xml / .rels part, decoded as strict UTF-8 (a decoding failure is reported, not thrown). */
async function xmlParts(bytes: Uint8Array): Promise<Map<string, string | Error>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string | Error>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const raw = await entry.async('uint8array');
    try {
      parts.set(name, new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch (error) {
      parts.set(name, error as Error);
    }
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderMeasureDocx, XML parts', () => {
  it('checks what it claims: the checker rejects a control character, a bad close tag and two roots', () => {
    expect(xmlProblems('<a>Soberan\u00eda</a>')).toEqual([]);
    expect(xmlProblems('<a>\u001cCalexit</a>')).toEqual(['character U+001c at offset 3']);
    expect(xmlProblems('<a><b></a>').length).toBeGreaterThan(0);
    expect(xmlProblems('<a/><b/>')).toEqual(['2 root elements']);
  });

  for (const style of ['static', 'tracked'] satisfies DocxRedlineStyle[]) {
    it(`writes every .xml and .rels part as UTF-8 well-formed XML, non-ASCII title intact (${style})`, async () => {
      const bytes = await renderMeasureDocx(NON_ASCII_DOCUMENT, {
        style,
        author: AUTHOR,
        date: '2017-04-14T00:00:00Z',
        font: loadDocxFont(),
      });
      const parts = await xmlParts(bytes);
      // The parts the deterministic pass rewrites are among those checked.
      expect([...parts.keys()]).toEqual(expect.arrayContaining(['docProps/core.xml', 'word/document.xml']));
      for (const [name, text] of parts) {
        expect(text, `${name} is UTF-8`).not.toBeInstanceOf(Error);
        expect(xmlProblems(text as string), `${name} is well-formed`).toEqual([]);
      }
      const core = parts.get('docProps/core.xml') as string;
      expect(unescapeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '')).toBe(TITLE);
      expect(core).toContain('Rev. 2 · SHA-256 3f2a9c0b1d4e');
      expect(core).toContain('>2017-04-14T00:00:00Z</dcterms:created>');
      expect(unescapeXml(parts.get('word/document.xml') as string)).toContain(TITLE);
      if (style === 'tracked') expect(unescapeXml(parts.get('word/document.xml') as string)).toContain(AUTHOR);
      if (parts.has('word/_rels/fontTable.xml.rels'))
        expect(parts.get('word/fontTable.xml') as string).toMatch(/w:fontKey="\{[0-9A-F-]{36}\}"/);
    });
  }

  it('gives the same bytes for the same non-ASCII measure', async () => {
    const options = { style: 'tracked', author: AUTHOR, date: '2017-04-14T00:00:00Z' } as const;
    const first = await renderMeasureDocx(NON_ASCII_DOCUMENT, options);
    const second = await renderMeasureDocx(NON_ASCII_DOCUMENT, options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
