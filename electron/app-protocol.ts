/**
 * The app:// protocol (checklist 18: a custom protocol, not file://). `app://main/…` serves the built
 * renderer, refusing traversal and symlinks out of its folder; `app://print/<job>.html` serves print
 * documents held in memory for the hidden print window. Every response carries nosniff and the CSP.
 */
import { lookUpStaticFile } from '../src/node/static-files';
import {
  APP_MAIN_HOST,
  APP_PRINT_HOST,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  PRINT_CONTENT_SECURITY_POLICY,
} from './security-policy';

/** Print documents waiting for the print window, by job id. */
export class PrintDocuments {
  private readonly documents = new Map<string, string>();
  private counter = 0;

  /** Hold `html`; returns the URL the print window loads. */
  add(html: string): { id: string; url: string } {
    this.counter += 1;
    const id = `job-${this.counter}-${Date.now().toString(36)}`;
    this.documents.set(id, html);
    return { id, url: `${APP_SCHEME}://${APP_PRINT_HOST}/${id}.html` };
  }

  get(id: string): string | undefined {
    return this.documents.get(id);
  }

  remove(id: string): void {
    this.documents.delete(id);
  }
}

function response(status: number, body: BodyInit | null, contentType: string, csp: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** The protocol handler (`protocol.handle('app', …)`), over the real renderer folder `rendererDir`. */
export function createAppProtocolHandler(
  rendererDir: string,
  printDocuments: PrintDocuments,
): (request: { readonly url: string }) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return response(400, 'Bad request', 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    }
    if (url.hostname === APP_PRINT_HOST) {
      const html = printDocuments.get(url.pathname.replace(/^\//, '').replace(/\.html$/, ''));
      return html === undefined
        ? response(404, 'Not found', 'text/plain; charset=utf-8', PRINT_CONTENT_SECURITY_POLICY)
        : response(200, html, 'text/html; charset=utf-8', PRINT_CONTENT_SECURITY_POLICY);
    }
    if (url.hostname !== APP_MAIN_HOST) {
      return response(404, 'Not found', 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    }
    const found = await lookUpStaticFile(rendererDir, url.pathname);
    if (found.kind === 'refused')
      return response(400, 'Bad path', 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    if (found.kind === 'missing')
      return response(404, 'Not found', 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    return response(200, new Uint8Array(found.body), found.contentType, CONTENT_SECURITY_POLICY);
  };
}
