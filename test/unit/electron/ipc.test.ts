import { describe, expect, it } from 'vitest';
import { ipcChannel, STUDIO_METHODS, type StudioApi } from '../../../src/api/contract';
import { registerStudioIpc, type IpcMainLike } from '../../../electron/ipc';
import type { InvokeEventLike } from '../../../electron/sender-check';
import { ok } from '../../../src/shared/result';
import { SAMPLE_REQUESTS } from '../api/sample-requests';

type Handler = (event: InvokeEventLike, payload: unknown) => Promise<unknown>;

function fakeIpcMain(): IpcMainLike & { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
}

const APP_FRAME: InvokeEventLike = { senderFrame: { url: 'app://main/index.html', parent: null } };
const PREVIEW_FRAME: InvokeEventLike = {
  senderFrame: { url: 'about:srcdoc', parent: { url: 'app://main/index.html', parent: null } },
};

/** A service whose every method answers ok with its name; `calls` counts the calls per method. */
function echoService(): StudioApi & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const methods = Object.fromEntries(
    STUDIO_METHODS.map((method) => [
      method,
      (request: unknown) => {
        calls.set(method, (calls.get(method) ?? 0) + 1);
        return Promise.resolve(ok({ method, request }));
      },
    ]),
  );
  return { ...(methods as unknown as StudioApi), calls };
}

describe('registerStudioIpc', () => {
  it('registers exactly one handler per method on studio:<method>, and removes them', () => {
    const ipcMain = fakeIpcMain();
    const remove = registerStudioIpc(ipcMain, echoService());
    expect([...ipcMain.handlers.keys()].sort()).toEqual(STUDIO_METHODS.map(ipcChannel).sort());
    remove();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it.each(STUDIO_METHODS)('%s: a good request from the app frame reaches the service', async (method) => {
    const ipcMain = fakeIpcMain();
    registerStudioIpc(ipcMain, echoService());
    const answer = await ipcMain.handlers.get(ipcChannel(method))!(APP_FRAME, SAMPLE_REQUESTS[method]);
    expect(answer).toEqual({ ok: true, value: { method, request: SAMPLE_REQUESTS[method] } });
  });

  it.each(STUDIO_METHODS)('%s: bad payloads get an invalid-request Result, never a throw', async (method) => {
    const ipcMain = fakeIpcMain();
    const service = echoService();
    registerStudioIpc(ipcMain, service);
    const handler = ipcMain.handlers.get(ipcChannel(method))!;
    for (const payload of [undefined, null, 'string', 7, [], { ...SAMPLE_REQUESTS[method], injected: true }]) {
      await expect(handler(APP_FRAME, payload)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(service.calls.get(method)).toBeUndefined();
  });

  it.each(STUDIO_METHODS)('%s: a call from a sub-frame or a foreign page is refused', async (method) => {
    const ipcMain = fakeIpcMain();
    const service = echoService();
    registerStudioIpc(ipcMain, service);
    const handler = ipcMain.handlers.get(ipcChannel(method))!;
    for (const event of [
      PREVIEW_FRAME,
      { senderFrame: null },
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://print/job-1.html', parent: null } },
    ]) {
      await expect(handler(event, SAMPLE_REQUESTS[method])).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringContaining('Refused') as unknown },
      });
    }
    expect(service.calls.get(method)).toBeUndefined();
  });

  it('turns a throwing sender check or service into a Result', async () => {
    const ipcMain = fakeIpcMain();
    const service = { ...echoService(), getAppInfo: () => Promise.reject(new Error('disk on fire')) } as StudioApi;
    registerStudioIpc(ipcMain, service, (event) => {
      if (event.senderFrame === null) throw new Error('destroyed frame');
      return true;
    });
    await expect(ipcMain.handlers.get('studio:getAppInfo')!({ senderFrame: null }, {})).resolves.toMatchObject({
      ok: false,
    });
    await expect(ipcMain.handlers.get('studio:getAppInfo')!(APP_FRAME, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
