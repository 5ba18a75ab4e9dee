import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreviewClient, PREVIEW_TIMEOUT_MS, type PreviewWorkerLike } from '../../../renderer/workers/preview-client';
import {
  MAX_PREVIEW_HTML_CHARS,
  type PreviewRequest,
  type PreviewResponse,
} from '../../../renderer/workers/preview-protocol';

/** A worker double that records requests and answers when told to. */
class FakeWorker implements PreviewWorkerLike {
  static created: FakeWorker[] = [];
  readonly requests: PreviewRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PreviewResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: PreviewRequest): void {
    // As a real worker does: a function in the message throws DataCloneError.
    this.requests.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(request: PreviewRequest, html: string | undefined, htmlChars = html?.length ?? 0): void {
    const response: PreviewResponse = {
      type: 'preview',
      requestId: request.requestId,
      ...(html === undefined ? {} : { html }),
      htmlChars,
      links: [],
      elapsedMs: 1,
    };
    this.onmessage?.({ data: response } as MessageEvent<PreviewResponse>);
  }
}

function newClient(timeoutMs = 1000): { client: PreviewClient; worker: () => FakeWorker } {
  FakeWorker.created = [];
  const client = new PreviewClient(() => new FakeWorker(), timeoutMs);
  return { client, worker: () => FakeWorker.created[FakeWorker.created.length - 1]! };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PreviewClient', () => {
  it('posts the measure and resolves with the preview', async () => {
    const { client, worker } = newClient();
    const preview = client.preview('# measure', true);
    const request = worker().requests[0]!;
    expect(request).toMatchObject({ source: '# measure', localChecks: true });
    worker().answer(request, '<p>measure</p>');
    await expect(preview).resolves.toEqual({ status: 'ok', html: '<p>measure</p>', links: [] });
  });

  it('keeps only the newest waiting text while one runs', async () => {
    const { client, worker } = newClient();
    const first = client.preview('one', false);
    const second = client.preview('two', false);
    const third = client.preview('three', false);
    await expect(second).resolves.toEqual({ status: 'superseded' });
    worker().answer(worker().requests[0]!, 'one');
    await expect(first).resolves.toMatchObject({ status: 'ok', html: 'one' });
    expect(worker().requests.map((request) => request.source)).toEqual(['one', 'three']);
    worker().answer(worker().requests[1]!, 'three');
    await expect(third).resolves.toMatchObject({ status: 'ok', html: 'three' });
  });

  it('terminates a worker that takes longer than the timeout, says so, and runs the next text on a fresh one', async () => {
    vi.useFakeTimers();
    const { client, worker } = newClient(PREVIEW_TIMEOUT_MS);
    const stuck = client.preview('hostile', true);
    const next = client.preview('after', true);
    const hung = worker();
    vi.advanceTimersByTime(PREVIEW_TIMEOUT_MS);
    const outcome = await stuck;
    expect(outcome.status).toBe('timeout');
    expect(outcome).toHaveProperty('message', expect.stringContaining('too complex to preview'));
    expect(outcome).toHaveProperty('message', expect.stringContaining('within 2 s'));
    expect(hung.terminated).toBe(true);
    expect(worker()).not.toBe(hung);
    worker().answer(worker().requests[0]!, 'after');
    await expect(next).resolves.toMatchObject({ status: 'ok', html: 'after' });
  });

  it('names the cap when the print HTML is too large to show', async () => {
    const { client, worker } = newClient();
    const preview = client.preview('huge', false);
    worker().answer(worker().requests[0]!, undefined, MAX_PREVIEW_HTML_CHARS * 3);
    const outcome = await preview;
    expect(outcome.status).toBe('too-large');
    expect(outcome).toHaveProperty('message', expect.stringContaining('4.5 MB'));
    expect(outcome).toHaveProperty('message', expect.stringContaining('up to 1.5 MB'));
  });

  it('reports a worker error and a worker crash as errors', async () => {
    const { client, worker } = newClient();
    const failed = client.preview('a', false);
    worker().onmessage?.({
      data: { type: 'error', requestId: worker().requests[0]!.requestId, message: 'boom' },
    } as MessageEvent<PreviewResponse>);
    await expect(failed).resolves.toEqual({ status: 'error', message: 'boom' });
    const crashed = client.preview('b', false);
    worker().onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(crashed).resolves.toEqual({ status: 'error', message: 'The preview worker failed: out of memory' });
  });

  it('resolves pending previews as superseded when disposed', async () => {
    const { client, worker } = newClient();
    const running = client.preview('a', false);
    const waiting = client.preview('b', false);
    client.dispose();
    await expect(running).resolves.toEqual({ status: 'superseded' });
    await expect(waiting).resolves.toEqual({ status: 'superseded' });
    expect(worker().terminated).toBe(true);
  });
});
