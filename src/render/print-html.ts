/**
 * One rendering path for preview and PDF: a complete, self-contained HTML document (stylesheet and
 * font inlined, no scripts, no external requests). The body is built from text nodes and sanitized;
 * the head holds only our own stylesheet and the escaped title.
 */
import type { Element, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { sectionElement } from './blocks-html';
import { facesUsedBy } from './font-subsets';
import { fontFaceCss, footerCss, footerText } from './page-css';
import { PRINT_CSS } from './print-css';
import type { PrintDocument } from './print-types';
import { sanitizeContent } from './sanitize-schema';

/**
 * Nothing may be fetched: not fonts from the network, not images. `style-src 'unsafe-inline'` covers
 * the inline stylesheet; there is no script at all.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:";

/** All text in a tree (to pick the font subsets it needs). */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    let text = '';
    for (const child of node.children) text += textOf(child);
    return text;
  }
  return '';
}

/** The full printable HTML document for `input`. */
export function renderPrintHtml(input: PrintDocument): string {
  const body = sanitizeContent(input.sections.map(sectionElement));
  // The footer and the page numbers are printed too: the label, the hash, "Page 1 of 2".
  const printedText = `${textOf(body)}${footerText(input.fingerprint)}Page 0123456789 of`;
  const fonts = facesUsedBy(input.fonts ?? [], printedText);
  const css = [fontFaceCss(fonts), PRINT_CSS, footerCss(input.fingerprint)].join('\n');
  const head: Element = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
    h('title', input.title),
    // The stylesheet is ours: print.css plus generated rules whose draft-supplied parts are CSS-escaped.
    h('style', css),
  ]);
  const html = h('html', { lang: 'en' }, [head, h('body', body.children)]);
  return `<!doctype html>\n${toHtml(html)}\n`;
}
