import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { createServeCommand } from '../../../src/cli/commands/serve';
import { captureIo } from '../../../src/cli/io';

function renderer(): string {
  const folder = mkdtempSync(join(tmpdir(), 'amend-serve-renderer-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Amendment Studio</title>');
  return folder;
}

async function waitFor(read: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const match = pattern.exec(read());
    if (match !== null) return match;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${String(pattern)} in: ${read()}`);
}

describe('amend serve', () => {
  it('serves the app and the API on 127.0.0.1 with a token, opens the browser only with --open, stops cleanly', async () => {
    const home = mkdtempSync(join(tmpdir(), 'amend-serve-home-'));
    const io = captureIo(home, { AMEND_RENDERER_DIR: renderer() });
    const opened: string[] = [];
    const stop = new AbortController();
    const command = createServeCommand({ openBrowser: (url) => opened.push(url), stop: stop.signal });
    const exit = command.run(['--port', '0', '--open', '--host-dir', 'data'], io);

    const [url, origin, token] = await waitFor(() => io.stdout(), /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/);
    expect(io.stdout()).toContain(`Data folder: ${join(home, 'data')}`);
    expect(opened).toEqual([url]);
    expect((await fetch(url)).status).toBe(200);
    const info = await fetch(`${origin}/api/getAppInfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Amend-Token': token! },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true, value: { host: 'web', dataFolder: join(home, 'data') } });
    expect((await fetch(`${origin}/api/getAppInfo`, { method: 'POST', body: '{}' })).status).toBe(401);

    stop.abort();
    expect(await exit).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('does not open a browser without --open', async () => {
    const io = captureIo(mkdtempSync(join(tmpdir(), 'amend-serve-home-')), { AMEND_RENDERER_DIR: renderer() });
    const opened: string[] = [];
    const stop = new AbortController();
    const exit = createServeCommand({ openBrowser: (url) => opened.push(url), stop: stop.signal }).run(
      ['--host-dir', 'data'],
      io,
    );
    await waitFor(() => io.stdout(), /token=/);
    stop.abort();
    expect(await exit).toBe(0);
    expect(opened).toEqual([]);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const io = captureIo(mkdtempSync(join(tmpdir(), 'amend-serve-home-')), { AMEND_RENDERER_DIR: renderer() });
    const code = await createServeCommand({ stop: AbortSignal.abort() }).run(
      ['--port', String(port), '--host-dir', 'd'],
      io,
    );
    blocker.close();
    expect(code).toBe(1);
    expect(io.stderr()).toMatch(/amend serve: could not start: .*EADDRINUSE/);
  });

  it.each([[['--port', 'eighty']], [['--port', '70000']], [['extra']], [['--bogus']]])(
    'exits 2 on bad usage %j',
    async (args) => {
      const io = captureIo();
      expect(await main(['serve', ...args], io)).toBe(2);
      expect(io.stderr()).toContain('Usage: amend serve');
    },
  );

  it('warns when the renderer is not built', async () => {
    const io = captureIo(mkdtempSync(join(tmpdir(), 'amend-serve-home-')), {
      AMEND_RENDERER_DIR: mkdtempSync(join(tmpdir(), 'amend-empty-')),
    });
    const stop = new AbortController();
    const exit = createServeCommand({ stop: stop.signal }).run(['--host-dir', 'd'], io);
    await waitFor(() => io.stdout(), /token=/);
    stop.abort();
    await exit;
    expect(io.stderr()).toContain('npm run build:renderer');
  });
});
