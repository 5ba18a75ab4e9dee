/**
 * DOCX output: unzipped and read as XML (tracked changes carry author, date and text), and converted
 * with LibreOffice to check that Word-format readers see both the deleted and the inserted words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMeasureDocx } from '../../../src/render/docx/measure-docx';
import { loadDocxFont } from '../../../src/node/printer/print-fonts';
import { libreOfficeToPdf, pdfFonts, pdfText, tempFolder } from '../filing/pdf-tools';
import { CALEXIT_2017_DOCUMENT, HOSTILE_DOCUMENT } from './sample-documents';

const folder = tempFolder('amend-docx-');
afterAll(() => folder.remove());

const STAMP = { author: 'Jordan Sample', date: '2017-04-14T00:00:00Z' } as const;

async function documentXml(bytes: Uint8Array): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml is missing');
  return { xml, zip };
}

/** `<w:del …>…</w:del>` elements with their attributes and the text inside. */
function revisions(xml: string, tag: 'w:del' | 'w:ins'): { author: string; date: string; text: string }[] {
  const pattern = new RegExp(`<${tag} ([^>]*)>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({
    author: /w:author="([^"]*)"/.exec(match[1]!)?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(match[1]!)?.[1] ?? '',
    text: [...match[2]!.matchAll(/<w:(?:delText|t)[^>]*>([^<]*)</g)].map((part) => part[1]).join(''),
  }));
}

describe('renderMeasureDocx, tracked changes', () => {
  it('writes w:del / w:ins with the revision author and date', async () => {
    const bytes = await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'tracked', ...STAMP });
    const { xml } = await documentXml(bytes);
    const deletions = revisions(xml, 'w:del');
    const insertions = revisions(xml, 'w:ins');
    // The space before the change goes into both revisions (docx-tracked-runs.test.ts: exact readings).
    expect(deletions).toContainEqual({
      author: 'Jordan Sample',
      date: '2017-04-14T00:00:00Z',
      text: ' an inseparable',
    });
    expect(insertions).toContainEqual({ author: 'Jordan Sample', date: '2017-04-14T00:00:00Z', text: ' a' });
    // A repealed section is one deletion, an added one one insertion.
    expect(deletions.map((change) => change.text)).toContain('SEC. 1. A repealed provision.');
    expect(insertions.map((change) => change.text)).toContain('SEC. 1.5. An added provision.');
    // Revision ids are unique.
    const ids = [...xml.matchAll(/<w:(?:del|ins) [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the tracked changes when LibreOffice opens it: both deleted and inserted words are there', async () => {
    const path = join(folder.path, 'tracked.docx');
    writeFileSync(
      path,
      await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'tracked', ...STAMP, font: loadDocxFont() }),
    );
    const pdf = libreOfficeToPdf(path, folder.path);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('The State of California is an inseparable a part of the United States of America');
    expect(text).toContain('SEC. 1. A repealed provision.');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Rev. 2 · SHA-256 3f2a9c0b1d4e');
  });
});

describe('renderMeasureDocx, static redline', () => {
  it('writes struck and italic runs, no revision marks', async () => {
    const { xml } = await documentXml(await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'static', ...STAMP }));
    expect(xml).not.toMatch(/<w:(del|ins) /);
    expect(xml).toMatch(/<w:r><w:rPr><w:strike\/><\/w:rPr><w:t xml:space="preserve">an inseparable<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">a<\/w:t><\/w:r>/);
  });

  it('sets Letter with 1 in margins and a footer with the fingerprint and Page X of Y fields', async () => {
    const { xml, zip } = await documentXml(
      await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'static', ...STAMP }),
    );
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(xml).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    const footer = await zip.file(footerName!)!.async('string');
    expect(footer).toContain('Rev. 2 · SHA-256 3f2a9c0b1d4e');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });

  it('embeds Liberation Serif when its TrueType files are given', async () => {
    const font = loadDocxFont();
    if (font === undefined)
      throw new Error('Liberation Serif is not installed: apt-get install fonts-liberation (.ci/run installs it).');
    const path = join(folder.path, 'static.docx');
    const bytes = await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'static', ...STAMP, font });
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/fonts/'))).toBe(true);
    writeFileSync(path, bytes);
    const pdf = libreOfficeToPdf(path, folder.path);
    for (const row of pdfFonts(pdf)) expect(row.name).toMatch(/LiberationSerif/);
  });

  it('obfuscates each embedded font with the key fontTable.xml names (ECMA-376 Part 2 §13), so readers recover it', async () => {
    const font = loadDocxFont();
    if (font === undefined)
      throw new Error('Liberation Serif is not installed: apt-get install fonts-liberation (.ci/run installs it).');
    const zip = await JSZip.loadAsync(
      await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'static', ...STAMP, font }),
    );
    const table = (await zip.file('word/fontTable.xml')!.async('string')).replace(/\s+/g, ' ');
    const rels = await zip.file('word/_rels/fontTable.xml.rels')!.async('string');
    const embeds = [...table.matchAll(/<w:embed(\w+) r:id="([^"]+)" w:fontKey="\{([^}]+)\}"/g)];
    expect(embeds.length).toBe(4);
    const sources: Record<string, Uint8Array> = {
      Regular: font.regular,
      Bold: font.bold,
      Italic: font.italic,
      BoldItalic: font.boldItalic,
    };
    for (const [, face, id, guid] of embeds) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      const stored = await zip.file(`word/${target}`)!.async('uint8array');
      const key = guid!
        .replace(/-/g, '')
        .match(/../g)!
        .map((pair) => parseInt(pair, 16))
        .reverse();
      const recovered = stored.map((byte, index) => (index < 32 ? byte ^ key[index % 16]! : byte));
      expect(Buffer.from(recovered).equals(Buffer.from(sources[face!]!)), `${face} font recovered`).toBe(true);
    }
  });

  it('gives the same bytes on every export (dates from the revision, font keys from the fingerprint)', async () => {
    const font = loadDocxFont();
    const first = await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'tracked', ...STAMP, font });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have a 2 s resolution
    const second = await renderMeasureDocx(CALEXIT_2017_DOCUMENT, { style: 'tracked', ...STAMP, font });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('>2017-04-14T00:00:00Z</dcterms:created>');
  });

  it('writes hostile text as text', async () => {
    const { xml } = await documentXml(await renderMeasureDocx(HOSTILE_DOCUMENT, { style: 'static', ...STAMP }));
    expect(xml).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;Evil');
    expect(xml).not.toContain('<script');
  });
});
