/** Which view is shown, which dialog is open, and the one transient toast. */
import { createStore } from './store';

export type ViewName = 'library' | 'edit' | 'measure' | 'compare';
export type DialogName = 'export' | 'new-measure' | 'shortcuts';

export interface Toast {
  readonly id: number;
  readonly tone: 'info' | 'ok' | 'danger';
  readonly text: string;
}

export interface UiState {
  readonly view: ViewName;
  readonly dialog?: DialogName;
  readonly toast?: Toast;
}

export const uiStore = createStore<UiState>({ view: 'library' });

let toastId = 0;
/** Show a short message in the status area (replaces the previous one). */
export function showToast(text: string, tone: Toast['tone'] = 'info'): void {
  toastId += 1;
  uiStore.set({ toast: { id: toastId, tone, text } });
}

/** Switch view. */
export function showView(view: ViewName): void {
  uiStore.set({ view });
}
