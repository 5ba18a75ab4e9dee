/**
 * Watches a page for what must never happen: console errors, uncaught exceptions, Monaco's
 * "Could not create web worker" fallback, and any request to a host other than 127.0.0.1.
 */
import type { Page } from '@playwright/test';

export interface PageGuards {
  readonly consoleErrors: string[];
  readonly workerWarnings: string[];
  readonly offHostRequests: string[];
}

/** URL schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export function guardPage(page: Page): PageGuards {
  const guards: PageGuards = { consoleErrors: [], workerWarnings: [], offHostRequests: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (/could not create web worker/i.test(text)) guards.workerWarnings.push(text);
    if (message.type() === 'error') guards.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => guards.consoleErrors.push(`Uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') guards.offHostRequests.push(request.url());
  });
  return guards;
}
