import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '../../../src/node/file-store';
import { RecoveryStore, recoveryFileName } from '../../../src/node/recovery-store';
import { reportFigure } from '../../support/figures';

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

/** A well-formed entry's JSON fields for `key` holding `content` (what RecoveryStore.save writes). */
function entryFields(key: string, content: string): Record<string, unknown> {
  return {
    format: 'amend-recovery',
    version: 1,
    key,
    path: `/home/ana/${key}.measure.md`,
    fileName: `${key}.measure.md`,
    savedAt: '2026-11-25T12:00:00.000Z',
    baseSha256: null,
    sha256: sha256Bytes(Buffer.from(content, 'utf8')),
    content,
  };
}

/** Write `text` as the entry file of `key`. */
function writeEntry(key: string, text: string | Buffer): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, recoveryFileName(key)), text);
}

describe('RecoveryStore with damaged entries (D5: never a crash, content restored whenever intact)', () => {
  const content = '# Draft\r\n\r\nUnsaved work — ñ, ☃, \u{1F600}, \u202E.\r\n';
  const whole = (key: string): string => JSON.stringify(entryFields(key, content));

  /** Entries whose content cannot be trusted or read: skipped (and left on disk), never restored wrong. */
  const IGNORED: Record<string, (key: string) => string | Buffer> = {
    empty: () => '',
    'truncated in the metadata': (key) => whole(key).slice(0, 40),
    'truncated in the content': (key) => whole(key).slice(0, -20),
    'binary garbage': () => Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
    'corrupted JSON ({{)': (key) => `{{${whole(key)}`,
    'JSON array': () => '[1,2,3]',
    'JSON null': () => 'null',
    'JSON string': () => '"content"',
    'content altered (hash mismatch)': (key) => whole(key).replace('Unsaved', 'Altered'),
    'content missing': (key) => JSON.stringify({ ...entryFields(key, content), content: undefined }),
    'hash missing': (key) => JSON.stringify({ ...entryFields(key, content), sha256: undefined }),
    'hash of other content': (key) =>
      JSON.stringify({ ...entryFields(key, content), sha256: sha256Bytes(Buffer.from('x')) }),
    'key of another file': () => whole('someone-else'),
    'key not a string': (key) => JSON.stringify({ ...entryFields(key, content), key: 42 }),
  };

  /** Entries whose metadata is damaged but whose content (and its hash and key) are intact: restored. */
  const RESTORED: Record<string, { fields: Record<string, unknown>; fileName: string; path: string | null }> = {
    'savedAt not a date': {
      fields: { savedAt: 'yesterday' },
      fileName: 'k.measure.md',
      path: '/home/ana/k.measure.md',
    },
    'savedAt a number': { fields: { savedAt: 1234 }, fileName: 'k.measure.md', path: '/home/ana/k.measure.md' },
    'fileName missing': { fields: { fileName: undefined }, fileName: 'k.measure.md', path: '/home/ana/k.measure.md' },
    'fileName empty, path a number': { fields: { fileName: '', path: 7 }, fileName: 'Untitled.measure.md', path: null },
    'baseSha256 garbage': { fields: { baseSha256: '{{' }, fileName: 'k.measure.md', path: '/home/ana/k.measure.md' },
    'format and version unknown': {
      fields: { format: 'other', version: 99 },
      fileName: 'k.measure.md',
      path: '/home/ana/k.measure.md',
    },
    'extra fields': { fields: { extra: { nested: [1] } }, fileName: 'k.measure.md', path: '/home/ana/k.measure.md' },
  };

  const outcomes = { crashes: 0, lost: 0, wronglyRestored: 0, fixtures: 0 };

  it.each(Object.entries(IGNORED))('ignores %s', async (name, make) => {
    const key = `ignored-${name}`;
    writeEntry(key, make(key));
    await store().save({ key: 'good', content: 'intact' });
    outcomes.fixtures++;
    try {
      const keys = (await store().list()).map((item) => item.key);
      const read = await store().read(key);
      if (keys.includes(key) || read.ok) outcomes.wronglyRestored++;
      expect(keys).toEqual(['good']);
      expect(!read.ok && read.error.code).toBe('not-found');
      // Left on disk for a person to rescue by hand, not deleted.
      expect(readdirSync(folder)).toContain(recoveryFileName(key));
    } catch (error) {
      outcomes.crashes++;
      throw error;
    }
  });

  it.each(Object.entries(RESTORED))('restores the content when %s', async (_name, damage) => {
    writeEntry('k', JSON.stringify({ ...entryFields('k', content), ...damage.fields }));
    outcomes.fixtures++;
    const items = await store().list();
    const read = await store().read('k');
    if (!read.ok || read.value.content !== content) outcomes.lost++;
    expect(items).toHaveLength(1);
    expect(read.ok && read.value.content).toBe(content);
    expect(read.ok && read.value.item).toMatchObject({ key: 'k', fileName: damage.fileName, path: damage.path });
    expect(Number.isNaN(Date.parse(items[0]!.savedAt))).toBe(false);
  });

  it('ignores a folder named like an entry', async () => {
    mkdirSync(join(folder, recoveryFileName('a-folder')), { recursive: true });
    outcomes.fixtures++;
    expect(await store().list()).toEqual([]);
    expect((await store().read('a-folder')).ok).toBe(false);
  });

  it('round-trips non-ASCII keys and paths, and a 20 MB draft, byte for byte', async () => {
    const path = '/home/añá/medidas/enmienda ☃ \u{1F600}.measure.md';
    const big = `${'Línea con acentos y \u2028 separadores.\r\n'.repeat(500_000)}fin`;
    expect((await store().save({ key: path, path, content: big })).ok).toBe(true);
    outcomes.fixtures++;
    const read = await store().read(path);
    if (!read.ok || read.value.content !== big) outcomes.lost++;
    expect(read.ok && sha256Bytes(Buffer.from(read.value.content, 'utf8'))).toBe(sha256Bytes(Buffer.from(big, 'utf8')));
    expect(read.ok && read.value.item).toMatchObject({ key: path, path, fileName: 'enmienda ☃ \u{1F600}.measure.md' });
  });

  it('reports the figure', () => {
    reportFigure(
      'recovery-store-robustness',
      `recovery store: ${outcomes.fixtures} damaged or unusual backup fixtures, ${outcomes.crashes} crashes, ` +
        `${outcomes.lost} content lost where content bytes intact, ${outcomes.wronglyRestored} restored wrong`,
      outcomes.crashes === 0 && outcomes.lost === 0 && outcomes.wronglyRestored === 0,
    );
    expect(outcomes).toMatchObject({ crashes: 0, lost: 0, wronglyRestored: 0 });
  });
});
