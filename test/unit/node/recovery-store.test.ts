import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecoveryStore, recoveryFileName } from '../../../src/node/recovery-store';

let folder: string;
let clock: number;
const store = (): RecoveryStore => new RecoveryStore(folder, () => new Date(clock));
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'amend-recovery-')), 'recovery');
  clock = Date.UTC(2026, 10, 25, 12, 0, 0);
});

describe('RecoveryStore', () => {
  it('pins the key → file name mapping (changing it would orphan people’s unsaved work)', () => {
    expect(recoveryFileName('untitled:1')).toBe('75f493f7c0d701477305a94765bd447b.json');
    expect(recoveryFileName('/home/ana/calexit.measure.md')).toBe('8cb7127cdc689f6e7b23b632d1985fc4.json');
  });

  it('saves, lists (most recent first), reads and discards', async () => {
    const saved = await store().save({ key: 'untitled:1', content: 'first draft' });
    clock += 1000;
    await store().save({
      key: '/x/a.measure.md',
      path: '/x/a.measure.md',
      content: 'é\r\n',
      baseSha256: 'b'.repeat(64),
    });
    expect(saved).toEqual({
      ok: true,
      value: {
        key: 'untitled:1',
        path: null,
        fileName: 'Untitled.measure.md',
        savedAt: '2026-11-25T12:00:00.000Z',
        bytes: 11,
        baseSha256: null,
      },
    });
    const items = await store().list();
    expect(items.map((item) => [item.key, item.fileName, item.bytes])).toEqual([
      ['/x/a.measure.md', 'a.measure.md', 4],
      ['untitled:1', 'Untitled.measure.md', 11],
    ]);
    const read = await store().read('/x/a.measure.md');
    expect(read.ok && read.value.content).toBe('é\r\n');
    expect(await store().discard('untitled:1')).toEqual({ ok: true, value: true });
    expect(await store().discard('untitled:1')).toEqual({ ok: true, value: false });
    expect((await store().list()).map((item) => item.key)).toEqual(['/x/a.measure.md']);
  });

  it('replaces the previous autosave of a key', async () => {
    await store().save({ key: 'k', content: 'one' });
    await store().save({ key: 'k', content: 'two' });
    const read = await store().read('k');
    expect(read.ok && read.value.content).toBe('two');
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('says not-found for an unknown key', async () => {
    const read = await store().read('nope');
    expect(!read.ok && read.error.code).toBe('not-found');
  });

  it('skips damaged entries instead of restoring them wrong, and does not crash', async () => {
    await store().save({ key: 'good', content: 'intact' });
    await store().save({ key: 'tampered', content: 'original' });
    const tampered = join(folder, recoveryFileName('tampered'));
    writeFileSync(tampered, readFileSync(tampered, 'utf8').replace('original', 'altered!'));
    const damaged: Record<string, string> = {
      empty: '',
      truncated: '{"format":"amend-recovery","version":1,"key":"x","con',
      'not json': '\u0000\u0001binary',
      'wrong format': JSON.stringify({ format: 'other', version: 1 }),
    };
    for (const [name, text] of Object.entries(damaged)) writeFileSync(join(folder, recoveryFileName(name)), text);
    expect((await store().list()).map((item) => item.key)).toEqual(['good']);
    expect((await store().read('tampered')).ok).toBe(false);
  });

  it('refuses content with a lone surrogate rather than saving U+FFFD', async () => {
    const result = await store().save({ key: 'k', content: 'a\uDC00' });
    expect(!result.ok && result.error.code).toBe('invalid-encoding');
  });
});
