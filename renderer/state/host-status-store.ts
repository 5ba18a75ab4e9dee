/** Whether the host's event stream is connected (the web host can be stopped under the page). */
import { createStore } from './store';

export const hostStatusStore = createStore<{ readonly connected: boolean; readonly problem?: string }>({
  connected: true,
});
