/**
 * The links written in a draft, for the list under the measure preview. Only uncodified sections
 * (findings, purpose, severability…) are the drafter's own Markdown; amendment sections quote
 * constitution text. A link counts when the link policy (src/shared/external-link.ts) allows its URL:
 * `[text](https://…)`, `<https://…>`, a bare GFM `https://…` or `mailto:` address. Anything else —
 * `javascript:`, `file:`, relative paths — is not a link here and stays plain text in the preview and
 * the printed measure alike.
 */
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MeasureFile } from '../../src/measure/types';
import { parseExternalLink, type ExternalLink } from '../../src/shared/external-link';

/** One link as the list shows it. */
export interface DraftLink {
  /** The words the link is written on (the URL itself for an autolink). */
  readonly text: string;
  /** The checked link: `href` is what is shown in full and what opens. */
  readonly link: ExternalLink;
  /** The heading of the section it is in, e.g. `Findings and Declarations`. */
  readonly section: string;
}

/** A list longer than this is not a drafter's citations; the rest are counted, not listed. */
export const MAX_LISTED_LINKS = 50;

const parser = unified().use(remarkParse).use(remarkGfm);

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function collect(node: Nodes, section: string, into: DraftLink[]): void {
  if (node.type === 'link') {
    const checked = parseExternalLink(node.url);
    const text = textOf(node).replace(/\s+/gu, ' ').trim();
    if (checked.ok) into.push({ text: text === '' ? checked.value.href : text, link: checked.value, section });
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, section, into);
}

/** The allowed links of the measure's uncodified sections, in file order, each (text, URL) once. */
export function draftLinks(measure: MeasureFile): DraftLink[] {
  const links: DraftLink[] = [];
  for (const part of measure.parts) {
    if (part.type === 'uncodified') collect(parser.parse(part.body), part.heading, links);
  }
  const seen = new Set<string>();
  return links.filter((entry) => {
    const key = `${entry.text}\u0000${entry.link.href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
