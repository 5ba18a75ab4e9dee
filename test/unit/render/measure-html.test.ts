import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMeasureHtml } from '../../../src/render/measure-html';
import { renderPrintHtml } from '../../../src/render/print-html';
import { expectGolden } from '../../support/golden';
import type { MeasureDocument } from '../../../src/measure/document';
import { buildMeasureDocument } from '../../../src/measure/build-document';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { CALEXIT_2017_DOCUMENT, HOSTILE_DOCUMENT } from './sample-documents';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/render');

/** Every start tag name in an HTML string. */
function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase()));
}

/** Every attribute name in an HTML string's start tags. */
function attributeNames(html: string): Set<string> {
  const names = new Set<string>();
  for (const tag of html.matchAll(/<[a-z][a-z0-9]*((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    for (const attribute of tag[1]!.matchAll(/([a-z-]+)(?==|\s|$)/gi)) names.add(attribute[1]!.toLowerCase());
  }
  return names;
}

describe('renderMeasureHtml', () => {
  it('lays out the 2017 worked example like a filed measure (golden)', () => {
    expectGolden(resolve(FIXTURES, 'calexit-2017/measure.html'), `${renderMeasureHtml(CALEXIT_2017_DOCUMENT)}\n`);
  });

  it('prints the worked example with strikeout and italic marks', () => {
    const html = renderMeasureHtml(CALEXIT_2017_DOCUMENT);
    expect(html).toContain('<span class="section-label">SEC. 2.</span>');
    expect(html).toContain('<del>an inseparable</del>');
    expect(html).toContain('<ins>a</ins>');
    // Repealed sections are struck in full, added sections italic in full.
    expect(html).toContain('<del>SEC. 1. A repealed provision.</del>');
    expect(html).toContain('<ins>SEC. 1.5. An added provision.</ins>');
  });

  it('renders hostile content inert: text only, no scripts, frames, styles, links or handlers', () => {
    const html = renderMeasureHtml(HOSTILE_DOCUMENT);
    const allowedTags = new Set(['article', 'h1', 'h2', 'p', 'section', 'span', 'del', 'ins']);
    for (const tag of tagNames(html)) expect(allowedTags, `unexpected <${tag}>`).toContain(tag);
    for (const attribute of attributeNames(html)) expect(['class', 'lang']).toContain(attribute);
    // The markup arrives as visible text, escaped.
    expect(html).toContain('&#x3C;script>alert("title")&#x3C;/script>Evil');
    expect(html).toContain('&#x3C;a href="javascript:alert(3)">click&#x3C;/a>');
  });
});

describe('renderMeasureHtml on measures built from files', () => {
  const source = [
    '---',
    'title: Added and repealed',
    'kind: constitutional amendment',
    'proponents: [{ name: A B, county: Fresno, contact: { email: a@example.invalid } }]',
    `base: { edition: x, sha256: "${'0'.repeat(64)}" }`,
    'revision: { label: Rev. 1, date: 2017-01-01 }',
    '---',
    '',
    '## Add Article III, Section 1.5',
    '',
    '~~~~proposed',
    'Every public body shall publish its records.',
    '~~~~',
    '',
    '## Repeal Article III, Section 2',
    '',
    '~~~~base',
    'The boundaries of the State are those stated in the Constitution of 1849.',
    '~~~~',
    '',
  ].join('\n');

  it('prints an added or repealed provision, label included, as one mark with no empty <ins>/<del>', () => {
    const html = renderMeasureHtml(buildMeasureDocument(parseMeasure(source)));
    expect(html).not.toMatch(/<(ins|del)><\/\1>/);
    expect(html).toContain('<ins>SEC. 1.5. Every public body shall publish its records.</ins>');
    expect(html).toContain(
      '<del>SEC. 2. The boundaries of the State are those stated in the Constitution of 1849.</del>',
    );
  });
});

describe('renderPrintHtml', () => {
  const page = renderPrintHtml({
    title: HOSTILE_DOCUMENT.title,
    fingerprint: HOSTILE_DOCUMENT.fingerprint,
    fonts: [{ family: 'Tinos', weight: 400, style: 'normal', unicodeRange: 'U+0000-00FF', woff2Base64: 'AAAA' }],
    sections: [{ role: 'measure', startsPage: true, blocks: [{ type: 'measure', document: HOSTILE_DOCUMENT }] }],
  });

  it('is one self-contained document: a strict CSP, no script, the font inlined as a data: URL', () => {
    expect(page).toContain(
      `content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; font-src data:"`,
    );
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain("src: url(data:font/woff2;base64,AAAA) format('woff2');");
    expect(page).toContain('unicode-range: U+0000-00FF;');
  });

  it('escapes the title and keeps the draft-supplied footer label out of the CSS syntax', () => {
    expect(page).toContain('<title>&#x3C;script>alert("title")&#x3C;/script>Evil</title>');
    const style = /<style>([\s\S]*)<\/style>/.exec(page)![1]!;
    expect(style).not.toContain('</');
    expect(style).toContain('\\3c \\2f style\\3e ');
    expect(style).toContain('SHA-256 abababababab');
  });

  it('drops malformed font data instead of writing it into the stylesheet', () => {
    const html = renderPrintHtml({
      title: 't',
      fingerprint: CALEXIT_2017_DOCUMENT.fingerprint,
      fonts: [{ family: 'Tinos', weight: 400, style: 'normal', woff2Base64: 'AA); } body { display:none' }],
      sections: [],
    });
    expect(html).not.toContain('AA); } body');
    expect(html).not.toContain('@font-face');
  });

  it('prints the footer fingerprint: revision label and the first 12 hex digits', () => {
    const html = renderPrintHtml({ title: 't', fingerprint: CALEXIT_2017_DOCUMENT.fingerprint, sections: [] });
    expect(html).toContain('content: "Rev. 2 \\b7  SHA-256 3f2a9c0b1d4e";');
  });
});

describe('renderMeasureHtml on arbitrary text', () => {
  const markupish = fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      '&',
      ' ',
      'a',
      's',
      'c',
      'r',
      'i',
      'p',
      't',
      'o',
      'n',
      '\u2028',
    ),
    maxLength: 40,
  });

  it('emits only allowed tags and attributes whatever the text holds', () => {
    fc.assert(
      fc.property(markupish, markupish, markupish, markupish, (title, label, heading, body) => {
        const doc: MeasureDocument = {
          title,
          kind: 'constitutional amendment',
          sections: [
            {
              label,
              kind: 'uncodified',
              heading,
              blocks: [{ type: 'paragraph', runs: [{ text: body, mark: 'delete' }] }],
            },
          ],
          fingerprint: { revisionLabel: label, sha256: '0'.repeat(64) },
        };
        const html = renderMeasureHtml(doc);
        for (const tag of tagNames(html))
          expect(['article', 'h1', 'h2', 'p', 'section', 'span', 'del', 'ins']).toContain(tag);
        for (const attribute of attributeNames(html)) expect(['class', 'lang']).toContain(attribute);
      }),
      { numRuns: 2000 },
    );
  });
});
