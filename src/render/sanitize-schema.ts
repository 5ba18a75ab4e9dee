/**
 * The allowlist every generated HTML fragment passes through (hast-util-sanitize). The renderers build
 * trees from text nodes only, so this is the second line of defence: even a renderer bug cannot let a
 * partner's draft inject a script, a frame, a form, an inline style, an event handler or a URL.
 */
import type { Root, Element } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { CLASS_NAMES } from './class-names';

/** Elements the print and preview HTML may contain. No `a`, `img`, `script`, `style`, `iframe`, `object`, `form`. */
const ALLOWED_TAGS = [
  'article',
  'section',
  'div',
  'header',
  'h1',
  'h2',
  'h3',
  'p',
  'span',
  'strong',
  'em',
  'br',
  'del',
  'ins',
  'pre',
  'ul',
  'ol',
  'li',
] as const;

/**
 * No URL-bearing attribute is allowed at all (there are no links or images in printed measures), so
 * the protocol list is empty; `lang` lets a screen reader pick the voice.
 */
export const PRINT_SANITIZE_SCHEMA: Schema = {
  tagNames: [...ALLOWED_TAGS],
  attributes: { '*': [['className', ...CLASS_NAMES], 'lang'] },
  protocols: {},
  required: {},
  ancestors: { li: ['ul', 'ol'] },
  // Dropped with their content: text inside these is never meant to be shown.
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'title'],
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** Sanitize generated content nodes; returns the safe children of a root. */
export function sanitizeContent(nodes: readonly Element[]): Root {
  const root: Root = { type: 'root', children: [...nodes] };
  const clean = sanitize(root, PRINT_SANITIZE_SCHEMA);
  // sanitize() returns a root when given one.
  return clean.type === 'root' ? clean : { type: 'root', children: [] };
}
