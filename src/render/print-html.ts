/**
 * One rendering path for preview and PDF: a complete, self-contained HTML document (stylesheet and
 * font inlined, no scripts, no external requests). The body is built from text nodes and sanitized;
 * the head holds only our own stylesheet and the escaped title.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { sectionElement } from './blocks-html';
import { fontFaceCss, footerCss } from './page-css';
import { PRINT_CSS } from './print-css';
import type { PrintDocument } from './print-types';
import { sanitizeContent } from './sanitize-schema';

/**
 * Nothing may be fetched: not fonts from the network, not images. `style-src 'unsafe-inline'` covers
 * the inline stylesheet; there is no script at all.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:";

/** The full printable HTML document for `input`. */
export function renderPrintHtml(input: PrintDocument): string {
  const body = sanitizeContent(input.sections.map(sectionElement));
  const css = [fontFaceCss(input.fonts ?? []), PRINT_CSS, footerCss(input.fingerprint)].join('\n');
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
