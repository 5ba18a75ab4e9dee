/**
 * IPC sender validation (checklist 17): only the top frame of our own app://main page may call the
 * API. Sub-frames (the print preview), other origins, and a frame that navigated away are refused.
 * URLs are parsed, never prefix-matched (`app://main.evil` must not pass).
 */
import { APP_MAIN_HOST, APP_SCHEME } from './security-policy';

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

/** True when `url` is a page of the app itself (`app://main/...`). */
export function isAppMainUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.hostname === APP_MAIN_HOST &&
      parsed.port === '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** True when the invoke came from the app's own top frame. */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppMainUrl(frame.url);
}
