import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { hardenSession, hardenWebContents, mainWindowOptions } from '../../../electron/window';
import { DEFAULT_WINDOW_STATE } from '../../../electron/window-state';

function fakeContents(): EventEmitter & { windowOpen?: (details: { url: string }) => unknown } {
  const contents = new EventEmitter() as EventEmitter & { windowOpen?: (details: { url: string }) => unknown };
  Object.assign(contents, {
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (contents.windowOpen = handler),
  });
  return contents;
}

function navigation(
  url: string,
  isMainFrame: boolean,
): { url: string; isMainFrame: boolean; preventDefault: () => void } {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  it('refuses every main-frame navigation, redirect and webview, and denies new windows', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never);
    for (const [event, url] of [
      ['will-navigate', 'https://evil.example/'],
      ['will-navigate', 'app://main/other.html'],
      ['will-frame-navigate', 'file:///etc/passwd'],
      ['will-redirect', 'https://evil.example/'],
      ['will-attach-webview', 'https://evil.example/'],
    ] as const) {
      const details = navigation(url, true);
      contents.emit(event, details);
      expect(details.preventDefault, `${event} ${url}`).toHaveBeenCalled();
    }
    expect(contents.windowOpen?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'app://main/index.html' })).toEqual({ action: 'deny' });
  });

  it('cancels a Web Bluetooth device pick instead of choosing a device', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never);
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'b1', deviceName: 'Headset' }], callback);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });

  it('lets a sub-frame show the srcdoc print preview but nothing remote', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never);
    const preview = navigation('about:srcdoc', false);
    contents.emit('will-frame-navigate', preview);
    expect(preview.preventDefault).not.toHaveBeenCalled();
    const remote = navigation('https://evil.example/', false);
    contents.emit('will-frame-navigate', remote);
    expect(remote.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, unknown> = {};
    return {
      handlers,
      setPermissionRequestHandler: (handler: unknown) => (handlers['request'] = handler),
      setPermissionCheckHandler: (handler: unknown) => (handlers['check'] = handler),
      setDevicePermissionHandler: (handler: unknown) => (handlers['device'] = handler),
      on: (event: string, handler: unknown) => (handlers[event] = handler),
      webRequest: {
        onBeforeRequest: (handler: unknown) => (handlers['before'] = handler),
        onHeadersReceived: (handler: unknown) => (handlers['headers'] = handler),
      },
    };
  }

  it('denies every permission request and check', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const request = session.handlers['request'] as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
    const check = session.handlers['check'] as (c: unknown, p: string) => boolean;
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
      'openExternal',
      'fullscreen',
      'midiSysex',
    ];
    for (const permission of permissions) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission)).toBe(false);
    }
  });

  it('denies WebHID / WebSerial / WebUSB devices and cancels every device pick', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const device = session.handlers['device'] as (details: { deviceType: string }) => boolean;
    for (const deviceType of ['hid', 'serial', 'usb']) expect(device({ deviceType })).toBe(false);
    const picks: readonly (readonly [string, unknown[], unknown])[] = [
      ['select-hid-device', [{ deviceList: [{ deviceId: 'h1' }] }], null],
      ['select-serial-port', [[{ portId: 's1' }], {}], ''],
      ['select-usb-device', [{ deviceList: [{ deviceId: 'u1' }] }], undefined],
    ];
    for (const [event, details, cancelled] of picks) {
      const handler = session.handlers[event] as (...args: unknown[]) => void;
      const preventDefault = vi.fn();
      const callback = vi.fn();
      handler({ preventDefault }, ...details, callback);
      expect(preventDefault, event).toHaveBeenCalled();
      expect(callback, event).toHaveBeenCalledWith(...(cancelled === undefined ? [] : [cancelled]));
    }
  });

  it('cancels requests that leave the app and adds the CSP to responses without one', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const before = session.handlers['before'] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string): boolean => {
      let result = false;
      before({ url }, (response) => (result = response.cancel));
      return result;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('app://main/index.html')).toBe(false);

    const headers = session.handlers['headers'] as (
      d: { responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let answer: Record<string, string[]> = {};
    headers({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (answer = response.responseHeaders));
    expect(answer['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    headers(
      { responseHeaders: { 'content-security-policy': ["default-src 'none'"] } },
      (response) => (answer = response.responseHeaders),
    );
    expect(answer).toEqual({ 'content-security-policy': ["default-src 'none'"] });
  });
});

describe('mainWindowOptions', () => {
  it('uses the saved size and the locked-down preferences, hidden until ready', () => {
    const options = mainWindowOptions({ ...DEFAULT_WINDOW_STATE, x: 10, y: 20 }, '/p/preload.cjs', true);
    expect(options).toMatchObject({ width: 1280, height: 800, x: 10, y: 20, show: false });
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/p/preload.cjs',
      devTools: false,
    });
  });
});
