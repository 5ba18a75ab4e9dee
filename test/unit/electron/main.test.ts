/**
 * The main process composition with a fake `electron` module: the real main.ts runs start() and we
 * check what it wired — scheme, protocol, session hardening, IPC, the window, menus and events.
 */
import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, ipcChannel, STUDIO_METHODS } from '../../../src/api/contract';

interface Recorded {
  order: string[];
  schemes: unknown;
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, payload: unknown) => Promise<unknown>>;
  sessionHandlers: Map<string, unknown>;
  menuTemplate: unknown;
  appListeners: Map<string, (...args: unknown[]) => void>;
  windows: FakeWindowShape[];
}
interface FakeWindowShape {
  options: Record<string, unknown>;
  loaded: string[];
  webContents: EventEmitter & { sent: unknown[][] };
}

const recorded = vi.hoisted((): Recorded => ({
  order: [],
  schemes: undefined,
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  sessionHandlers: new Map(),
  menuTemplate: undefined,
  appListeners: new Map(),
  windows: [],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    readonly webContents = Object.assign(new Emitter(), {
      sent: [] as unknown[][],
      send(...args: unknown[]) {
        this.sent.push(args);
      },
    });
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      recorded.windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    maximize(): void {}
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMaximized(): boolean {
      return false;
    }
  }
  return {
    app: {
      on: (event: string, listener: (...args: unknown[]) => void) => recorded.appListeners.set(event, listener),
      requestSingleInstanceLock: () => (recorded.order.push('lock'), true),
      whenReady: () => (recorded.order.push('ready'), Promise.resolve()),
      quit: () => undefined,
      getAppPath: () => process.cwd(),
      getVersion: () => '9.9.9',
      getName: () => 'Amendment Studio',
      isPackaged: false,
      addRecentDocument: () => undefined,
      getPath: () => tmpdir(),
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        recorded.order.push('schemes');
        recorded.schemes = schemes;
      },
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        recorded.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => recorded.sessionHandlers.set('request', handler),
        setPermissionCheckHandler: (handler: unknown) => recorded.sessionHandlers.set('check', handler),
        setDevicePermissionHandler: (handler: unknown) => recorded.sessionHandlers.set('device', handler),
        on: (event: string, handler: unknown) => recorded.sessionHandlers.set(event, handler),
        webRequest: {
          onBeforeRequest: (handler: unknown) => recorded.sessionHandlers.set('before', handler),
          onHeadersReceived: (handler: unknown) => recorded.sessionHandlers.set('headers', handler),
        },
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
        recorded.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (recorded.menuTemplate = menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    shell: { showItemInFolder: vi.fn() },
  };
});

const APP_FRAME = { senderFrame: { url: 'app://main/index.html', parent: null } };

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 400 && !condition(); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('timed out');
}

describe('electron/main.ts', () => {
  let window: FakeWindowShape;

  beforeAll(async () => {
    process.env['AMEND_HOME'] = mkdtempSync(join(tmpdir(), 'amend-electron-main-'));
    await import('../../../electron/main');
    await until(() => recorded.windows.length > 0);
    window = recorded.windows[0]!;
  });

  it('registers app:// as privileged before ready, and takes the single-instance lock', () => {
    expect(recorded.order.slice(0, 3)).toEqual(['schemes', 'lock', 'ready']);
    expect(JSON.stringify(recorded.schemes)).toContain('"scheme":"app"');
  });

  it('serves the renderer through the app:// protocol and hardens the session', () => {
    expect([...recorded.protocolHandlers.keys()]).toEqual(['app']);
    expect([...recorded.sessionHandlers.keys()].sort()).toEqual([
      'before',
      'check',
      'device',
      'headers',
      'request',
      'select-hid-device',
      'select-serial-port',
      'select-usb-device',
    ]);
    expect(recorded.appListeners.has('web-contents-created')).toBe(true);
    // Not packaged: Electron's own security warnings are forced on for the renderers it starts.
    expect(process.env['ELECTRON_ENABLE_SECURITY_WARNINGS']).toBe('true');
  });

  it('opens one locked-down window on app://main with the bundled preload', () => {
    expect(recorded.windows).toHaveLength(1);
    expect(window.loaded).toEqual(['app://main/index.html']);
    expect(window.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload\.cjs$/) as unknown,
    });
  });

  it('answers every API channel, from the app frame only', async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(STUDIO_METHODS.map(ipcChannel).sort());
    const info = await recorded.ipcHandlers.get('studio:getAppInfo')!(APP_FRAME, {});
    expect(info).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '9.9.9', dataFolder: process.env['AMEND_HOME'] },
    });
    const refused = await recorded.ipcHandlers.get('studio:getAppInfo')!(
      { senderFrame: { url: 'https://x/', parent: null } },
      {},
    );
    expect(refused).toMatchObject({ ok: false });
  });

  it('sends menu commands and OS "open file" requests to the page once it is ready', async () => {
    const template = recorded.menuTemplate as { submenu?: { label?: string; click?: () => void }[] }[];
    const save = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === 'Save');
    save?.click?.();
    expect(window.webContents.sent).toEqual([]);
    window.webContents.emit('dom-ready');
    recorded.appListeners.get('second-instance')?.({}, ['app', 'other.measure.md'], '/home/ana');
    await until(() => window.webContents.sent.length >= 2);
    expect(window.webContents.sent).toEqual([
      [IPC_EVENT_CHANNEL, { type: 'menu-command', command: 'save' }],
      [IPC_EVENT_CHANNEL, { type: 'open-file', path: '/home/ana/other.measure.md' }],
    ]);
  });
});
