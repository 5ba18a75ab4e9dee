/**
 * The links listed under the measure preview: only https:/mailto: links written in uncodified
 * sections, each checked by the link policy; everything else stays plain text. And the preview itself
 * (the print HTML in the sandboxed frame) still holds no link at all.
 */
import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { draftLinks } from '../../../renderer/model/draft-links';
import { previewHtml } from '../../../renderer/model/measure-preview';

const MEASURE = `---
title: The Open Links Act
kind: constitutional amendment
base:
  edition: constitution-1a2b3c4d
  sha256: ${'a'.repeat(64)}
revision:
  label: Draft 1
---

## Findings and Declarations

The People find that [the Secretary of State](https://www.sos.ca.gov/elections/) publishes measures,
that <https://oag.ca.gov/initiatives> lists them, and that https://leginfo.legislature.ca.gov/ has the codes.
Write to <mailto:initiatives@doj.ca.gov> or [the clerk](mailto:clerk@example.gov?subject=Measure).

Not links: [run](javascript:alert(1)), [calc](file:///C:/Windows/System32/calc.exe), [share](\\\\host\\share),
[data](data:text/html,<script>alert(1)</script>), [relative](/etc/passwd), [plain](http://example.com/),
[creds](https://user:pw@example.com/), \`https://in.code.example/\`, <vbscript:msgbox(1)>.

    https://indented.code.example/

## Purpose and Intent

See [the Secretary of State](https://www.sos.ca.gov/elections/) again (listed once).
`;

describe('links in a draft', () => {
  const measure = parseMeasure(MEASURE);

  it('lists only the https:/mailto: links of uncodified sections, normalised and once each', () => {
    const links = draftLinks(measure).map((entry) => [entry.text, entry.link.href, entry.section]);
    expect(links).toEqual([
      ['the Secretary of State', 'https://www.sos.ca.gov/elections/', 'Findings and Declarations'],
      ['https://oag.ca.gov/initiatives', 'https://oag.ca.gov/initiatives', 'Findings and Declarations'],
      ['https://leginfo.legislature.ca.gov/', 'https://leginfo.legislature.ca.gov/', 'Findings and Declarations'],
      ['mailto:initiatives@doj.ca.gov', 'mailto:initiatives@doj.ca.gov', 'Findings and Declarations'],
      ['the clerk', 'mailto:clerk@example.gov?subject=Measure', 'Findings and Declarations'],
    ]);
  });

  it('keeps the preview free of links: the draft’s words are text in the sandboxed page', () => {
    const html = previewHtml(MEASURE);
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).not.toMatch(/\shref=/i);
    expect(html).toContain('the Secretary of State');
  });
});
