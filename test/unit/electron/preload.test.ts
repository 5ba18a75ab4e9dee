import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL, ipcChannel, STUDIO_METHODS } from '../../../src/api/contract';

const exposed = new Map<string, unknown>();
const rendererListeners = new Map<string, (event: unknown, payload: unknown) => void>();
const invoke = vi.fn((channel: string, payload: unknown) => Promise.resolve({ ok: true, value: { channel, payload } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      rendererListeners.set(channel, listener),
  },
}));

type Bridge = Record<string, unknown> & { onEvent: (listener: (event: unknown) => void) => () => void };

async function loadPreload(): Promise<Bridge> {
  exposed.clear();
  rendererListeners.clear();
  vi.resetModules();
  await import('../../../electron/preload');
  return exposed.get(BRIDGE_GLOBAL) as Bridge;
}

describe('preload', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes one global with exactly the API methods and onEvent — nothing else', async () => {
    const bridge = await loadPreload();
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual([...STUDIO_METHODS, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('invokes studio:<method> with the payload', async () => {
    const bridge = await loadPreload();
    for (const method of STUDIO_METHODS) {
      const call = bridge[method] as (payload: unknown) => Promise<unknown>;
      await expect(call({ probe: method })).resolves.toEqual({
        ok: true,
        value: { channel: ipcChannel(method), payload: { probe: method } },
      });
    }
    expect(invoke).toHaveBeenCalledTimes(STUDIO_METHODS.length);
  });

  it('listens on the one event channel, keeps early events for the first subscriber, hides the IPC event', async () => {
    const bridge = await loadPreload();
    expect([...rendererListeners.keys()]).toEqual([IPC_EVENT_CHANNEL]);
    const fromMain = rendererListeners.get(IPC_EVENT_CHANNEL)!;
    const ipcEvent = { sender: 'secret ipcRenderer', senderId: 0 };
    fromMain(ipcEvent, { type: 'open-file', path: '/early.measure.md' });

    const seen: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args: unknown[]) => seen.push(args));
    fromMain(ipcEvent, { type: 'menu-command', command: 'save' });
    expect(seen).toEqual([
      [{ type: 'open-file', path: '/early.measure.md' }],
      [{ type: 'menu-command', command: 'save' }],
    ]);

    unsubscribe();
    fromMain(ipcEvent, { type: 'menu-command', command: 'open' });
    expect(seen).toHaveLength(2);
  });

  it('refuses a listener that is not a function', async () => {
    const bridge = await loadPreload();
    expect(() => bridge.onEvent('nope' as never)).toThrow(TypeError);
  });
});
