/**
 * One `ipcMain.handle` per StudioApi method on `studio:<method>`. Each handler checks the sender
 * frame, validates the payload (dispatchStudioCall) and always resolves to a `Result` — it never
 * throws across IPC, where Electron would keep only the message.
 */
import { ipcChannel, STUDIO_METHODS, type StudioApi } from '../src/api/contract';
import { dispatchStudioCall } from '../src/api/dispatch';
import { err, type Result } from '../src/shared/result';
import { studioError, type StudioError } from '../src/shared/studio-error';
import { isTrustedSender, type InvokeEventLike } from './sender-check';

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

const UNTRUSTED: Result<never, StudioError> = err(
  studioError('invalid-request', 'Refused: the request did not come from the Amendment Studio window.'),
);

/** Register every handler; returns a function that removes them. */
export function registerStudioIpc(
  ipcMain: IpcMainLike,
  service: StudioApi,
  trusted: (event: InvokeEventLike) => boolean = isTrustedSender,
): () => void {
  for (const method of STUDIO_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, payload) => {
      let allowed: boolean;
      try {
        allowed = trusted(event);
      } catch {
        allowed = false;
      }
      if (!allowed) return UNTRUSTED;
      return dispatchStudioCall(service, method, payload);
    });
  }
  return () => STUDIO_METHODS.forEach((method) => ipcMain.removeHandler(ipcChannel(method)));
}
