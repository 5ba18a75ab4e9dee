/** The editor's cursor line, so the outline can show where you are. */
import { createStore } from './store';

export const cursorStore = createStore<{ readonly line: number }>({ line: 1 });
