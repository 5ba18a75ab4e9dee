/** One pending confirmation at a time ("Discard unsaved changes?"), answered by ConfirmDialog. */
import { createStore } from './store';

export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
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
