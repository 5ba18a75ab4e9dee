/**
 * Serving the built renderer from one folder, refusing anything outside it: `..` and encoded
 * variants, backslashes, NUL bytes, and symlinks that lead out of the folder.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type for a file name (unknown types are served as opaque bytes). */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { readonly kind: 'file'; readonly path: string; readonly body: Buffer; readonly contentType: string }
  | { readonly kind: 'refused' }
  | { readonly kind: 'missing' };

/**
 * Resolve a URL pathname (still percent-encoded) to a file under `root` (a real path). `/` is
 * `index.html`. Traversal attempts are `refused`; absent files are `missing`.
 */
export async function lookUpStaticFile(root: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\u0000') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'refused' };
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const candidate = normalize(join(root, relative));
  if (!candidate.startsWith(root + sep)) return { kind: 'refused' };
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return { kind: 'refused' };
    if (!(await stat(real)).isFile()) return { kind: 'missing' };
    return { kind: 'file', path: real, body: await readFile(real), contentType: contentTypeOf(real) };
  } catch {
    return { kind: 'missing' };
  }
}
