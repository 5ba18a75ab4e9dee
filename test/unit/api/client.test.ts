import { describe, expect, it, vi } from 'vitest';
import { createStudioClient, type StudioTransport } from '../../../src/api/client';
import { STUDIO_METHODS, type StudioEvent } from '../../../src/api/contract';
import { dispatchStudioCall } from '../../../src/api/dispatch';
import { createBridgeTransport } from '../../../src/api/transports';
import type { StudioBridge } from '../../../src/api/contract';
import { ok } from '../../../src/shared/result';

function fakeTransport(answer: (method: string, payload: unknown) => Promise<unknown>): StudioTransport & {
  emit(event: unknown): void;
  listeners: number;
} {
  const listeners = new Set<(event: unknown) => void>();
  return {
    call: answer,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event) => listeners.forEach((listener) => listener(event)),
    get listeners() {
      return listeners.size;
    },
  };
}

describe('createStudioClient', () => {
  it('has every method of the contract and onEvent', () => {
    const client = createStudioClient(fakeTransport(() => Promise.resolve(ok({}))));
    for (const method of STUDIO_METHODS) expect(typeof client[method]).toBe('function');
    expect(typeof client.onEvent).toBe('function');
  });

  it('passes the method name and payload through and returns the Result', async () => {
    const call = vi.fn((_method: string, _payload: unknown) => Promise.resolve(ok({ editions: [] })));
    const client = createStudioClient(fakeTransport(call));
    await expect(client.listEditions({})).resolves.toEqual({ ok: true, value: { editions: [] } });
    expect(call).toHaveBeenCalledWith('listEditions', {});
  });

  it('turns a transport failure into io-error instead of rejecting', async () => {
    const client = createStudioClient(fakeTransport(() => Promise.reject(new Error('connection refused'))));
    const result = await client.getAppInfo({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('io-error');
      expect(result.error.message).toContain('connection refused');
    }
  });

  it('reports an answer that is not a Result as internal', async () => {
    const client = createStudioClient(fakeTransport(() => Promise.resolve({ whatever: true })));
    const result = await client.getAppInfo({});
    expect(!result.ok && result.error.code).toBe('internal');
  });

  it('delivers well-formed events, drops malformed ones, and unsubscribes on abort', () => {
    const transport = fakeTransport(() => Promise.resolve(ok({})));
    const client = createStudioClient(transport);
    const seen: StudioEvent[] = [];
    const controller = new AbortController();
    client.onEvent((event) => seen.push(event), { signal: controller.signal });
    transport.emit({ type: 'menu-command', command: 'save' });
    transport.emit({ type: 'menu-command', command: 'format-disk' });
    expect(seen).toEqual([{ type: 'menu-command', command: 'save' }]);
    controller.abort();
    expect(transport.listeners).toBe(0);
    transport.emit({ type: 'menu-command', command: 'open' });
    expect(seen).toHaveLength(1);
  });

  it('does not subscribe with an already aborted signal', () => {
    const transport = fakeTransport(() => Promise.resolve(ok({})));
    createStudioClient(transport).onEvent(() => undefined, { signal: AbortSignal.abort() });
    expect(transport.listeners).toBe(0);
  });

  it('works over the preload bridge shape', async () => {
    const bridge = Object.fromEntries(
      STUDIO_METHODS.map((method) => [method, (payload: unknown) => Promise.resolve(ok({ method, payload }))]),
    ) as unknown as StudioBridge;
    const withEvents = { ...bridge, onEvent: () => () => undefined };
    const client = createStudioClient(createBridgeTransport(withEvents));
    await expect(client.readEdition({ id: 'x-1' })).resolves.toEqual({
      ok: true,
      value: { method: 'readEdition', payload: { id: 'x-1' } },
    });
  });
});

describe('dispatchStudioCall', () => {
  const service = {
    getAppInfo: () => Promise.reject(new Error('boom')),
    listEditions: () => Promise.resolve('not a result'),
  };

  it('refuses unknown methods', async () => {
    const result = await dispatchStudioCall(service as never, 'deleteEverything', {});
    expect(!result.ok && result.error.code).toBe('invalid-request');
  });

  it('refuses bad payloads before calling the service', async () => {
    const readEdition = vi.fn();
    const result = await dispatchStudioCall({ readEdition } as never, 'readEdition', { id: 7 });
    expect(!result.ok && result.error.code).toBe('invalid-request');
    expect(readEdition).not.toHaveBeenCalled();
  });

  it('turns a throwing method into internal', async () => {
    const result = await dispatchStudioCall(service as never, 'getAppInfo', {});
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).toContain('boom');
  });

  it('refuses an answer that is not a Result', async () => {
    const result = await dispatchStudioCall(service as never, 'listEditions', {});
    expect(!result.ok && result.error.code).toBe('internal');
  });
});
