/**
 * The UI side of the measure preview worker. One request runs at a time; while it runs only the
 * newest text waits (older ones are superseded, never queued). A request that takes longer than
 * PREVIEW_TIMEOUT_MS terminates the worker, starts a fresh one and resolves with a message.
 */
import type { DraftLink } from '../model/draft-links';
import type { MeasureIssue } from '../model/measure-preview';
import { MAX_PREVIEW_HTML_CHARS, type PreviewRequest, type PreviewResponse } from './preview-protocol';
import { TimedWorkerClient, type CommonOutcome, type WorkerPort } from './timed-worker-client';

/** A measure previews in tens of milliseconds; two seconds means a hostile or broken text. */
export const PREVIEW_TIMEOUT_MS = 2000;

/** The part of `Worker` the client uses (so tests can pass a fake). */
export type PreviewWorkerLike = WorkerPort<PreviewRequest, PreviewResponse>;

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

interface Waiting {
  readonly source: string;
  readonly localChecks: boolean;
  readonly resolve: (outcome: PreviewOutcome) => void;
}

/** Talks to one preview worker at a time; see the module comment. */
export class PreviewClient extends TimedWorkerClient<PreviewRequest, PreviewResponse, PreviewOutcome, null> {
  private waiting: Waiting | undefined;

  constructor(createWorker: () => PreviewWorkerLike, timeoutMs = PREVIEW_TIMEOUT_MS) {
    super(createWorker, timeoutMs, 'preview worker');
  }

  /** The preview (and, with `localChecks`, the edition-free checks) of `source`. */
  preview(source: string, localChecks: boolean): Promise<PreviewOutcome> {
    if (!this.busy) return this.sendPreview(source, localChecks);
    this.waiting?.resolve({ status: 'superseded' });
    return new Promise((resolve) => {
      this.waiting = { source, localChecks, resolve };
    });
  }

  /** Stop the worker; pending requests resolve `superseded`. */
  override dispose(): void {
    this.waiting?.resolve({ status: 'superseded' });
    this.waiting = undefined;
    super.dispose();
  }

  private sendPreview(source: string, localChecks: boolean): Promise<PreviewOutcome> {
    // Plain data only (structured clone): never the waiting entry with its resolve function.
    return this.send(null, (requestId) => ({ requestId, source, localChecks }));
  }

  protected onResponse(response: PreviewResponse): void {
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

  protected timeoutOutcome(): CommonOutcome {
    return {
      status: 'timeout',
      message: `The measure is too complex to preview: the preview was not ready within ${this.timeoutMs / 1000} s. The text is unchanged; simplify deeply nested lists or very long paragraphs, or export the PDF.`,
    };
  }

  protected flushWaiting(): void {
    const next = this.waiting;
    if (next === undefined || this.busy) return;
    this.waiting = undefined;
    void this.sendPreview(next.source, next.localChecks).then(next.resolve);
  }
}

function tooLargeMessage(chars: number): string {
  const megabytes = (value: number): string => (value / 1_000_000).toFixed(1);
  return `The measure is too large to preview here: its print rendering is ${megabytes(chars)} MB and the preview shows up to ${megabytes(MAX_PREVIEW_HTML_CHARS)} MB. The text is unchanged; the PDF export prints all of it.`;
}
