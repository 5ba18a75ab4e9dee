/**
 * A structural safety oracle for generated HTML (reliability study §3.3): parse the markup and list
 * every element or attribute that could run code, load something, or leave the page. Static, so it
 * runs 10,000 times a second; the real-browser execution canary is the XSS corpus e2e test.
 */
import sax from 'sax';

/** Elements that run code, load resources, submit or navigate: never allowed anywhere. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'base',
  'link',
  'webview',
  'portal',
  'area',
  'map',
  'img',
  'image',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'a',
  'template',
  'noscript',
]);
/** Attributes that carry URLs (any URL is refused: generated measure HTML has no links or images). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'poster',
  'background',
  'ping',
]);

export interface HtmlSafetyOptions {
  /**
   * Elements allowed only inside `<head>` of a full page (our own `meta`, `title`, `style`). In a
   * fragment (the default) they are unsafe too.
   */
  readonly page?: boolean;
}

const HEAD_ONLY = new Set(['head', 'meta', 'title', 'style', 'html', 'body']);

/**
 * Problems that make `html` unsafe: forbidden elements, `on*` handlers, inline `style` attributes,
 * URL-bearing attributes, `http-equiv` other than the CSP, and any element inside `<style>` or
 * `<title>` (a `</style>` breakout). Empty when the markup is safe.
 */
export function htmlSafetyProblems(html: string, options: HtmlSafetyOptions = {}): string[] {
  const problems: string[] = [];
  const parser = sax.parser(false, { lowercase: true });
  const open: string[] = [];
  parser.onopentag = (tag): void => {
    const name = tag.name;
    const inRawText = open.some((element) => element === 'style' || element === 'title');
    if (inRawText) problems.push(`<${name}> inside <${open.at(-1) ?? ''}>`);
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`forbidden element <${name}>`);
    if (HEAD_ONLY.has(name) && options.page !== true) problems.push(`page element <${name}> in a fragment`);
    if (name === 'meta' || name === 'title' || name === 'style') {
      if (!open.includes('head')) problems.push(`<${name}> outside <head>`);
    }
    const attributes: Record<string, string | sax.QualifiedAttribute> = tag.attributes;
    for (const [rawName, rawValue] of Object.entries(attributes)) {
      const attribute = rawName.toLowerCase();
      const value = typeof rawValue === 'string' ? rawValue : rawValue.value;
      if (attribute.startsWith('on')) problems.push(`event handler ${attribute} on <${name}>`);
      if (attribute === 'style') problems.push(`inline style on <${name}>`);
      if (URL_ATTRIBUTES.has(attribute)) problems.push(`URL attribute ${attribute}="${value}" on <${name}>`);
      if (attribute === 'http-equiv' && value.toLowerCase() !== 'content-security-policy') {
        problems.push(`http-equiv="${value}"`);
      }
    }
    if (!tag.isSelfClosing) open.push(name);
  };
  parser.onclosetag = (name): void => {
    const at = open.lastIndexOf(name);
    if (at >= 0) open.length = at;
  };
  parser.onprocessinginstruction = (instruction): void => {
    problems.push(`processing instruction ${instruction.name}`);
  };
  parser.oncomment = (): void => {
    problems.push('HTML comment');
  };
  parser.oncdata = (): void => {
    problems.push('CDATA section');
  };
  parser.onerror = (): void => {
    // Lenient: HTML is not XML (void elements, `&nbsp;`): keep reading after a well-formedness error.
    (parser as { error: Error | null }).error = null;
    parser.resume();
  };
  parser.write(html).close();
  return problems;
}
