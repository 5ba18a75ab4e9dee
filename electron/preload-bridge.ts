/**
 * Builds the `window.studio` object from STUDIO_METHODS (pure, so it is tested without Electron).
 * Events that arrive before the page subscribes (an OS "open file" at launch) are kept and handed to
 * the first subscriber, like Fiddle's ready-queue. Listeners get the event data only — never the IPC
 * event object, which would leak `sender`.
 */
import { ipcChannel, STUDIO_METHODS, type StudioBridge, type StudioMethod } from '../src/api/contract';

/** Events kept for a page that has not subscribed yet; more than this is a page that never will. */
const MAX_QUEUED_EVENTS = 100;

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/** Collects events and fans them out to the page's listeners. */
export class EventFanOut {
  private readonly listeners = new Set<(event: unknown) => void>();
  private queue: unknown[] = [];

  /** An event from main. */
  push(event: unknown): void {
    if (this.listeners.size === 0) {
      if (this.queue.length < MAX_QUEUED_EVENTS) this.queue.push(event);
      return;
    }
    for (const listener of [...this.listeners]) listener(event);
  }

  /** Subscribe; returns the unsubscribe function. The first subscriber receives the queued events. */
  subscribe(listener: (event: unknown) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('studio.onEvent needs a listener function');
    this.listeners.add(listener);
    const queued = this.queue;
    this.queue = [];
    for (const event of queued) listener(event);
    return () => void this.listeners.delete(listener);
  }
}

/** The bridge object: one invoking function per method, plus `onEvent`. */
export function buildStudioBridge(invoke: Invoke, events: EventFanOut): StudioBridge {
  const methods: Partial<Record<StudioMethod, (payload: unknown) => Promise<unknown>>> = {};
  for (const method of STUDIO_METHODS) {
    const channel = ipcChannel(method);
    methods[method] = (payload: unknown) => invoke(channel, payload);
  }
  // Complete by construction: the loop above covers every method.
  return {
    ...(methods as Record<StudioMethod, (payload: unknown) => Promise<unknown>>),
    onEvent: (listener) => events.subscribe(listener),
  };
}
