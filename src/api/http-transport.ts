/**
 * The transport to the local web host: `POST /api/<method>` with the session token in a header, and
 * events as Server-Sent Events read from a streaming `fetch` (so the token travels in a header there
 * too). Pure: the caller passes `fetch` (the page's, or Node's in tests).
 */
import { HTTP_API_PREFIX, HTTP_EVENTS_PATH, HTTP_TOKEN_HEADER, type StudioMethod } from './contract';
import type { StudioTransport } from './client';

/** The part of a `fetch` Response the transport reads. */
export interface FetchResponseLike {
  readonly status: number;
  text(): Promise<string>;
  readonly body: { getReader(): StreamReaderLike } | null;
}
export interface StreamReaderLike {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
  cancel(): Promise<void>;
}
/** The part of `fetch` the transport calls. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<FetchResponseLike>;

export interface HttpTransportOptions {
  /** Origin of the web host, e.g. `http://127.0.0.1:4317` (the page's `location.origin`). */
  readonly baseUrl: string;
  /** The session token (from the page URL's `?token=`). */
  readonly token: string;
  readonly fetch: FetchLike;
  /** Called when the event stream fails or ends (the UI may show "disconnected"). */
  readonly onEventStreamError?: (error: unknown) => void;
}

const NEWLINE = 0x0a;

/** Index of the blank line ending one SSE message (`\n\n`), or -1. */
function messageEnd(buffer: Uint8Array): number {
  for (let index = 1; index < buffer.length; index++) {
    if (buffer[index] === NEWLINE && buffer[index - 1] === NEWLINE) return index;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The JSON payloads of the `data:` lines of one SSE message (comments and other fields ignored). */
function dataOf(message: string): string | undefined {
  const lines = message.split('\n').filter((line) => line.startsWith('data:'));
  if (lines.length === 0) return undefined;
  return lines.map((line) => line.slice(line.startsWith('data: ') ? 6 : 5)).join('\n');
}

async function pumpEvents(reader: StreamReaderLike, deliver: (event: unknown) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer: Uint8Array = new Uint8Array(0);
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return;
    if (chunk.value === undefined) continue;
    buffer = concat(buffer, chunk.value);
    // A UTF-8 multi-byte sequence never contains 0x0A, so splitting bytes at "\n\n" is safe.
    for (let end = messageEnd(buffer); end >= 0; end = messageEnd(buffer)) {
      const data = dataOf(decoder.decode(buffer.slice(0, end - 1)));
      buffer = buffer.slice(end + 1);
      if (data !== undefined) deliver(JSON.parse(data));
    }
  }
}

/** The StudioTransport for the web host. */
export function createHttpTransport(options: HttpTransportOptions): StudioTransport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers = { [HTTP_TOKEN_HEADER]: options.token };
  return {
    async call(method: StudioMethod, payload: unknown): Promise<unknown> {
      const response = await options.fetch(`${base}${HTTP_API_PREFIX}${method}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload ?? {}),
      });
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        throw new Error(`HTTP ${response.status} with a body that is not JSON`);
      }
    },
    subscribe(listener: (event: unknown) => void): () => void {
      let reader: StreamReaderLike | undefined;
      let stopped = false;
      const run = async (): Promise<void> => {
        const response = await options.fetch(`${base}${HTTP_EVENTS_PATH}`, {
          method: 'GET',
          headers: { ...headers, Accept: 'text/event-stream' },
        });
        if (response.status !== 200 || response.body === null) {
          throw new Error(`event stream refused: HTTP ${response.status}`);
        }
        reader = response.body.getReader();
        if (stopped) return void (await reader.cancel());
        await pumpEvents(reader, (event) => {
          if (!stopped) listener(event);
        });
        if (!stopped) throw new Error('event stream ended');
      };
      run().catch((error: unknown) => {
        if (!stopped) options.onEventStreamError?.(error);
      });
      return () => {
        stopped = true;
        reader?.cancel().catch(() => undefined);
      };
    },
  };
}
