/**
 * Windows and sessions, locked down: every webContents refuses navigation, new windows and webviews;
 * the session denies every permission, adds the CSP to responses and blocks any request that is not
 * for the app itself. The main window loads app://main/index.html with the sandboxed preload.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequestUrl,
  mainWindowWebPreferences,
} from './security-policy';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

interface NavigationEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

/** Refuse navigation, redirects, new windows, webviews and Bluetooth device picks (checklist 11–14). */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  const refuse = (event: { preventDefault(): void }): void => event.preventDefault();
  const guard = (event: NavigationEvent): void => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  };
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', refuse);
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Deny all permissions, add the CSP header, refuse requests that leave the app (checklist 1, 5, 7). */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest' | 'on'
  >,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // WebHID / WebSerial / WebUSB go through device selection, not the permission handlers: refuse both.
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    // Keep a stricter policy a response already has (print documents); add ours to the rest.
    const hasPolicy = Object.keys(headers).some((name) => name.toLowerCase() === 'content-security-policy');
    callback({
      responseHeaders: hasPolicy ? headers : { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** Options of the main window for a saved `state`. */
export function mainWindowOptions(
  state: WindowState,
  preloadPath: string,
  isPackaged: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Amendment Studio',
    webPreferences: mainWindowWebPreferences(preloadPath, !isPackaged),
  };
}

/** Create the main window and load the app into it. */
export function createMainWindow(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  state: WindowState,
  preloadPath: string,
  isPackaged: boolean,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(state, preloadPath, isPackaged));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
