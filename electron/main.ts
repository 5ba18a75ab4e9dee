/**
 * The Electron main process: composes the register*() pieces and nothing else. All logic lives in
 * the small modules beside this one (tested without Electron) and in src/node (shared with the web
 * host).
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import type { StudioEvent } from '../src/api/contract';
import { appPaths, resolveDataFolder } from '../src/node/app-paths';
import { loadDocxFont, loadPrintFonts } from '../src/node/printer/print-fonts';
import { createStudioService } from '../src/node/studio-service';
import { createAppProtocolHandler, PrintDocuments } from './app-protocol';
import { EventRelay } from './event-relay';
import { electronHostAdapter } from './host-adapter';
import { registerStudioIpc } from './ipc';
import { documentFromArgv } from './launch-args';
import { buildMenuTemplate } from './menu';
import { ElectronPrinter } from './pdf';
import {
  APP_SCHEME,
  PRIVILEGED_SCHEMES,
  printWindowWebPreferences,
  securityWarningsEnvironment,
} from './security-policy';
import { createMainWindow, hardenSession, hardenWebContents } from './window';
import { loadWindowState, persistWindowState } from './window-state-store';

/** Bundled layout: out/electron/{main,preload}.cjs beside out/renderer and out/electron/fonts. */
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const PRINT_FONTS_DIR = join(__dirname, 'fonts', 'tinos');

// Must happen before `ready`: app:// gets a real, secure origin.
protocol.registerSchemesAsPrivileged([...PRIVILEGED_SCHEMES]);
// Before any renderer starts: they inherit the environment.
Object.assign(process.env, securityWarningsEnvironment(app.isPackaged));

/** Files the OS asked to open before the service existed (macOS sends `open-file` early). */
const earlyEvents: StudioEvent[] = [];
let emit = (event: StudioEvent): void => void earlyEvents.push(event);

app.on('open-file', (event, path) => {
  event.preventDefault();
  emit({ type: 'open-file', path });
});
// Every webContents, whoever creates it, refuses navigation, popups and webviews.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const printDocuments = new PrintDocuments();
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR, printDocuments));

  const paths = appPaths(resolveDataFolder(process.env));
  let mainWindow: BrowserWindow | undefined;
  const printer = new ElectronPrinter(
    // The tool cannot see through the call: printWindowWebPreferences() (security-policy.ts) sets sandbox,
    // contextIsolation and disableBlinkFeatures 'Auxclick' (asserted in test/unit/electron/security-policy.test.ts).
    () => new BrowserWindow({ show: false, webPreferences: printWindowWebPreferences() }), // eng-disable AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK: settings spread from security-policy.ts
    printDocuments,
  );
  const service = await createStudioService({
    host: electronHostAdapter({ dialog, shell, app, window: () => mainWindow }),
    dataFolder: paths.dataFolder,
    examplesFolder: join(app.getAppPath(), 'resources', 'examples'),
    version: app.getVersion(),
    printer: () => printer,
    fonts: () => {
      const docx = loadDocxFont();
      return { print: loadPrintFonts(PRINT_FONTS_DIR), ...(docx === undefined ? {} : { docx }) };
    },
  });
  const relay = new EventRelay();
  service.subscribe((event) => relay.send(event));
  emit = (event) => service.emit(event);
  earlyEvents.splice(0).forEach(emit);
  registerStudioIpc(ipcMain, service);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.getName(),
        isPackaged: app.isPackaged,
        send: (command) => service.emit({ type: 'menu-command', command }),
      }),
    ),
  );

  const state = await loadWindowState(
    paths.windowState,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = createMainWindow(BrowserWindow, state, PRELOAD_PATH, app.isPackaged);
  mainWindow = window;
  persistWindowState(window, paths.windowState);
  const contents: WebContents = window.webContents;
  contents.on('did-start-loading', () => relay.unready());
  contents.on('dom-ready', () => relay.ready(contents));
  window.on('closed', () => {
    mainWindow = undefined;
    relay.unready();
  });

  const launched = documentFromArgv(process.argv, process.cwd());
  if (launched !== undefined) emit({ type: 'open-file', path: launched });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow !== undefined) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const path = documentFromArgv(argv, workingDirectory);
    if (path !== undefined) emit({ type: 'open-file', path });
  });
  app.on('before-quit', () => service.close());
}

// One instance per user: two writers of the same files and recovery store would race (Joplin #255).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Amendment Studio could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
