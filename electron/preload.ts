/**
 * The sandboxed preload (bundled into one CommonJS file): exposes `window.studio` — the StudioApi
 * methods and `onEvent` — and nothing else. No raw ipcRenderer, no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL } from '../src/api/contract';
import { buildStudioBridge, EventFanOut } from './preload-bridge';

const events = new EventFanOut();
ipcRenderer.on(IPC_EVENT_CHANNEL, (_ipcEvent, payload: unknown) => events.push(payload));

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildStudioBridge((channel, payload) => ipcRenderer.invoke(channel, payload), events),
);
