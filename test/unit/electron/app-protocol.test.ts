import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, PrintDocuments } from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';

function setUp(): { handler: ReturnType<typeof createAppProtocolHandler>; documents: PrintDocuments } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'amend-app-protocol-')));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(renderer, 'assets', 'main.js'), 'export {}');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  const documents = new PrintDocuments();
  return { handler: createAppProtocolHandler(renderer, documents), documents };
}

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and nosniff', async () => {
    const { handler } = setUp();
    const page = await handler({ url: 'app://main/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>app</title>');
    const script = await handler({ url: 'app://main/assets/main.js' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handler({ url: 'app://main/' })).status).toBe(200);
  });

  it.each([
    'app://main/../secret.txt',
    'app://main/%2e%2e/secret.txt',
    'app://main/assets/..%2f..%2fsecret.txt',
    'app://main/assets/..%5c..%5csecret.txt',
    'app://main/assets/link.txt',
    'app://main/index.html%00',
    'app://other/index.html',
    'app://main/missing.js',
  ])('does not serve %s', async (url) => {
    const { handler } = setUp();
    const response = await handler({ url });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('serves print documents from memory under their own strict CSP, until removed', async () => {
    const { handler, documents } = setUp();
    const job = documents.add('<p>print me</p>');
    expect(job.url).toMatch(/^app:\/\/print\/job-/);
    const response = await handler({ url: job.url });
    expect(await response.text()).toBe('<p>print me</p>');
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
    documents.remove(job.id);
    expect((await handler({ url: job.url })).status).toBe(404);
  });
});
