import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StudioEvent } from '../../../src/api/contract';
import type { HostAdapter } from '../../../src/node/host-adapter';
import { WEB_HOST_ADAPTER } from '../../../src/node/host-adapter';
import { createStudioService } from '../../../src/node/studio-service';
import { EXAMPLES_FOLDER } from '../api/contract-suite';

function start(dataFolder: string, host: HostAdapter = WEB_HOST_ADAPTER) {
  return createStudioService({
    host,
    dataFolder,
    examplesFolder: EXAMPLES_FOLDER,
    version: 't',
    printer: () => {
      throw new Error('no printing in this test');
    },
  });
}

function collect(service: { subscribe(listener: (event: StudioEvent) => void): () => void }): StudioEvent[] {
  const events: StudioEvent[] = [];
  service.subscribe((event) => events.push(event));
  return events;
}

const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createStudioService', () => {
  it('offers work autosaved before a crash to each new window, until discarded', async () => {
    const data = mkdtempSync(join(tmpdir(), 'amend-service-'));
    const before = await start(data);
    await before.saveRecovery({ key: 'untitled:1', content: 'typed before the crash' });
    before.close(); // the process "dies" here: nothing else is flushed

    const after = await start(data);
    const events = collect(after);
    await settle(50);
    expect(events).toEqual([
      { type: 'recovery-available', items: [expect.objectContaining({ key: 'untitled:1' }) as unknown] },
    ]);
    const read = await after.readRecovery({ key: 'untitled:1' });
    expect(read.ok && read.value.content).toBe('typed before the crash');
    await after.discardRecovery({ key: 'untitled:1' });
    const later = collect(after);
    await settle(50);
    expect(later).toEqual([]);
    after.close();
  });

  it('cleans temp files left by killed saves when it starts (data folder and recent files’ folders)', async () => {
    const data = mkdtempSync(join(tmpdir(), 'amend-service-'));
    mkdirSync(join(data, 'recovery'));
    const deadPid = 2 ** 22 + 777;
    writeFileSync(join(data, 'recovery', `.abc.json.${deadPid}.0123456789ab.amend-tmp`), 'half');
    writeFileSync(join(data, `.recent-files.json.${deadPid}.0123456789ab.amend-tmp`), 'half');
    const work = mkdtempSync(join(tmpdir(), 'amend-service-work-'));
    writeFileSync(join(work, 'draft.measure.md'), 'x');
    writeFileSync(
      join(data, 'recent-files.json'),
      JSON.stringify({
        version: 1,
        files: [{ path: join(work, 'draft.measure.md'), fileName: 'draft.measure.md', usedAt: '2026-11-25T00:00:00Z' }],
      }),
    );
    writeFileSync(join(work, `.draft.measure.md.${deadPid}.0123456789ab.amend-tmp`), 'half');
    const service = await start(data);
    expect(service.cleanedTempFiles).toBe(3);
    service.close();
  });

  it('cleans temp files left by killed saves when a document in that folder is opened', async () => {
    const service = await start(mkdtempSync(join(tmpdir(), 'amend-service-')));
    const work = mkdtempSync(join(tmpdir(), 'amend-service-work-'));
    const path = join(work, 'draft.measure.md');
    writeFileSync(path, 'x');
    const deadPid = 2 ** 22 + 778;
    const orphan = join(work, `.draft.measure.md.${deadPid}.0123456789ab.amend-tmp`);
    writeFileSync(orphan, 'half');
    expect((await service.openMeasure({ path })).ok).toBe(true);
    expect(existsSync(orphan)).toBe(false);
    expect(readdirSync(work)).toEqual(['draft.measure.md']);
    service.close();
  });

  it('does not report its own saves as external changes, but reports others’', async () => {
    const service = await start(mkdtempSync(join(tmpdir(), 'amend-service-')));
    const work = mkdtempSync(join(tmpdir(), 'amend-service-work-'));
    const path = join(work, 'm.measure.md');
    writeFileSync(path, 'v1');
    const opened = await service.openMeasure({ path });
    if (!opened.ok) throw new Error(opened.error.message);
    const events = collect(service);
    await service.watchFile({ path, sha256: opened.value.sha256 });
    const saved = await service.saveMeasure({ path, source: 'v2', expectedSha256: opened.value.sha256 });
    expect(saved.ok).toBe(true);
    await settle();
    expect(events.filter((event) => event.type === 'file-changed')).toEqual([]);
    writeFileSync(path, 'v3 from another editor');
    await settle();
    expect(events.filter((event) => event.type === 'file-changed')).toHaveLength(1);
    service.close();
  });

  it('uses the host adapter for dialogs, reveal and the OS recent list', async () => {
    const addRecentDocument = vi.fn();
    const showItemInFolder = vi.fn(() => true);
    const host: HostAdapter = {
      kind: 'electron',
      openFileDialog: vi.fn(() => Promise.resolve({ kind: 'picked' as const, path: '/x/a.measure.md' })),
      saveFileDialog: vi.fn(() => Promise.resolve({ kind: 'cancelled' as const })),
      showItemInFolder,
      addRecentDocument,
    };
    const service = await start(mkdtempSync(join(tmpdir(), 'amend-service-')), host);
    expect(await service.openFileDialog({ purpose: 'measure' })).toEqual({
      ok: true,
      value: { kind: 'picked', path: '/x/a.measure.md' },
    });
    expect(await service.saveFileDialog({ purpose: 'pdf', suggestedName: 'a.pdf' })).toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
    expect(await service.showInFolder({ path: '/x/a.pdf' })).toEqual({
      ok: true,
      value: { folder: '/x', revealed: true },
    });
    // Only documents and exports are revealed: a compromised UI cannot probe ~/.ssh.
    const reveal = await service.showInFolder({ path: '/root/.ssh/id_rsa' });
    expect(reveal.ok).toBe(false);
    expect(showItemInFolder).toHaveBeenCalledTimes(1);
    const work = mkdtempSync(join(tmpdir(), 'amend-service-work-'));
    await service.saveMeasureAs({ path: join(work, 'n.measure.md'), source: 'x', overwrite: false });
    expect(addRecentDocument).toHaveBeenCalledWith(join(work, 'n.measure.md'));
    expect((await service.getAppInfo({})).ok && host.kind).toBe('electron');
    service.close();
  });

  it('refuses to read through a link named like a document to another kind of file', async () => {
    const service = await start(mkdtempSync(join(tmpdir(), 'amend-service-')));
    const work = mkdtempSync(join(tmpdir(), 'amend-service-links-'));
    writeFileSync(join(work, 'id_rsa'), 'PRIVATE KEY');
    writeFileSync(join(work, 'real.measure.md'), 'a measure');
    symlinkSync(join(work, 'id_rsa'), join(work, 'notes.md'));
    symlinkSync(join(work, 'real.measure.md'), join(work, 'alias.md'));
    const hostile = await service.openMeasure({ path: join(work, 'notes.md') });
    expect(hostile.ok).toBe(false);
    expect(!hostile.ok && hostile.error.message).toContain('which is not a Markdown or text document');
    expect(JSON.stringify(hostile)).not.toContain('PRIVATE KEY');
    const imported = await service.importEdition({ path: join(work, 'notes.md') });
    expect(imported.ok).toBe(false);
    // A link to a document is fine.
    const alias = await service.openMeasure({ path: join(work, 'alias.md') });
    expect(alias.ok && alias.value.source).toBe('a measure');
    service.close();
  });
});
