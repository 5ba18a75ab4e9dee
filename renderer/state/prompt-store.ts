/** One pending text prompt (e.g. a path on the web host, which has no native save dialog). */
import { createStore } from './store';

export interface PromptRequest {
  readonly title: string;
  readonly label: string;
  readonly hint?: string;
  readonly initial: string;
  readonly confirmLabel: string;
  readonly resolve: (value: string | undefined) => void;
}

export const promptStore = createStore<{ readonly request?: PromptRequest }>({});

/** Ask for one line of text; resolves undefined on cancel. */
export function askText(options: Omit<PromptRequest, 'resolve'>): Promise<string | undefined> {
  promptStore.get().request?.resolve(undefined);
  return new Promise((resolve) => {
    promptStore.set({
      request: {
        ...options,
        resolve: (value) => {
          promptStore.set({ request: undefined });
          resolve(value);
        },
      },
    });
  });
}
