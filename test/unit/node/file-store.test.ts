import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  chmodSync,
  lstatSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../src/api/contract';
import { readTextFile, saveTextFile } from '../../../src/node/file-store';
import { cleanStaleTempFiles, STALE_TEMP_AGE_MS } from '../../../src/node/atomic-write';

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'amend-file-store-'));
});

/** Open then save without edits; return the bytes after. */
async function openAndSave(path: string): Promise<Buffer> {
  const opened = await readTextFile(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const saved = await saveTextFile(path, opened.value.source, { kind: 'sha256', sha256: opened.value.sha256 });
  if (!saved.ok) throw new Error(saved.error.message);
  return readFileSync(path);
}

describe('byte preservation (open → save without edits = identical bytes)', () => {
  const corpus: Record<string, string> = {
    bom: '\uFEFF# Title\n\nText.\n',
    crlf: '# Title\r\n\r\nLine one\r\nLine two\r\n',
    cr: '# Title\rLine\r',
    mixed: 'a\nb\r\nc\rd',
    'no trailing newline': '# Title\n\nLast line',
    nul: 'before\u0000after\n',
    'line separator': 'a\u2028b\u2029c\n',
    bidi: 'abc \u202Eevil\u202C \u2066x\u2069\n',
    combining: 'e\u0301 n\u0303 \u{1F468}\u200D\u{1F469}\n',
    'double bom': '\uFEFF\uFEFFtext',
    empty: '',
  };
  it.each(Object.entries(corpus))('keeps %s bytes', async (name, text) => {
    const path = join(folder, `${name.replace(/ /g, '-')}.md`);
    const original = Buffer.from(text, 'utf8');
    writeFileSync(path, original);
    expect((await openAndSave(path)).equals(original)).toBe(true);
  });

  it('keeps the bytes of any valid UTF-8 text (property)', async () => {
    const path = join(folder, 'prop.md');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\r\n', '\r', '\n', '\uFEFF', '\u0000')), {
          maxLength: 30,
        }),
        async (pieces) => {
          const original = Buffer.from(pieces.join(''), 'utf8');
          writeFileSync(path, original);
          expect((await openAndSave(path)).equals(original)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('refusals', () => {
  it('refuses invalid UTF-8, naming the file, line and column', async () => {
    const path = join(folder, 'latin1.md');
    writeFileSync(path, Buffer.concat([Buffer.from('line one\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const result = await readTextFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'invalid-encoding', file: path, line: 2, column: 4 });
      expect(result.error.message).toContain('0xE9');
    }
  });

  it.each([
    ['overlong', [0xc0, 0xaf]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated', [0xe2, 0x82]],
  ])('refuses %s sequences', async (_name, bytes) => {
    const path = join(folder, 'bad.md');
    writeFileSync(path, Buffer.from(bytes));
    expect((await readTextFile(path)).ok).toBe(false);
  });

  it('refuses to save a lone surrogate instead of writing U+FFFD', async () => {
    const path = join(folder, 'a.md');
    const result = await saveTextFile(path, 'ok\nbad \uD800 here', { kind: 'absent' });
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-encoding', line: 2, column: 5 });
    expect(() => statSync(path)).toThrow();
  });

  it('refuses files over the size cap', async () => {
    const path = join(folder, 'huge.md');
    writeFileSync(path, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61));
    const result = await readTextFile(path);
    expect(!result.ok && result.error.code).toBe('too-large');
  });

  it('says not-found for a missing file', async () => {
    const result = await readTextFile(join(folder, 'missing.md'));
    expect(!result.ok && result.error).toMatchObject({ code: 'not-found', file: join(folder, 'missing.md') });
  });
});

describe('external changes are detected by content hash', () => {
  it('detects a same-size edit that kept the same mtime', async () => {
    const path = join(folder, 'draft.md');
    const tick = 1_700_000_000; // whole seconds: representable exactly on every file system
    writeFileSync(path, 'The Legislature shall meet.\n');
    utimesSync(path, tick, tick);
    const opened = await readTextFile(path);
    if (!opened.ok) throw new Error('open failed');
    const before = statSync(path);
    writeFileSync(path, 'The Legislature shall MEET.\n');
    utimesSync(path, tick, tick);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(path).size).toBe(before.size);

    const result = await saveTextFile(path, 'my edit\n', { kind: 'sha256', sha256: opened.value.sha256 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('conflict');
      expect(result.error.conflict).toEqual({
        expectedSha256: opened.value.sha256,
        actualSha256: sha('The Legislature shall MEET.\n'),
      });
    }
    expect(readFileSync(path, 'utf8')).toBe('The Legislature shall MEET.\n');
  });

  it('reports a deleted file as a conflict with no disk hash', async () => {
    const path = join(folder, 'gone.md');
    writeFileSync(path, 'x');
    const result = await saveTextFile(path, 'y', { kind: 'sha256', sha256: sha('x') });
    expect(result.ok).toBe(true);
    execFileSync('rm', [path]);
    const again = await saveTextFile(path, 'z', { kind: 'sha256', sha256: sha('y') });
    expect(!again.ok && again.error.conflict).toEqual({ expectedSha256: sha('y'), actualSha256: null });
  });

  it('does not report a conflict when the bytes are equal (touched only)', async () => {
    const path = join(folder, 'touched.md');
    writeFileSync(path, 'same');
    utimesSync(path, new Date(), new Date(Date.now() + 60_000));
    expect((await saveTextFile(path, 'new', { kind: 'sha256', sha256: sha('same') })).ok).toBe(true);
  });

  it('save-as refuses to replace an existing file unless told to', async () => {
    const path = join(folder, 'exists.md');
    writeFileSync(path, 'keep me');
    const refused = await saveTextFile(path, 'new', { kind: 'absent' });
    expect(!refused.ok && refused.error.code).toBe('already-exists');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    expect((await saveTextFile(path, 'new', { kind: 'overwrite' })).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});

describe('atomic save', () => {
  it('keeps the previous version as .bak and reports the verified hash', async () => {
    const path = join(folder, 'm.measure.md');
    writeFileSync(path, 'version 1');
    const result = await saveTextFile(path, 'version 2', { kind: 'sha256', sha256: sha('version 1') });
    expect(result).toEqual({
      ok: true,
      value: { path, fileName: 'm.measure.md', sha256: sha('version 2'), bytes: 9, backupPath: `${path}.bak` },
    });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('version 1');
    expect(readdirSync(folder).sort()).toEqual(['m.measure.md', 'm.measure.md.bak']);
  });

  it('keeps the file mode', async () => {
    const path = join(folder, 'private.md');
    writeFileSync(path, 'a');
    chmodSync(path, 0o600);
    await saveTextFile(path, 'b', { kind: 'overwrite' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('saves through a symlink to the real file and keeps the link', async () => {
    const real = join(folder, 'real.md');
    const link = join(folder, 'link.md');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    expect((await saveTextFile(link, 'new', { kind: 'sha256', sha256: sha('old') })).ok).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('serialises concurrent saves of one file: the result is one whole version, no temp files left', async () => {
    const path = join(folder, 'busy.md');
    const versions = Array.from({ length: 20 }, (_unused, index) => `version ${index}\n`.repeat(2_000));
    await Promise.all(versions.map((text) => saveTextFile(path, text, { kind: 'overwrite' })));
    expect(versions).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(folder).sort()).toEqual(['busy.md', 'busy.md.bak']);
  });

  it('reports a missing folder without creating anything', async () => {
    const path = join(folder, 'no-such-folder', 'a.md');
    const result = await saveTextFile(path, 'x', { kind: 'absent' });
    expect(!result.ok && result.error).toMatchObject({ code: 'not-found', file: path });
    expect(result.ok || result.error.message).toContain('was not changed');
  });
});

describe('stale temp files', () => {
  it('removes temp files of dead processes and old ones, keeps a live process’s fresh one', async () => {
    const deadPid = 2 ** 22 + 12_345; // above Linux's default pid_max: never alive
    const dead = join(folder, `.a.md.${deadPid}.0123456789ab.amend-tmp`);
    const live = join(folder, `.a.md.${process.ppid}.0123456789ab.amend-tmp`);
    const oldLive = join(folder, `.b.md.${process.ppid}.0123456789ab.amend-tmp`);
    const unrelated = join(folder, '.a.md.swp');
    for (const path of [dead, live, oldLive, unrelated]) writeFileSync(path, 'x');
    const old = new Date(Date.now() - STALE_TEMP_AGE_MS - 60_000);
    utimesSync(oldLive, old, old);
    expect(await cleanStaleTempFiles(folder)).toBe(2);
    expect(readdirSync(folder).sort()).toEqual([live, unrelated].map((path) => path.slice(folder.length + 1)).sort());
  });
});
