/**
 * Carries StudioEvents from the service to the window on the one IPC channel. Events sent before the
 * page has loaded would be lost, so they wait (bounded) until the page is ready.
 */
import { IPC_EVENT_CHANNEL, type StudioEvent } from '../src/api/contract';

/** Events kept while the page loads; more is a page that is not coming. */
const MAX_PENDING_EVENTS = 100;

export interface EventTarget {
  send(channel: string, event: StudioEvent): void;
}

export class EventRelay {
  private target: EventTarget | undefined;
  private pending: StudioEvent[] = [];

  /** The page in `target` has loaded: deliver what waited, then everything as it comes. */
  ready(target: EventTarget): void {
    this.target = target;
    const waiting = this.pending;
    this.pending = [];
    for (const event of waiting) target.send(IPC_EVENT_CHANNEL, event);
  }

  /** The page is gone or reloading: hold events again. */
  unready(): void {
    this.target = undefined;
  }

  send(event: StudioEvent): void {
    if (this.target !== undefined) this.target.send(IPC_EVENT_CHANNEL, event);
    else if (this.pending.length < MAX_PENDING_EVENTS) this.pending.push(event);
  }
}
