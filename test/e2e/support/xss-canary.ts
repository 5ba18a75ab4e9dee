/**
 * The execution canary of the XSS e2e test: everything a payload that ran could do, recorded.
 * - `window.__xss(id)` (the call every payload makes) and `alert`/`confirm`/`prompt`/`print`,
 *   defined in every frame before any page script (`addInitScript`), report through a binding;
 * - dialogs that still open, popups and new pages, main-frame navigations away from the app;
 * - requests to any origin other than the app host (aborted, so nothing leaves the machine);
 * - `securitypolicyviolation` events, kept apart: a CSP block is the defence working, not a run.
 */
import type { Page } from '@playwright/test';

export interface XssCanary {
  /** Canary calls and overridden dialogs: `canary:x001`, `alert:x150`. */
  readonly executions: string[];
  readonly dialogs: string[];
  readonly popups: string[];
  readonly navigations: string[];
  readonly foreignRequests: string[];
  /** `violated-directive blocked-uri` per CSP violation. */
  readonly cspBlocks: string[];
}

/** URL schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Whether `url` leaves the app (`appOrigin`; null: any http(s) URL leaves). */
function isForeign(url: URL, appOrigin: string | null): boolean {
  if (LOCAL_SCHEMES.has(url.protocol)) return false;
  return appOrigin === null || url.origin !== appOrigin;
}

/** Records what executes in `page`; call before the page loads anything. `appOrigin`: where it may go. */
export async function installXssCanary(page: Page, appOrigin: string | null): Promise<XssCanary> {
  const canary: XssCanary = {
    executions: [],
    dialogs: [],
    popups: [],
    navigations: [],
    foreignRequests: [],
    cspBlocks: [],
  };
  await page.exposeBinding('__xssReport', (_source, kind: string, detail: string) => {
    if (kind === 'csp') canary.cspBlocks.push(detail);
    else canary.executions.push(`${kind}:${detail}`);
  });
  await page.addInitScript(() => {
    type Report = (kind: string, detail: string) => Promise<void>;
    const scope = window as unknown as Record<string, unknown> & { __xssReport?: Report };
    const report = (kind: string, detail: unknown): void => {
      void scope.__xssReport?.(kind, String(detail));
    };
    scope['__xss'] = (id: unknown): void => report('canary', id);
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      scope[name] = (message: unknown): null => {
        report(name, message);
        return null;
      };
    }
    document.addEventListener(
      'securitypolicyviolation',
      (event) => report('csp', `${event.violatedDirective} ${event.blockedURI}`),
      true,
    );
  });
  page.on('dialog', (dialog) => {
    // The app's own "leave with unsaved changes?" is not a payload.
    if (dialog.type() !== 'beforeunload') canary.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => canary.popups.push(popup.url()));
  page.context().on('page', (opened) => {
    if (opened !== page && opened.opener() !== null) canary.popups.push(opened.url());
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = new URL(frame.url());
    if (isForeign(url, appOrigin) && url.href !== 'about:blank') canary.navigations.push(frame.url());
  });
  page.on('request', (request) => {
    if (isForeign(new URL(request.url()), appOrigin)) canary.foreignRequests.push(request.url());
  });
  await page.route(
    (url) => isForeign(url, appOrigin),
    (route) => route.abort('blockedbyclient'),
  );
  return canary;
}

/** Everything that counts as an execution or an escape (CSP blocks are reported apart). */
export function escapes(canary: XssCanary): string[] {
  return [
    ...canary.executions,
    ...canary.dialogs.map((dialog) => `dialog ${dialog}`),
    ...canary.popups.map((url) => `popup ${url}`),
    ...canary.navigations.map((url) => `navigation ${url}`),
    ...canary.foreignRequests.map((url) => `request ${url}`),
  ];
}
