import { describe, expect, it, vi, afterEach } from 'vitest';
import {
  DiffClient,
  lineCount,
  MAX_SOURCE_CHARS,
  MAX_SOURCE_LINES,
  type WorkerLike,
} from '../../../renderer/workers/diff-client';
import type { DiffRequest, DiffResponse } from '../../../renderer/workers/diff-protocol';

/** A worker double that records requests and answers when told to. */
class FakeWorker implements WorkerLike {
  static created: FakeWorker[] = [];
  readonly requests: DiffRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<DiffResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: DiffRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(request: DiffRequest, items = 0): void {
    const response: DiffResponse = {
      type: 'result',
      requestId: request.requestId,
      items: Array.from({ length: items }, (_, index) => ({
        op: 'amend',
        target: `art-III/sec-${index + 1}`,
        citation: `Article III, Section ${index + 1}`,
        clause: `Section ${index + 1} of Article III of the California Constitution is amended to read:`,
        deletedWords: 1,
        insertedWords: 0,
        line: 1,
        excerpt: [],
      })),
      marks: [],
      changedIds: [],
      outline: [],
      approximate: false,
      elapsedMs: 1,
    };
    this.onmessage?.({ data: response } as MessageEvent<DiffResponse>);
  }
}

function newClient(timeoutMs = 1000): { client: DiffClient; worker: () => FakeWorker } {
  FakeWorker.created = [];
  const client = new DiffClient(() => new FakeWorker(), timeoutMs);
  return { client, worker: () => FakeWorker.created[FakeWorker.created.length - 1]! };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DiffClient', () => {
  it('posts an open and resolves with the worker result', async () => {
    const { client, worker } = newClient();
    const opened = client.open('base text', { path: 'constitution.md' });
    const request = worker().requests[0]!;
    expect(request).toMatchObject({ type: 'open', base: 'base text', path: 'constitution.md' });
    worker().answer(request, 0);
    await expect(opened).resolves.toMatchObject({ status: 'ok', items: [] });
  });

  it('keeps only the newest pending edit while one is in flight', async () => {
    const { client, worker } = newClient();
    const first = client.update('edit 1');
    const second = client.update('edit 2');
    const third = client.update('edit 3');
    expect(worker().requests.map((request) => request.type === 'update' && request.edited)).toEqual(['edit 1']);
    await expect(second).resolves.toEqual({ status: 'superseded' });
    worker().answer(worker().requests[0]!, 1);
    await expect(first).resolves.toMatchObject({ status: 'ok' });
    expect(worker().requests.map((request) => request.type === 'update' && request.edited)).toEqual([
      'edit 1',
      'edit 3',
    ]);
    worker().answer(worker().requests[1]!, 2);
    const last = await third;
    expect(last.status === 'ok' && last.items.length).toBe(2);
  });

  it('restarts a worker that times out, reopens the base, then sends the queued edit', async () => {
    vi.useFakeTimers();
    const { client, worker } = newClient(500);
    const opened = client.open('base');
    const firstWorker = worker();
    firstWorker.answer(firstWorker.requests[0]!);
    await opened;
    const slow = client.update('pathological paste');
    const queued = client.update('next edit');
    await vi.advanceTimersByTimeAsync(501);
    const outcome = await slow;
    expect(outcome.status).toBe('timeout');
    expect(firstWorker.terminated).toBe(true);
    const fresh = worker();
    expect(fresh).not.toBe(firstWorker);
    expect(fresh.requests[0]).toMatchObject({ type: 'open', base: 'base' });
    fresh.answer(fresh.requests[0]!);
    await vi.advanceTimersByTimeAsync(0);
    expect(fresh.requests[1]).toMatchObject({ type: 'update', edited: 'next edit' });
    fresh.answer(fresh.requests[1]!, 1);
    await expect(queued).resolves.toMatchObject({ status: 'ok' });
  });

  it('opening a new base drops the running request with its worker and resolves it superseded', async () => {
    const { client, worker } = newClient();
    const first = worker();
    const running = client.open('base one'); // never answered: still running
    const queued = client.update('an edit');
    const reopened = client.open('base two');
    await expect(running).resolves.toEqual({ status: 'superseded' });
    await expect(queued).resolves.toEqual({ status: 'superseded' });
    expect(first.terminated).toBe(true);
    const fresh = worker();
    expect(fresh.requests).toEqual([expect.objectContaining({ type: 'open', base: 'base two' })]);
    fresh.answer(fresh.requests[0]!);
    await expect(reopened).resolves.toMatchObject({ status: 'ok' });
  });

  it('refuses texts over the cap without posting them', async () => {
    const { client, worker } = newClient();
    const outcome = await client.update('x'.repeat(MAX_SOURCE_CHARS + 1));
    expect(outcome.status).toBe('too-large');
    expect(worker().requests).toHaveLength(0);
  });

  it('refuses to open an edition with more lines than the editor lays out in one go', async () => {
    const { client, worker } = newClient();
    const outcome = await client.open('a\n'.repeat(MAX_SOURCE_LINES));
    expect(outcome).toMatchObject({ status: 'too-large', message: expect.stringContaining('50,001 lines') as unknown });
    expect(worker().requests).toHaveLength(0);
    expect(lineCount('one')).toBe(1);
    expect(lineCount('a\r\nb\n')).toBe(3);
  });

  it('reports a worker error as an error outcome', async () => {
    const { client, worker } = newClient();
    const pending = client.update('text');
    const request = worker().requests[0]!;
    worker().onmessage?.({
      data: { type: 'error', requestId: request.requestId, message: 'no base edition is open' },
    } as MessageEvent<DiffResponse>);
    await expect(pending).resolves.toEqual({ status: 'error', message: 'no base edition is open' });
  });
});
