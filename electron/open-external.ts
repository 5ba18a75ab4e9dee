/**
 * The one place the app hands a URL to the OS (`shell.openExternal`; checklist item 15). The service
 * has checked the link already; this module checks it again (nothing reaches the OS on someone else's
 * word), shows the full URL in a native dialog and opens it only when the user says yes. The ESLint
 * rule in eslint.config.js forbids `openExternal` anywhere else.
 */
import type { BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { linkConfirmation, parseExternalLink, type ExternalLink } from '../src/shared/external-link';

export interface OpenExternalDeps {
  readonly dialog: Pick<Dialog, 'showMessageBox'>;
  readonly shell: Pick<Shell, 'openExternal'>;
  readonly window: () => BrowserWindow | undefined;
}

/** Button order of the dialog: Cancel is the default and what Escape answers. */
const OPEN_BUTTON = 0;
const CANCEL_BUTTON = 1;

/** The native confirmation for `link` (exported for tests). */
export function confirmationOptions(link: ExternalLink): MessageBoxOptions {
  const text = linkConfirmation(link);
  return {
    type: 'question',
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: [text.confirmLabel, 'Cancel'],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    // Windows would otherwise turn the buttons into big "command links" and hide the detail text.
    noLink: true,
  };
}

/** Ask, then open. `cancelled` when the user declines or the link fails the policy here. */
export async function confirmAndOpenExternal(
  deps: OpenExternalDeps,
  link: ExternalLink,
): Promise<'opened' | 'cancelled'> {
  const checked = parseExternalLink(link.href);
  // Open exactly what the user will be shown: a link object whose fields disagree with its href is refused.
  if (!checked.ok || checked.value.href !== link.href) return 'cancelled';
  const options = confirmationOptions(checked.value);
  const window = deps.window();
  const answer =
    window === undefined
      ? await deps.dialog.showMessageBox(options)
      : await deps.dialog.showMessageBox(window, options);
  if (answer.response !== OPEN_BUTTON) return 'cancelled';
  await deps.shell.openExternal(checked.value.href, { activate: true }); // eng-disable OPEN_EXTERNAL_JS_CHECK: the vetted path, https:/mailto: only after a confirmation showing the full URL
  return 'opened';
}
