/**
 * The structural XSS oracle (reliability study §3.3): given the elements of a rendered page, list
 * everything a payload could act through: an event-handler attribute, a marker (`__xss`,
 * `xss.invalid`) in an attribute that is not inert text, a script-capable URL scheme, a link that is
 * not https:/mailto:/#, a marker inside script or style text, or an element that has no business in
 * a rendered draft (object, embed, base, webview, a frame that is not the sandboxed preview …).
 *
 * The elements come from parse5 (server-side HTML, `elementsOfHtml`) or from the live DOM in the
 * browser (`collectDomElements`, run with `page.evaluate`; it also parses the preview's srcdoc).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { XSS_MARKERS } from './xss-payloads';

export interface OracleAttribute {
  readonly name: string;
  readonly value: string;
}

/** One element, flattened: tag, attributes, and the text of script/style elements. */
export interface OracleElement {
  readonly tag: string;
  readonly attrs: readonly OracleAttribute[];
  /** Text content of script and style elements (empty for others). */
  readonly rawText: string;
  /** A short locator for the report, e.g. `srcdoc > body > p`. */
  readonly where: string;
}

/** Attributes whose value is shown or announced as text, never fetched or run. */
const INERT_TEXT_ATTRIBUTE = /^(title|aria-[a-z-]+|value|placeholder|label|alt|data-[a-z0-9-]+)$/i;
/** Attributes a browser resolves as URLs. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'codebase',
  'cite',
  'longdesc',
  'manifest',
  'lowsrc',
  'dynsrc',
  'icon',
]);
/** Schemes that run code or reach the file system, whatever the element. */
const SCRIPT_SCHEME = /^(javascript|vbscript|file|livescript|mocha):/i;
/** data: is inert only as a raster image or a font. */
const INERT_DATA_URL = /^data:(image\/(png|gif|jpe?g|webp|avif)|font\/|application\/(font|x-font))/i;
/** A link may only leave for these (helper-24's link handling opens them after confirmation). */
const LINK_SCHEME = /^(https:|mailto:|#)/i;
/** Elements that never belong in a rendered draft or in the app around it. */
const FOREIGN_ELEMENTS = new Set([
  'object',
  'embed',
  'applet',
  'base',
  'webview',
  'frame',
  'frameset',
  'portal',
  'isindex',
  'keygen',
]);
/** Meta elements the app and the print HTML use (charset, CSP, viewport, colour scheme). */
const SAFE_HTTP_EQUIV = /^(content-security-policy|content-type|x-ua-compatible)$/i;

/** A URL as the browser reads it: leading/embedded whitespace and control characters dropped. */
function normalizedUrl(value: string): string {
  // eslint-disable-next-line no-control-regex -- browsers strip these before reading the scheme
  return value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
}

function hasMarker(text: string): boolean {
  return XSS_MARKERS.some((marker) => text.includes(marker));
}

/**
 * Script or style text with its string literals and comments removed: a payload inside a properly
 * escaped CSS string (the print footer's revision label) is text; outside one it is code.
 */
function codeOutsideStrings(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*'/g, '""');
}

function attribute(element: OracleElement, name: string): string | undefined {
  return element.attrs.find((entry) => entry.name.toLowerCase() === name)?.value;
}

/**
 * A frame sandboxed without `allow-scripts` (the preview: `sandbox=""`, or `allow-same-origin` so the
 * app can intercept link clicks): nothing in it runs.
 */
function isScriptlessSandbox(element: OracleElement): boolean {
  const sandbox = attribute(element, 'sandbox');
  return sandbox !== undefined && !/(^|\s)allow-scripts(\s|$)/i.test(sandbox);
}

/** Why an app-shell element (script, link, meta, iframe, form) is not one the app itself makes. */
function shellProblem(element: OracleElement): string | undefined {
  const relative = (url: string | undefined): boolean =>
    url !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(normalizedUrl(url)) && !url.startsWith('//');
  switch (element.tag) {
    case 'script':
      // The app's own bundles only: same-origin src, no inline code.
      return relative(attribute(element, 'src')) && element.rawText.trim() === '' ? undefined : 'script element';
    case 'link':
      return relative(attribute(element, 'href')) ? undefined : 'link element to another origin';
    case 'meta': {
      const httpEquiv = attribute(element, 'http-equiv');
      return httpEquiv === undefined || SAFE_HTTP_EQUIV.test(httpEquiv) ? undefined : `meta http-equiv=${httpEquiv}`;
    }
    case 'iframe':
      // Only the print preview: sandboxed without scripts, its document in srcdoc, never a src.
      return isScriptlessSandbox(element) && attribute(element, 'src') === undefined
        ? undefined
        : 'iframe that is not the sandboxed preview';
    case 'form':
      return ['action', 'target', 'method'].some((name) => attribute(element, name) !== undefined)
        ? 'form with an action'
        : undefined;
    default:
      return FOREIGN_ELEMENTS.has(element.tag) ? `${element.tag} element` : undefined;
  }
}

function isLink(element: OracleElement, name: string): boolean {
  return (element.tag === 'a' || element.tag === 'area') && (name === 'href' || name === 'xlink:href');
}

/** Problems with one attribute of `element`. */
function attributeProblems(element: OracleElement, entry: OracleAttribute): string[] {
  const name = entry.name.toLowerCase();
  const problems: string[] = [];
  // The sandboxed preview's srcdoc holds the payloads as escaped text; its parsed document is checked.
  const checkedAsDocument = name === 'srcdoc' && isScriptlessSandbox(element);
  // An https:/mailto: link is data until clicked, and a click only asks the host (helper-24's links).
  const allowedLink = isLink(element, name) && LINK_SCHEME.test(normalizedUrl(entry.value));
  if (name.startsWith('on')) problems.push(`event handler ${name}`);
  else if (hasMarker(entry.value) && !INERT_TEXT_ATTRIBUTE.test(name) && !checkedAsDocument && !allowedLink) {
    problems.push(`payload in ${name}`);
  }
  if (URL_ATTRIBUTES.has(name) || name === 'srcdoc') {
    const url = normalizedUrl(entry.value);
    if (SCRIPT_SCHEME.test(url)) problems.push(`${name} with a script or file URL`);
    if (/^data:/i.test(url) && !INERT_DATA_URL.test(url)) problems.push(`${name} with an active data: URL`);
    if (isLink(element, name) && !LINK_SCHEME.test(url)) {
      problems.push('link that is not https:, mailto: or #');
    }
  }
  return problems;
}

/** Every unsafe structure among `elements`, as `where: problem` lines (empty when safe). */
export function unsafeStructures(elements: readonly OracleElement[]): string[] {
  const found: string[] = [];
  for (const element of elements) {
    const problems = element.attrs.flatMap((entry) => attributeProblems(element, entry));
    const shell = shellProblem(element);
    if (shell !== undefined) problems.push(shell);
    if (element.tag === 'script' && hasMarker(element.rawText)) problems.push('payload inside script');
    if (element.tag === 'style' && hasMarker(codeOutsideStrings(element.rawText))) {
      problems.push('payload inside style rules');
    }
    for (const problem of problems) found.push(`${element.where}: ${problem}`);
  }
  return found;
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Element = DefaultTreeAdapterMap['element'];

function isElement(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node;
}

/** The elements of an HTML document, parsed as a browser would (parse5, the WHATWG algorithm). */
export function elementsOfHtml(html: string, label = 'html'): OracleElement[] {
  const elements: OracleElement[] = [];
  const visit = (node: Parse5Node, where: string): void => {
    let path = where;
    if (isElement(node)) {
      path = `${where} > ${node.tagName}`;
      const rawText =
        node.tagName === 'script' || node.tagName === 'style'
          ? node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')
          : '';
      elements.push({
        tag: node.tagName,
        attrs: node.attrs.map((entry) => ({
          name: entry.prefix === undefined ? entry.name : `${entry.prefix}:${entry.name}`,
          value: entry.value,
        })),
        rawText,
        where: path,
      });
      if ('content' in node) visit(node.content, path);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, path);
  };
  visit(parse(html), label);
  return elements;
}

/**
 * The live DOM's elements (run in the page with `page.evaluate(collectDomElements)`): the document,
 * open shadow roots, template contents, same-origin frames, and the srcdoc of sandboxed frames (parsed
 * with DOMParser, which runs nothing). Self-contained: it is serialized into the page.
 */
export function collectDomElements(): OracleElement[] {
  const elements: OracleElement[] = [];
  const label = (element: Element): string => {
    const testId = element.getAttribute('data-testid');
    if (testId !== null) return `${element.localName}[data-testid=${testId}]`;
    if (element.id !== '') return `${element.localName}#${element.id}`;
    const className = element.getAttribute('class');
    return className === null || className === ''
      ? element.localName
      : `${element.localName}.${className.split(/\s+/)[0]}`;
  };
  const visit = (root: ParentNode, where: string): void => {
    for (const element of Array.from(root.children)) {
      const path = `${where} > ${label(element)}`;
      const tag = element.localName.toLowerCase();
      elements.push({
        tag,
        attrs: Array.from(element.attributes).map((entry) => ({ name: entry.name, value: entry.value })),
        rawText: tag === 'script' || tag === 'style' ? (element.textContent ?? '') : '',
        where: path,
      });
      if (element.shadowRoot !== null) visit(element.shadowRoot, `${path} #shadow`);
      if (element instanceof HTMLTemplateElement) visit(element.content, `${path} #template`);
      if (element instanceof HTMLIFrameElement) {
        const inner = element.contentDocument;
        if (inner !== null && inner.documentElement !== null) visit(inner, `${path} #document`);
        const srcdoc = element.getAttribute('srcdoc');
        if (srcdoc !== null) visit(new DOMParser().parseFromString(srcdoc, 'text/html'), `${path} #srcdoc`);
      }
      visit(element, path);
    }
  };
  visit(document, 'document');
  return elements;
}
