/**
 * Packet and report blocks (letters, statements, signature lines) as hast. Layout only: the wording
 * comes from src/filing; roles map to fixed classes.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { comparisonElement } from './comparison-html';
import { measureElement } from './measure-html';
import type { PrintBlock, PrintSection } from './print-types';

function linesContent(lines: readonly string[]): ElementContent[] {
  const content: ElementContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push(h('br'));
    content.push({ type: 'text', value: line });
  });
  return content;
}

function signatureElement(captions: readonly string[]): Element {
  return h('div', { className: ['signature'] }, [
    h('div', { className: ['signature-line'] }),
    h('p', { className: ['signature-caption'] }, linesContent(captions)),
  ]);
}

function blockElement(block: PrintBlock): Element {
  switch (block.type) {
    case 'heading':
      return h(`h${block.level}`, block.text);
    case 'paragraph':
      return h('p', { className: [`role-${block.role}`] }, block.text);
    case 'lines':
      return h('p', { className: [`lines-${block.role}`] }, linesContent(block.lines));
    case 'list':
      return h(
        'ul',
        { className: ['enclosures'] },
        block.items.map((item) => h('li', item)),
      );
    case 'signature':
      return signatureElement(block.captions);
    case 'signatures':
      return h('div', { className: ['signatures'] }, block.signatures.map(signatureElement));
    case 'measure':
      return measureElement(block.document);
    case 'comparison':
      return comparisonElement(block.comparison);
  }
}

/** One print section as a `<section>` (not yet sanitized). */
export function sectionElement(section: PrintSection): Element {
  const classes = ['print-section', `section-${section.role}`];
  if (section.startsPage) classes.push('starts-page');
  return h('section', { className: classes }, section.blocks.map(blockElement));
}
