/**
 * The UI side of the measure preview worker. One request runs at a time; while it runs only the
 * newest text waits (older ones are superseded, never queued). A request that takes longer than
 * PREVIEW_TIMEOUT_MS terminates the worker, starts a fresh one and resolves with a message.
 */
import type { DraftLink } from '../model/draft-links';
import type { MeasureIssue } from '../model/measure-preview';
import { MAX_PREVIEW_HTML_CHARS, type PreviewRequest, type PreviewResponse } from './preview-protocol';

/** A measure previews in tens of milliseconds; two seconds means a hostile or broken text. */
export const PREVIEW_TIMEOUT_MS = 2000;

/** The part of `Worker` the client uses (so tests can pass a fake). */
export interface PreviewWorkerLike {
  postMessage(message: PreviewRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PreviewResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type PreviewOutcome =
  | {
      readonly status: 'ok';
      readonly html: string;
      readonly links: readonly DraftLink[];
      readonly issues?: readonly MeasureIssue[];
    }
  | { readonly status: 'superseded' }
  | {
      readonly status: 'timeout' | 'error' | 'too-large';
      readonly message: string;
      readonly issues?: readonly MeasureIssue[];
    };

interface Pending {
  readonly requestId: number;
  readonly resolve: (outcome: PreviewOutcome) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

interface Waiting {
  readonly source: string;
  readonly localChecks: boolean;
  readonly resolve: (outcome: PreviewOutcome) => void;
}

/** Talks to one preview worker at a time; see the module comment. */
export class PreviewClient {
  private worker: PreviewWorkerLike;
  private nextId = 1;
  private inFlight: Pending | undefined;
  private waiting: Waiting | undefined;

  constructor(
    private readonly createWorker: () => PreviewWorkerLike,
    private readonly timeoutMs = PREVIEW_TIMEOUT_MS,
  ) {
    this.worker = this.startWorker();
  }

  /** The preview (and, with `localChecks`, the edition-free checks) of `source`. */
  preview(source: string, localChecks: boolean): Promise<PreviewOutcome> {
    if (this.inFlight === undefined) return this.send({ source, localChecks });
    this.waiting?.resolve({ status: 'superseded' });
    return new Promise((resolve) => {
      this.waiting = { source, localChecks, resolve };
    });
  }

  /** Stop the worker; pending requests resolve `superseded`. */
  dispose(): void {
    this.waiting?.resolve({ status: 'superseded' });
    this.waiting = undefined;
    if (this.inFlight !== undefined) {
      clearTimeout(this.inFlight.timer);
      this.inFlight.resolve({ status: 'superseded' });
      this.inFlight = undefined;
    }
    this.worker.terminate();
  }

  private send(request: { source: string; localChecks: boolean }): Promise<PreviewOutcome> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.onTimeout(requestId), this.timeoutMs);
      this.inFlight = { requestId, resolve, timer };
      // Plain data only (structured clone): never the waiting entry with its resolve function.
      this.worker.postMessage({ requestId, source: request.source, localChecks: request.localChecks });
    });
  }

  private settle(requestId: number, outcome: PreviewOutcome): void {
    const pending = this.inFlight;
    if (pending === undefined || pending.requestId !== requestId) return;
    clearTimeout(pending.timer);
    this.inFlight = undefined;
    pending.resolve(outcome);
    this.flushWaiting();
  }

  private onMessage(response: PreviewResponse): void {
    if (response.type === 'error')
      return this.settle(response.requestId, { status: 'error', message: response.message });
    const issues = response.issues === undefined ? {} : { issues: response.issues };
    if (response.html === undefined) {
      return this.settle(response.requestId, {
        status: 'too-large',
        message: tooLargeMessage(response.htmlChars),
        ...issues,
      });
    }
    this.settle(response.requestId, { status: 'ok', html: response.html, links: response.links, ...issues });
  }

  private onTimeout(requestId: number): void {
    const pending = this.inFlight;
    if (pending === undefined || pending.requestId !== requestId) return;
    this.inFlight = undefined;
    this.worker.terminate();
    this.worker = this.startWorker();
    pending.resolve({
      status: 'timeout',
      message: `The measure is too complex to preview: the preview was not ready within ${this.timeoutMs / 1000} s. The text is unchanged; simplify deeply nested lists or very long paragraphs, or export the PDF.`,
    });
    this.flushWaiting();
  }

  private flushWaiting(): void {
    const next = this.waiting;
    if (next === undefined || this.inFlight !== undefined) return;
    this.waiting = undefined;
    void this.send({ source: next.source, localChecks: next.localChecks }).then(next.resolve);
  }

  private startWorker(): PreviewWorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.onMessage(event.data);
    worker.onerror = (event) => {
      if (this.inFlight === undefined) return;
      this.settle(this.inFlight.requestId, { status: 'error', message: `The preview worker failed: ${event.message}` });
    };
    return worker;
  }
}

function tooLargeMessage(chars: number): string {
  const megabytes = (value: number): string => (value / 1_000_000).toFixed(1);
  return `The measure is too large to preview here: its print rendering is ${megabytes(chars)} MB and the preview shows up to ${megabytes(MAX_PREVIEW_HTML_CHARS)} MB. The text is unchanged; the PDF export prints all of it.`;
}
