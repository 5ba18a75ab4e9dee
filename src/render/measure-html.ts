/**
 * The measure tree as HTML, laid out like a filed initiative: title, notation sentence, enacting
 * clause, then `SECTION 1.` / `SEC. 2.` sections; amendment sections print their generated amending
 * clause and the restated provision with deletions struck and insertions in italic.
 *
 * Content is always text nodes; the fragment is sanitized before it is serialized.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type {
  MeasureBlock,
  MeasureDocument,
  MeasureSectionNode,
  Restatement,
  Run,
  RunMark,
  TextBlock,
} from '../measure/document';
import { mergeRuns } from '../measure/run-utils';
import { CONSTITUTION_MARKS, redlineInline } from './redline-html';
import { sanitizeContent } from './sanitize-schema';

const RESTATEMENT_CLASS: Readonly<Record<Restatement['mode'], string>> = {
  redline: 'restatement-redline',
  inserted: 'restatement-inserted',
  struck: 'restatement-struck',
};

/** In an added or repealed provision, unmarked runs take the provision's mark. */
const IMPLIED_MARK: Readonly<Record<Restatement['mode'], RunMark>> = {
  redline: 'none',
  inserted: 'insert',
  struck: 'delete',
};

function blockElement(block: TextBlock, impliedMark: RunMark): Element {
  // Merge after applying the implied mark, so `SEC. 1.5.` and the space after it print as one <ins>.
  const runs: Run[] = mergeRuns(
    block.runs.map((run) => (run.mark === 'none' ? { text: run.text, mark: impliedMark } : run)),
  );
  const inline = redlineInline(runs, CONSTITUTION_MARKS);
  if (block.type === 'preformatted') return h('pre', inline);
  if (block.type === 'heading') return h('p', { className: ['block-heading'] }, inline);
  return h('p', inline);
}

function measureBlock(block: MeasureBlock): Element {
  if (block.type === 'restatement') {
    const implied = IMPLIED_MARK[block.mode];
    return h(
      'div',
      { className: ['restatement', RESTATEMENT_CLASS[block.mode]] },
      block.blocks.map((inner) => blockElement(inner, implied)),
    );
  }
  return blockElement(block, 'none');
}

function sectionHead(section: MeasureSectionNode): Element {
  const parts: ElementContent[] = [h('span', { className: ['section-label'] }, section.label)];
  if (section.heading !== undefined && section.heading !== '') {
    parts.push({ type: 'text', value: ' ' }, h('span', { className: ['section-heading'] }, section.heading));
  }
  if (section.clause !== undefined && section.clause !== '') {
    parts.push({ type: 'text', value: ' ' }, h('span', { className: ['clause'] }, section.clause));
  }
  return h('h2', { className: ['section-head'] }, parts);
}

/** The measure as a hast `<article>` (not yet sanitized; callers sanitize the whole page). */
export function measureElement(doc: MeasureDocument): Element {
  const children: Element[] = [h('h1', { className: ['measure-title'] }, doc.title)];
  if (doc.notation !== undefined && doc.notation !== '')
    children.push(h('p', { className: ['notation'] }, doc.notation));
  if (doc.enactingClause !== undefined && doc.enactingClause !== '') {
    children.push(h('p', { className: ['enacting-clause'] }, doc.enactingClause));
  }
  for (const section of doc.sections) {
    children.push(
      h('section', { className: ['measure-section'] }, [sectionHead(section), ...section.blocks.map(measureBlock)]),
    );
  }
  return h('article', { className: ['measure'], lang: 'en' }, children);
}

/**
 * Sanitized HTML fragment of the measure tree (the app's preview, `amend measure --format html`, and
 * the measure pages of every PDF).
 */
export function renderMeasureHtml(doc: MeasureDocument): string {
  return toHtml(sanitizeContent([measureElement(doc)]));
}
