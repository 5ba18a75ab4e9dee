/**
 * The service's one event channel: host code emits StudioEvents, transports (SSE, IPC) subscribe.
 * A listener that throws is isolated: the others still get the event.
 */
import type { StudioEvent, StudioEventListener, StudioEventSource } from '../api/contract';

export class EventHub implements StudioEventSource {
  private readonly listeners = new Set<StudioEventListener>();

  /**
   * @param greet - events sent to each new subscriber only (e.g. "recovery available" for a window
   *   that opens after the service started).
   */
  constructor(private readonly greet: () => Promise<readonly StudioEvent[]> = () => Promise.resolve([])) {}

  /** Subscribe; returns the unsubscribe function. */
  subscribe(listener: StudioEventListener): () => void {
    this.listeners.add(listener);
    void this.greet().then(
      (events) => events.forEach((event) => this.listeners.has(listener) && deliver(listener, event)),
      () => undefined,
    );
    return () => void this.listeners.delete(listener);
  }

  /** Send `event` to every subscriber. */
  emit(event: StudioEvent): void {
    for (const listener of [...this.listeners]) deliver(listener, event);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}

function deliver(listener: StudioEventListener, event: StudioEvent): void {
  try {
    listener(event);
  } catch {
    // One broken subscriber (a closed window, a dropped socket) must not silence the others.
  }
}
