/**
 * The renderer's side of the typed API: `createStudioClient(transport)` turns any transport (the
 * Electron bridge, HTTP to the web host, or an in-process service in tests) into a `StudioApi` plus
 * `onEvent`. Pure: no DOM, no Node; the renderer supplies the transport.
 */
import { err, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { STUDIO_METHODS, type StudioApi, type StudioEventListener, type StudioMethod } from './contract';
import { isResult } from './result-shape';
import { parseStudioEvent } from './validate-request';

/** The minimal AbortSignal shape the client needs (the DOM and Node signals both fit). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

/** How calls and events travel. `subscribe` returns its unsubscribe function. */
export interface StudioTransport {
  call(method: StudioMethod, payload: unknown): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
}

export interface OnEventOptions {
  /** Unsubscribes when aborted. */
  readonly signal?: AbortSignalLike;
}

/** The API as the UI sees it: every method, plus the one event subscription. */
export interface StudioClient extends StudioApi {
  /** Receive host events (only well-formed ones). Returns the unsubscribe function too. */
  onEvent(listener: StudioEventListener, options?: OnEventOptions): () => void;
}

function unreachable(method: StudioMethod, error: unknown): Result<never, StudioError> {
  const detail = error instanceof Error ? error.message : String(error);
  return err(
    studioError('io-error', `Could not reach the Amendment Studio host (${method}): ${detail}`, {
      hint: 'If you use the browser version, check that `amend serve` is still running, then reload the page.',
    }),
  );
}

/** Build the client over `transport`. Calls never reject: transport failures become `io-error`. */
export function createStudioClient(transport: StudioTransport): StudioClient {
  const methods: Partial<Record<StudioMethod, (request: unknown) => Promise<Result<unknown, StudioError>>>> = {};
  for (const method of STUDIO_METHODS) {
    methods[method] = async (request: unknown) => {
      try {
        const answer = await transport.call(method, request);
        if (isResult(answer)) return answer;
        return err(studioError('internal', `The host answered ${method} with something that is not a Result.`));
      } catch (error) {
        return unreachable(method, error);
      }
    };
  }
  const onEvent = (listener: StudioEventListener, options: OnEventOptions = {}): (() => void) => {
    if (options.signal?.aborted === true) return () => undefined;
    const unsubscribe = transport.subscribe((raw) => {
      const event = parseStudioEvent(raw);
      if (event !== undefined) listener(event);
    });
    options.signal?.addEventListener('abort', unsubscribe, { once: true });
    return unsubscribe;
  };
  // Every method was filled in by the loop over STUDIO_METHODS, which the contract proves complete.
  return { ...(methods as unknown as StudioApi), onEvent };
}
