/**
 * The UI side of the diff worker. It keeps the UI thread free: requests are posted to a Web Worker
 * one at a time; while one runs, only the newest pending edit (and the newest pending measure sync)
 * is kept — older ones are superseded, never queued — and a request that takes longer than
 * DIFF_TIMEOUT_MS terminates the worker, starts a fresh one and reports a timeout.
 */
import type { DiffRequest, DiffRequestBody, DiffResponse, DiffResult, SyncResult } from './diff-protocol';
import type { LintMessage } from '../../src/measure/lint';
import { TimedWorkerClient, type CommonOutcome, type WorkerPort } from './timed-worker-client';

/**
 * A diff of the whole constitution takes a few milliseconds per keystroke; a pathological paste can
 * take far longer. Two seconds is well past any normal edit and short enough to tell the user soon.
 */
export const DIFF_TIMEOUT_MS = 2000;
/** Ten times the size of the whole constitution (≈ 414 kB): larger texts are refused, not diffed. */
export const MAX_SOURCE_CHARS = 4_000_000;
/**
 * Most lines an edition may have to be edited in context. Monaco lays out every line of a text when it
 * opens it, in one task on the UI thread (about 100 ms for 200,000 lines here); the 2011 constitution
 * has 8,712 lines, so this is more than five times any real edition.
 */
export const MAX_SOURCE_LINES = 50_000;

/** Number of lines of `text` (a text without a line break has one). */
export function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The part of `Worker` the client uses (so tests can pass a fake). */
export type WorkerLike = WorkerPort<DiffRequest, DiffResponse>;

export type DiffOutcome =
  | ({ readonly status: 'ok' } & DiffResult)
  | ({ readonly status: 'synced' } & SyncResult)
  | { readonly status: 'linted'; readonly messages: readonly LintMessage[] }
  | { readonly status: 'superseded' }
  | { readonly status: 'timeout' | 'error' | 'too-large'; readonly message: string };

type Kind = DiffRequestBody['type'];
type Waiting = { readonly request: DiffRequestBody; readonly resolve: (outcome: DiffOutcome) => void };

/** Talks to one diff worker at a time; see the module comment. */
export class DiffClient extends TimedWorkerClient<DiffRequest, DiffResponse, DiffOutcome, Kind> {
  /** At most one waiting request per kind; updates go first, then syncs, then checks. */
  private readonly waiting = new Map<Kind, Waiting>();
  private base: DiffRequestBody | undefined;

  constructor(createWorker: () => WorkerLike, timeoutMs = DIFF_TIMEOUT_MS) {
    super(createWorker, timeoutMs, 'diff worker');
  }

  /**
   * Load a base edition (and the measure whose amendments give the text to edit); resolves with
   * that text, its outline and its amendments.
   */
  open(base: string, options: { readonly path?: string; readonly measure?: string } = {}): Promise<DiffOutcome> {
    if (base.length > MAX_SOURCE_CHARS) return Promise.resolve(tooLarge(base.length));
    const lines = lineCount(base);
    if (lines > MAX_SOURCE_LINES) return Promise.resolve(tooManyLines(lines));
    const request: DiffRequestBody = { type: 'open', base, ...options };
    this.base = request;
    this.supersedeWaiting();
    // A new base makes the running request moot: drop it with its worker (its caller gets `superseded`).
    if (this.busy) this.abandonInFlight();
    return this.sendRequest(request);
  }

  /** Diff the edited text against the open base. Resolves `superseded` if a newer edit replaced it. */
  update(edited: string): Promise<DiffOutcome> {
    if (edited.length > MAX_SOURCE_CHARS) return Promise.resolve(tooLarge(edited.length));
    return this.enqueue({ type: 'update', edited });
  }

  /** The measure with amendment blocks matching `edited`. Resolves `superseded` if a newer sync replaced it. */
  sync(edited: string, measure: string): Promise<DiffOutcome> {
    if (edited.length > MAX_SOURCE_CHARS) return Promise.resolve(tooLarge(edited.length));
    return this.enqueue({ type: 'sync', edited, measure });
  }

  /** Lint the measure against the open base. Resolves `superseded` if a newer check replaced it. */
  lint(measure: string): Promise<DiffOutcome> {
    return this.enqueue({ type: 'lint', measure });
  }

  /** Stop the worker; pending requests resolve `superseded`. */
  override dispose(): void {
    this.supersedeWaiting();
    super.dispose();
  }

  private enqueue(request: DiffRequestBody): Promise<DiffOutcome> {
    if (!this.busy) return this.sendRequest(request);
    this.waiting.get(request.type)?.resolve({ status: 'superseded' });
    return new Promise((resolve) => this.waiting.set(request.type, { request, resolve }));
  }

  private sendRequest(request: DiffRequestBody): Promise<DiffOutcome> {
    return this.send(request.type, (requestId) => ({ ...request, requestId }));
  }

  protected onResponse(response: DiffResponse): void {
    if (response.type === 'error')
      return this.settle(response.requestId, { status: 'error', message: response.message });
    if (response.type === 'linted')
      return this.settle(response.requestId, { status: 'linted', messages: response.messages });
    const { type, requestId, ...result } = response;
    if (type === 'synced') return this.settle(requestId, { status: 'synced', ...(result as SyncResult) });
    this.settle(requestId, { status: 'ok', ...(result as DiffResult) });
  }

  protected timeoutOutcome(): CommonOutcome {
    return {
      status: 'timeout',
      message: `The amendment list could not be updated within ${this.timeoutMs / 1000} s; it will update after your next edit.`,
    };
  }

  protected override afterTimeout(kind: Kind): void {
    // The fresh worker needs the base again before it can diff (unless loading the base itself timed out).
    if (kind !== 'open' && this.base !== undefined) void this.reopenThenFlush(this.base);
    else this.flushWaiting();
  }

  private async reopenThenFlush(base: DiffRequestBody): Promise<void> {
    const held = new Map(this.waiting);
    this.waiting.clear();
    await this.sendRequest(base);
    for (const [kind, waiting] of held) {
      if (this.waiting.has(kind)) waiting.resolve({ status: 'superseded' });
      else this.waiting.set(kind, waiting);
    }
    this.flushWaiting();
  }

  protected flushWaiting(): void {
    if (this.busy) return;
    const next = this.waiting.get('update') ?? this.waiting.get('sync') ?? this.waiting.get('lint');
    if (next === undefined) return;
    this.waiting.delete(next.request.type);
    void this.sendRequest(next.request).then(next.resolve);
  }

  private supersedeWaiting(): void {
    for (const waiting of this.waiting.values()) waiting.resolve({ status: 'superseded' });
    this.waiting.clear();
  }
}

function tooManyLines(lines: number): DiffOutcome {
  return {
    status: 'too-large',
    message: `The edition has ${lines.toLocaleString('en-US')} lines; editing in context handles editions up to ${MAX_SOURCE_LINES.toLocaleString('en-US')} lines.`,
  };
}

function tooLarge(length: number): DiffOutcome {
  return {
    status: 'too-large',
    message: `The text is ${length.toLocaleString('en-US')} characters; the live amendment list handles up to ${MAX_SOURCE_CHARS.toLocaleString('en-US')}.`,
  };
}
