/**
 * The Content-Security-Policy of the app's pages, shared by the web host (HTTP header) and Electron
 * (response header of the app:// protocol and `onHeadersReceived`). The renderer's index.html carries
 * a meta policy too; browsers enforce both, so the stricter of the two wins per directive.
 *
 * Why each relaxation exists:
 * - `style-src 'unsafe-inline'`: Monaco sets inline styles; without it the editor loses its colours
 *   and diff decorations (measured in stack-recipe §7). Scripts stay `'self'` only: no inline, no eval.
 * - `font-src data:`: Monaco's codicon font and the print preview's embedded Tinos are data: URLs.
 * - `img-src blob:` / `worker-src blob:` / `frame-src blob: data:`: the print preview may be shown
 *   from a blob or data URL. The preview is a `sandbox=""` iframe (opaque origin, no scripts): it
 *   inherits this policy, in which `'self'` matches nothing for it, so it can only use what it embeds
 *   (inline styles, data: fonts and images) — exactly what a self-contained print document needs.
 * - `frame-ancestors 'none'` (header only; not valid in a meta tag): no other site may frame the app
 *   (clickjacking). It does not affect the app's own srcdoc preview, which is not a navigation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
