/**
 * The one object through which the renderer reaches its host. In Electron the preload exposes
 * `window.studio` (IPC); under `amend serve` the same typed client runs over HTTP on the page's own
 * origin (127.0.0.1), with the session token from the page URL sent as `X-Amend-Token`. Nothing else
 * in the renderer talks to a host.
 */
import { createStudioClient, type StudioClient, type StudioTransport } from '../../src/api/client';
import { BRIDGE_GLOBAL, HTTP_TOKEN_QUERY, type StudioBridge } from '../../src/api/contract';
import { createBridgeTransport } from '../../src/api/transports';
import { createHttpTransport } from '../../src/api/http-transport';
import { hostStatusStore } from '../state/host-status-store';

function pickTransport(): StudioTransport {
  const bridge = (window as unknown as Partial<Record<string, StudioBridge>>)[BRIDGE_GLOBAL];
  if (bridge !== undefined) return createBridgeTransport(bridge);
  const token = new URLSearchParams(window.location.search).get(HTTP_TOKEN_QUERY) ?? '';
  return createHttpTransport({
    baseUrl: window.location.origin,
    token,
    fetch: (url, init) => window.fetch(url, init),
    onEventStreamError: (error) =>
      hostStatusStore.set({
        connected: false,
        problem: `Lost the connection to amend serve (${error instanceof Error ? error.message : String(error)}).`,
      }),
  });
}

/** The typed StudioApi client for this window. */
export const studio: StudioClient = createStudioClient(pickTransport());
