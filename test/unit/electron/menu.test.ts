import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../src/api/contract';

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe.each(['linux', 'win32', 'darwin'] as const)('menu on %s', (platform) => {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'Amendment Studio',
    isPackaged: true,
    send: (command) => sent.push(command),
  });
  const all = items(template);

  it('sends every menu command to the UI, each from one item', () => {
    sent.length = 0;
    for (const item of all) (item.click as (() => void) | undefined)?.();
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has the usual shortcuts, none used twice', () => {
    const accelerators = all.map((item) => item.accelerator).filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    const byCommand = new Map<string, string | undefined>();
    for (const item of all) {
      if (item.click === undefined) continue;
      sent.length = 0;
      (item.click as () => void)();
      byCommand.set(sent[0]!, item.accelerator);
    }
    expect(byCommand.get('open')).toBe('CmdOrCtrl+O');
    expect(byCommand.get('save')).toBe('CmdOrCtrl+S');
    expect(byCommand.get('save-as')).toBe('Shift+CmdOrCtrl+S');
    expect(byCommand.get('undo')).toBe('CmdOrCtrl+Z');
    expect(byCommand.get('find')).toBe('CmdOrCtrl+F');
    expect(byCommand.get('export')).toBe('CmdOrCtrl+E');
  });

  it('keeps clipboard items native and hides DevTools in packaged builds', () => {
    const roles = all.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles.includes('about')).toBe(platform === 'darwin');
  });
});

it('offers DevTools in development builds', () => {
  const template = buildMenuTemplate({ platform: 'linux', appName: 'A', isPackaged: false, send: () => undefined });
  expect(items(template).map((item) => item.role)).toContain('toggleDevTools');
});
