import { describe, expect, it, vi } from 'vitest';
import { electronHostAdapter } from '../../../electron/host-adapter';
import { OPEN_DIALOGS, SAVE_DIALOGS } from '../../../electron/dialog-options';

function deps(open: unknown, save: unknown) {
  return {
    dialog: { showOpenDialog: vi.fn(() => Promise.resolve(open)), showSaveDialog: vi.fn(() => Promise.resolve(save)) },
    shell: { showItemInFolder: vi.fn() },
    app: { addRecentDocument: vi.fn(), getPath: vi.fn(() => '/home/ana/Documents') },
    window: () => undefined,
  };
}

describe('electronHostAdapter', () => {
  it('maps the native open dialog to picked / cancelled', async () => {
    const picked = deps({ canceled: false, filePaths: ['/home/ana/m.measure.md'] }, undefined);
    expect(await electronHostAdapter(picked as never).openFileDialog('measure')).toEqual({
      kind: 'picked',
      path: '/home/ana/m.measure.md',
    });
    const cancelled = deps({ canceled: true, filePaths: [] }, undefined);
    expect(await electronHostAdapter(cancelled as never).openFileDialog('edition')).toEqual({ kind: 'cancelled' });
  });

  it('asks before overwriting, suggests the name in Documents, and maps cancel', async () => {
    const saving = deps(undefined, { canceled: false, filePath: '/home/ana/Documents/a.pdf' });
    expect(await electronHostAdapter(saving as never).saveFileDialog('pdf', 'a.pdf')).toEqual({
      kind: 'picked',
      path: '/home/ana/Documents/a.pdf',
    });
    expect(saving.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/ana/Documents/a.pdf',
        properties: expect.arrayContaining(['showOverwriteConfirmation']) as unknown,
      }),
    );
    const cancelled = deps(undefined, { canceled: true, filePath: '' });
    expect(await electronHostAdapter(cancelled as never).saveFileDialog('measure', 'm.measure.md')).toEqual({
      kind: 'cancelled',
    });
  });

  it('reveals files and records recent documents with the OS', () => {
    const d = deps(undefined, undefined);
    const adapter = electronHostAdapter(d as never);
    expect(adapter.showItemInFolder('/a/b.pdf')).toBe(true);
    adapter.addRecentDocument('/a/m.measure.md');
    expect(d.shell.showItemInFolder).toHaveBeenCalledWith('/a/b.pdf');
    expect(d.app.addRecentDocument).toHaveBeenCalledWith('/a/m.measure.md');
  });

  it('has a dialog for every purpose, each with a filter', () => {
    for (const spec of [...Object.values(OPEN_DIALOGS), ...Object.values(SAVE_DIALOGS)]) {
      expect(spec.title).not.toBe('');
      expect(spec.filters.length).toBeGreaterThan(0);
    }
    expect(SAVE_DIALOGS.packet.filters[0]!.extensions).toEqual(['pdf']);
  });
});
