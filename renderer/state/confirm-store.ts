/** One pending confirmation at a time ("Discard unsaved changes?"), answered by ConfirmDialog. */
import { createStore } from './store';

export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  /** Shown verbatim under the message (e.g. the full URL of a link about to open). */
  readonly detail?: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly danger: boolean;
  readonly resolve: (confirmed: boolean) => void;
}

export const confirmStore = createStore<{ readonly request?: ConfirmRequest }>({});

/** Ask the user; resolves true on confirm, false on cancel or Escape. */
export function askConfirm(options: {
  title: string;
  message: string;
  detail?: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}): Promise<boolean> {
  confirmStore.get().request?.resolve(false);
  return new Promise((resolve) => {
    confirmStore.set({
      request: {
        title: options.title,
        message: options.message,
        ...(options.detail === undefined ? {} : { detail: options.detail }),
        confirmLabel: options.confirmLabel,
        cancelLabel: options.cancelLabel ?? 'Cancel',
        danger: options.danger ?? false,
        resolve: (confirmed) => {
          confirmStore.set({ request: undefined });
          resolve(confirmed);
        },
      },
    });
  });
}
