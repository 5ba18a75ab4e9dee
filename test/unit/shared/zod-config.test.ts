/**
 * zod runs without its eval probe wherever the renderer can load it: the app's CSP forbids eval, and
 * the probe would be reported as a CSP violation on every load, hiding a real one (the XSS e2e test
 * asserts a page without payloads reports none). Every pure module that builds zod schemas must import
 * src/shared/zod-config.ts before zod, so the setting exists before the first schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../../src/shared/zod-config';

const SRC = resolve(import.meta.dirname, '../../../src');
/** Node-only layers: no CSP applies there. */
const NODE_ONLY = new Set(['node', 'cli']);

function pureSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return folder === SRC && NODE_ONLY.has(entry.name) ? [] : pureSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('zod configuration', () => {
  it('is jitless once zod-config is loaded', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('every pure module that imports zod imports zod-config first', () => {
    const late: string[] = [];
    for (const path of pureSources(SRC)) {
      const text = readFileSync(path, 'utf8');
      const zodAt = text.search(/^import [^;]*from 'zod';/m);
      if (zodAt === -1 || path.endsWith('zod-config.ts')) continue;
      const configAt = text.search(/^import '[./]*(shared\/)?zod-config';/m);
      if (configAt === -1 || configAt > zodAt) late.push(relative(SRC, path));
    }
    expect(late).toEqual([]);
  });
});
