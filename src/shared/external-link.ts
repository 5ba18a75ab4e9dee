/**
 * The one link policy (checklist item 15; reliability-anchors §1.1): which URLs written in an untrusted
 * draft may leave the app, and what the user is shown before one does. Only `https:` and `mailto:`,
 * parsed with the WHATWG parser (never prefix-matched: `https://example.com.attacker.com` is the site
 * `example.com.attacker.com`), and the confirmation always shows the whole normalised URL, so what the
 * user approves is exactly what opens. Pure: the renderer, the web host and Electron's main process all
 * use it; electron/open-external.ts checks again right before `shell.openExternal`.
 */
import { err, ok, type Result } from './result';

/**
 * Longest link accepted. 2,048 characters is the classic floor every browser and mail client accepts
 * (Internet Explorer's limit); a citation in a draft is far shorter, and a longer one is more likely a
 * payload hiding its real destination past the edge of the confirmation dialog.
 */
export const MAX_LINK_CHARS = 2_048;

/** The only schemes a draft's link may open. */
export const ALLOWED_LINK_PROTOCOLS = ['https:', 'mailto:'] as const;
export type LinkProtocol = (typeof ALLOWED_LINK_PROTOCOLS)[number];

/** A link that passed the policy: what to show and what to open (the same `href`). */
export interface ExternalLink {
  /** The URL as the parser normalised it (IDN host in punycode): shown in full and opened as is. */
  readonly href: string;
  readonly protocol: LinkProtocol;
  /** The site (`https:`) or the address (`mailto:`), for the confirmation's headline. */
  readonly destination: string;
  /** Things the user should look at before opening it (e.g. an international site name). */
  readonly warnings: readonly string[];
}

/** C0 and C1 controls, DEL: NUL bytes, tabs and line breaks that the URL parser would silently drop. */
const hasControlCharacter = (text: string): boolean =>
  [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
/** Zero-width and bidi-control characters: they make the shown URL differ from the one opened. */
const INVISIBLE_CHARACTERS = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
/** An IPv4 or bracketed IPv6 host: legal, but a link to a bare address deserves a second look. */
const IP_ADDRESS_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/iu;

function isAllowedProtocol(protocol: string): protocol is LinkProtocol {
  return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(protocol);
}

/** Why `raw` is refused before parsing, or undefined. */
function refusalBeforeParsing(raw: string): string | undefined {
  if (raw.trim() === '') return 'the link is empty';
  if (raw.length > MAX_LINK_CHARS) return `the link is ${raw.length} characters long (at most ${MAX_LINK_CHARS})`;
  if (hasControlCharacter(raw)) return 'the link contains control characters (NUL, tab or line break)';
  if (INVISIBLE_CHARACTERS.test(raw)) return 'the link contains invisible or text-direction characters';
  // Browsers read `https:\\evil.com` as `https://evil.com`; `\\host\share` is a Windows network path.
  if (raw.includes('\\')) return 'the link contains a backslash (a Windows path or network share is not a link)';
  if (raw !== raw.trim()) return 'the link starts or ends with spaces';
  return undefined;
}

function warningsOf(url: URL): string[] {
  const warnings: string[] = [];
  if (url.protocol !== 'https:') return warnings;
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    warnings.push(
      'The site name contains international characters (shown as “xn--…”). Some look like Latin letters: make sure it is the site you expect.',
    );
  }
  if (IP_ADDRESS_HOST.test(url.hostname)) warnings.push('The link goes to a bare IP address, not a named site.');
  return warnings;
}

/**
 * Check a URL taken from a draft. Returns the link to show and open, or the reason it is refused (a
 * sentence fragment: "the link …"). Never throws.
 */
export function parseExternalLink(raw: string): Result<ExternalLink, string> {
  const early = refusalBeforeParsing(raw);
  if (early !== undefined) return err(early);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err('the link is not a complete URL (it needs https: or mailto:)');
  }
  if (!isAllowedProtocol(url.protocol)) {
    return err(`“${url.protocol}” links are never opened (only https: and mailto:)`);
  }
  if (url.username !== '' || url.password !== '') {
    return err('the link contains a user name or password, a way to disguise the real site');
  }
  if (url.protocol === 'https:' && url.hostname === '') return err('the link names no site');
  if (url.protocol === 'mailto:' && url.pathname === '') return err('the link names no email address');
  // Punycode can make the normalised form longer than what was written.
  if (url.href.length > MAX_LINK_CHARS) return err(`the link is longer than ${MAX_LINK_CHARS} characters`);
  return ok({
    href: url.href,
    protocol: url.protocol,
    destination: url.protocol === 'https:' ? url.hostname : decodeAddress(url.pathname),
    warnings: warningsOf(url),
  });
}

function decodeAddress(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The confirmation every host shows before a link leaves the app. */
export interface LinkConfirmation {
  readonly title: string;
  readonly message: string;
  /** The full URL (and any warnings), never shortened. */
  readonly detail: string;
  readonly confirmLabel: string;
}

/** The wording of the confirmation for `link` (the Electron dialog and the web page show the same). */
export function linkConfirmation(link: ExternalLink): LinkConfirmation {
  const detail = [link.href, ...link.warnings].join('\n\n');
  if (link.protocol === 'mailto:') {
    return {
      title: 'Write an email?',
      message: `The draft links to the email address ${link.destination}. Open your email program?`,
      detail,
      confirmLabel: 'Open email program',
    };
  }
  return {
    title: 'Open this link in your browser?',
    message: `The draft links to a page on ${link.destination}. Links in a draft come from its author: open it only if you trust the site.`,
    detail,
    confirmLabel: 'Open in browser',
  };
}
