/**
 * What the diff and preview clients share: one Web Worker, one request in flight at a time, each with
 * a deadline. A request past its deadline terminates the worker (a hostile text may never finish),
 * starts a fresh one and resolves with the subclass's timeout message; the UI thread never waits.
 * Subclasses decide which requests wait (newest wins) and what a response means.
 */

/** The part of `Worker` a client uses (so tests can pass a fake). */
export interface WorkerPort<Request, Response> {
  postMessage(message: Request): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The outcomes every client can give besides its own results. */
export type CommonOutcome =
  { readonly status: 'superseded' } | { readonly status: 'timeout' | 'error'; readonly message: string };

interface InFlight<Outcome, Tag> {
  readonly requestId: number;
  readonly tag: Tag;
  readonly resolve: (outcome: Outcome | CommonOutcome) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** See the module comment. `Outcome` is the subclass's own results; CommonOutcome is added to it. */
export abstract class TimedWorkerClient<Request, Response, Outcome, Tag> {
  private worker: WorkerPort<Request, Response>;
  private nextId = 1;
  private inFlight: InFlight<Outcome, Tag> | undefined;

  protected constructor(
    private readonly createWorker: () => WorkerPort<Request, Response>,
    protected readonly timeoutMs: number,
    /** For the message when the worker itself fails ("the diff worker failed: …"). */
    private readonly workerName: string,
  ) {
    this.worker = this.startWorker();
  }

  /** Stop the worker; the request in flight resolves `superseded` (subclasses supersede what waits). */
  dispose(): void {
    this.supersedeInFlight();
    this.worker.terminate();
  }

  /** True while a request runs (new ones must wait). */
  protected get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Post a request made from its id (plain data only: it is structured-cloned). */
  protected send(tag: Tag, message: (requestId: number) => Request): Promise<Outcome | CommonOutcome> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.onTimeout(requestId), this.timeoutMs);
      this.inFlight = { requestId, tag, resolve, timer };
      this.worker.postMessage(message(requestId));
    });
  }

  /** Resolve the request `requestId` (ignored when it is no longer in flight), then let the next one run. */
  protected settle(requestId: number, outcome: Outcome | CommonOutcome): void {
    const pending = this.inFlight;
    if (pending === undefined || pending.requestId !== requestId) return;
    clearTimeout(pending.timer);
    this.inFlight = undefined;
    pending.resolve(outcome);
    this.flushWaiting();
  }

  /** Stop the request in flight with its worker (its caller gets `superseded`) and start a fresh worker. */
  protected abandonInFlight(): void {
    this.supersedeInFlight();
    this.restart();
  }

  private supersedeInFlight(): void {
    if (this.inFlight === undefined) return;
    clearTimeout(this.inFlight.timer);
    this.inFlight.resolve({ status: 'superseded' });
    this.inFlight = undefined;
  }

  private restart(): void {
    this.worker.terminate();
    this.worker = this.startWorker();
  }

  /** Turn a worker response into the settled outcome (call `settle`). */
  protected abstract onResponse(response: Response): void;
  /** The outcome of a request that ran past the deadline. */
  protected abstract timeoutOutcome(tag: Tag): CommonOutcome;
  /** Send the next waiting request, if any and nothing is in flight. */
  protected abstract flushWaiting(): void;

  /** After a timeout (the worker is fresh): by default, go on with what waits. */
  protected afterTimeout(_tag: Tag): void {
    this.flushWaiting();
  }

  private onTimeout(requestId: number): void {
    const pending = this.inFlight;
    if (pending === undefined || pending.requestId !== requestId) return;
    this.inFlight = undefined;
    this.restart();
    pending.resolve(this.timeoutOutcome(pending.tag));
    this.afterTimeout(pending.tag);
  }

  private startWorker(): WorkerPort<Request, Response> {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.onResponse(event.data);
    worker.onerror = (event) => {
      if (this.inFlight === undefined) return;
      this.settle(this.inFlight.requestId, {
        status: 'error',
        message: `The ${this.workerName} failed: ${event.message}`,
      });
    };
    return worker;
  }
}
