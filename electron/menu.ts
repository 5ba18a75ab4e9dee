/**
 * The native menu bar with the usual shortcuts. App commands (open, save, export, compare, undo,
 * find, …) are sent to the UI as `menu-command` events, so the menu and the UI's own buttons run
 * the same code; clipboard, zoom and window items use Electron's built-in roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/api/contract';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** DevTools only in development builds. */
  readonly isPackaged: boolean;
  readonly send: (command: MenuCommand) => void;
}

/** The menu template (pure, so it is tested without Electron). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.send(name),
  });
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Measure…', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      ...(mac ? [{ role: 'recentDocuments' as const, submenu: [{ role: 'clearRecentDocuments' as const }] }] : []),
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      command('Import Constitution Text…', 'import-edition', 'Shift+CmdOrCtrl+I'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      command('Export Filing Packet…', 'export-packet', 'Shift+CmdOrCtrl+E'),
      { type: 'separator' },
      command('Close', 'close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find', 'find', 'CmdOrCtrl+F'),
      command('Replace', 'replace', mac ? 'Alt+Cmd+F' : 'Ctrl+H'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Compare Revisions…', 'compare', 'CmdOrCtrl+K'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
    ],
  };
  return [...appMenu, file, edit, view, { role: 'windowMenu' }];
}
