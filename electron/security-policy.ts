/**
 * The Electron security settings in one pure module (tested without Electron): the webPreferences of
 * each kind of window, the custom app:// scheme, the CSPs and which request URLs may load at all.
 * Checklist: electronjs.org/docs/latest/tutorial/security (items 1–20); reliability-anchors §1.
 */
import type { CustomScheme, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../src/node/content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** The renderer is served from `app://main/…`, never file:// (checklist 18). */
export const APP_SCHEME = 'app';
export const APP_MAIN_HOST = 'main';
/** Print documents are served from `app://print/<job>.html`: another origin, no preload, no API. */
export const APP_PRINT_HOST = 'print';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_MAIN_HOST}/index.html`;

/** `standard` + `secure` give app:// a real origin and secure-context APIs; fetch works for assets. */
export const PRIVILEGED_SCHEMES: readonly CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
];

/** Settings every window shares: sandboxed, isolated, no Node, web security on, no extras. */
const LOCKED_DOWN: WebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  plugins: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // Middle-click (auxclick) could open links in new windows behind the window-open handler's back.
  disableBlinkFeatures: 'Auxclick',
};

/** webPreferences of the main window: the locked-down set plus the bundled preload. */
export function mainWindowWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return { ...LOCKED_DOWN, preload: preloadPath, devTools };
}

/** webPreferences of the hidden print window: no preload; scripts only for main's font-ready probe. */
export function printWindowWebPreferences(): WebPreferences {
  return { ...LOCKED_DOWN, devTools: false, javascript: true, images: true };
}

/**
 * CSP of print documents: they embed everything they use (inline styles, data: fonts and images)
 * and run no script of their own (main reads `document.fonts.ready` through executeJavaScript,
 * which a page CSP does not govern).
 */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Environment for Electron's own security warnings (checklist note): they print only when the binary is
 * named Electron, so development and e2e runs force them on; a packaged app leaves them alone.
 */
export function securityWarningsEnvironment(isPackaged: boolean): Readonly<Record<string, string>> {
  return isPackaged ? {} : { ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' };
}

/** Schemes a window may request anything from (checklist 1: no remote content at all). */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** True when a request for `url` may proceed. */
export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Sub-frame documents the UI may create: the print preview (srcdoc, or a blob/data URL). */
const SUBFRAME_SCHEMES = new Set(['about:', 'blob:', 'data:']);

/**
 * Whether a renderer-initiated navigation may proceed (checklist 13). The main frame never
 * navigates away from the app; a sub-frame may only show an inline document (print preview).
 */
export function isAllowedNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'about:') return url === 'about:srcdoc' || url === 'about:blank';
    return SUBFRAME_SCHEMES.has(parsed.protocol);
  } catch {
    return false;
  }
}
