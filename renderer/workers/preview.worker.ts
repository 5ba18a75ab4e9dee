/**
 * The measure preview worker: builds the print HTML and the list of the draft's links (remark reads the uncodified parts, which a
 * hostile measure can make slow) and the edition-free checks off the UI thread. The client
 * (preview-client.ts) enforces the timeout.
 */
/// <reference lib="webworker" />
import { draftLinks } from '../model/draft-links';
import { parsedMeasure } from '../model/measure-text';
import { issuesOf, localChecks, previewHtml } from '../model/measure-preview';
import { MAX_PREVIEW_HTML_CHARS, type PreviewRequest, type PreviewResponse } from './preview-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<PreviewRequest>): void => {
  const { requestId, source } = event.data;
  const started = performance.now();
  let response: PreviewResponse;
  try {
    const html = previewHtml(source);
    const issues = event.data.localChecks ? issuesOf(source, localChecks(source)) : undefined;
    response = {
      type: 'preview',
      requestId,
      // Too long to lay out on the UI thread: only its length goes back (the client says why).
      ...(html.length > MAX_PREVIEW_HTML_CHARS ? {} : { html }),
      htmlChars: html.length,
      links: draftLinks(parsedMeasure(source)),
      ...(issues === undefined ? {} : { issues }),
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    response = {
      type: 'error',
      requestId,
      message: `The preview could not be built: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  self.postMessage(response);
};
