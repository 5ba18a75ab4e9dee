/**
 * Messages between the UI thread and the measure preview worker (preview.worker.ts): the measure's
 * print HTML and, when no base edition is open, its checks. Plain data (structured clone).
 */
import type { DraftLink } from '../model/draft-links';
import type { MeasureIssue } from '../model/measure-preview';

/**
 * Largest print HTML the preview shows. The sandboxed frame lays out on the UI thread; a measure
 * restating the whole constitution twice makes about 1 MB of HTML (fonts included), and laying out
 * far more than that blocks the window for seconds. The PDF export still prints everything.
 */
export const MAX_PREVIEW_HTML_CHARS = 1_500_000;

export interface PreviewRequest {
  readonly requestId: number;
  readonly source: string;
  /** Also run the checks that need no edition (the diff worker checks against the base otherwise). */
  readonly localChecks: boolean;
}

export type PreviewResponse =
  | {
      readonly type: 'preview';
      readonly requestId: number;
      /** The print HTML, or undefined when it is longer than MAX_PREVIEW_HTML_CHARS. */
      readonly html?: string;
      readonly htmlChars: number;
      readonly links: readonly DraftLink[];
      readonly issues?: readonly MeasureIssue[];
      readonly elapsedMs: number;
    }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };
