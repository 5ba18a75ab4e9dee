/**
 * Transports that need no network: over the Electron preload bridge (`window.studio`) and over an
 * in-process service (tests, and any host that runs the service in the same process).
 */
import type { StudioBridge, StudioService } from './contract';
import type { StudioTransport } from './client';
import { dispatchStudioCall } from './dispatch';

/** Calls and events through the object the Electron preload exposes as `window.studio`. */
export function createBridgeTransport(bridge: StudioBridge): StudioTransport {
  return {
    call: (method, payload) => bridge[method](payload),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

/** Copy through JSON, as every real wire does, so in-process tests see what IPC and HTTP deliver. */
function overTheWire(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Calls dispatched straight into `service` (validated, JSON-copied both ways). */
export function createInProcessTransport(service: StudioService): StudioTransport {
  return {
    call: async (method, payload) => overTheWire(await dispatchStudioCall(service, method, overTheWire(payload))),
    subscribe: (listener) => service.subscribe((event) => listener(overTheWire(event))),
  };
}
