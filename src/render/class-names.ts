/**
 * Every CSS class the renderers emit. The sanitizer allows exactly these (content never picks a
 * class), and resources/print.css styles them.
 */
export const CLASS_NAMES = [
  // Measure text.
  'measure',
  'measure-title',
  'notation',
  'enacting-clause',
  'measure-section',
  'section-head',
  'section-label',
  'section-heading',
  'clause',
  'restatement',
  'restatement-redline',
  'restatement-inserted',
  'restatement-struck',
  'block-heading',
  // Redline marks and their hidden extraction markers.
  'mark-text',
  'revision',
  // Packet and report sections.
  'print-section',
  'starts-page',
  'section-letter',
  'section-statement',
  'section-measure',
  'section-report',
  'section-notice',
  'role-body',
  'role-date',
  'role-salutation',
  'role-closing',
  'role-notice',
  'role-statement',
  'role-caption',
  'role-reference',
  'lines-address',
  'lines-contact',
  'lines-letterhead',
  'signature',
  'signatures',
  'signature-line',
  'signature-caption',
  'enclosures',
  // Comparison report.
  'comparison',
  'comparison-revisions',
  'comparison-summary',
  'comparison-entry',
  'status-changed',
  'status-added',
  'status-removed',
  'status-unchanged',
] as const;

export type ClassName = (typeof CLASS_NAMES)[number];
