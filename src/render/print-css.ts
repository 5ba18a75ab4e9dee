// Generated from resources/print.css by test/unit/render/print-css.test.ts (UPDATE=1). Do not edit by hand.

/** The print stylesheet (resources/print.css), inlined into every print HTML document. */
export const PRINT_CSS = `/*
 * Amendment Studio print stylesheet: one look for the preview and every PDF.
 * US Letter, 1 in margins, Tinos (a libre, Times-metric serif embedded by the renderer), 12 pt.
 * Deleted words are struck, inserted words are italic (not underlined), as in California measures.
 * The footer (revision label, SHA-256, "Page X of Y") lives in @page margin boxes: Chromium's
 * header/footer templates cannot use web fonts. The renderer appends the footer's content rule.
 */

@page {
  size: Letter;
  margin: 1in;

  @bottom-left {
    font-family: 'Tinos';
    font-size: 9pt;
    color: #000;
    vertical-align: middle;
  }

  @bottom-right {
    font-family: 'Tinos';
    font-size: 9pt;
    color: #000;
    vertical-align: middle;
    content: 'Page ' counter(page) ' of ' counter(pages);
  }
}

html {
  font-family: 'Tinos';
  font-size: 12pt;
  line-height: 1.4;
  color: #000;
  background: #fff;
}

body {
  margin: 0;
}

p {
  margin: 0 0 0.75em;
  orphans: 2;
  widows: 2;
}

h1,
h2,
h3 {
  break-after: avoid;
  break-inside: avoid;
}

h1 {
  font-size: 14pt;
  font-weight: 700;
  text-align: center;
  margin: 0 0 1em;
}

h2 {
  font-size: 12pt;
  font-weight: 700;
  margin: 1.25em 0 0.5em;
}

h3 {
  font-size: 12pt;
  font-weight: 700;
  margin: 1em 0 0.4em;
}

/* Print sections: letters, statements and the measure each start a page. */
.starts-page {
  break-before: page;
}

/* Redline marks (constitution layer). */
del {
  text-decoration: line-through;
}

ins {
  font-style: italic;
  text-decoration: none;
}

/* Revision layer (comparison report, amendment redline): struck / underlined, never italic. */
del.revision {
  text-decoration: line-through;
}

ins.revision {
  font-style: normal;
  text-decoration: underline;
}

/*
 * Hidden marker text ("[begin deletion]" …): tiny, transparent and zero line height, so it takes no
 * visible room, yet stays in the PDF text layer in reading order (pdftotext -raw, copy/paste, screen
 * readers). Not display:none or font-size:0: Chromium drops those from the PDF entirely. An inline
 * block, so justification does not widen the spaces inside it (that would open visible gaps).
 */
.mark-text {
  display: inline-block;
  font-size: 0.1px;
  line-height: 0;
  color: transparent;
  font-style: normal;
  font-weight: 400;
  text-decoration: none;
  white-space: pre;
}

/* Measure text. */
.measure-title {
  text-transform: none;
}

.notation {
  font-size: 11pt;
  text-align: justify;
}

.enacting-clause {
  margin-top: 1em;
}

.measure-section .section-head {
  font-weight: 400;
  margin: 1.1em 0 0.5em;
}

.section-label,
.section-heading {
  font-weight: 700;
}

.measure p {
  text-align: justify;
}

.restatement {
  margin-left: 0.5in;
}

.block-heading {
  font-weight: 700;
  text-align: center;
}

pre {
  font-family: 'Tinos';
  font-size: 11pt;
  white-space: pre-wrap;
  margin: 0 0 0.75em;
}

/* Letters and statements. */
.section-letter p,
.section-statement p {
  text-align: left;
}

.lines-letterhead {
  text-align: center;
  font-weight: 700;
  margin-bottom: 1.5em;
}

.role-date {
  margin-bottom: 1.5em;
}

.lines-address {
  margin-bottom: 1.5em;
}

.role-reference {
  font-weight: 700;
  margin-bottom: 1.2em;
}

.role-statement {
  text-align: justify;
  margin: 1em 0 1.5em;
}

.role-notice {
  font-size: 9.5pt;
  border: 0.5pt solid #000;
  padding: 0.4em 0.6em;
  break-inside: avoid;
}

.role-caption {
  font-size: 10pt;
}

.enclosures {
  margin: 0 0 0.75em;
  padding-left: 1.5em;
}

.lines-contact {
  margin-left: 0.5in;
}

.signature {
  break-inside: avoid;
  margin: 2.2em 0 1em;
  width: 3.5in;
}

.signatures {
  display: flex;
  flex-wrap: wrap;
  column-gap: 0.5in;
}

.signatures .signature {
  width: 3in;
  margin: 1.8em 0 0.2em;
}

.section-letter p {
  margin-bottom: 0.6em;
}

.signature-line {
  border-bottom: 0.75pt solid #000;
  height: 0;
}

.signature-caption {
  font-size: 10.5pt;
  margin-top: 0.2em;
}

/* Comparison report. */
.comparison-revisions {
  text-align: center;
}

.comparison-entry p {
  text-align: justify;
}
`;
