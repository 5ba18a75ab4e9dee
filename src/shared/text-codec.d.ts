/**
 * The core's type environment is plain ES2023 (no DOM, no Node). TextEncoder/TextDecoder exist in every
 * host the core runs in (Node, Chromium windows and workers), so their minimal shapes are declared here
 * rather than pulling in DOM or Node types.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
