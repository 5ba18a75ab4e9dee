import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionLibrary, slugify } from '../../../src/node/edition-library';
import { convertEdition } from '../../../src/node/edition-import';
import { readConstitution2011 } from '../../support/constitution-2011';
import { EXAMPLES_FOLDER } from '../api/contract-suite';

const library = (): { library: EditionLibrary; folder: string } => {
  const folder = join(mkdtempSync(join(tmpdir(), 'amend-editions-')), 'editions');
  return { library: new EditionLibrary(folder, convertEdition, () => new Date('2026-11-25T12:00:00Z')), folder };
};

describe('EditionLibrary with the real importer', () => {
  it('imports the 2011 Markdown through the importer into a canonical edition', async () => {
    const { library: editions } = library();
    const text = readConstitution2011();
    const imported = await editions.import('california-constitution-2011.md', text);
    if (!imported.ok) throw new Error(imported.error.message);
    const { edition } = imported.value;
    expect(edition).toMatchObject({ sourceFormat: 'markdown-2011', importedFrom: 'california-constitution-2011.md' });
    // Independent count: the headings of the source file.
    expect(edition.articles).toBe(text.match(/^## Article /gm)?.length);
    expect(edition.sections).toBe(text.match(/^### Section /gm)?.length);
    const read = await editions.read(edition.id);
    expect(read.ok && read.value.source.startsWith('---\n')).toBe(true);
    expect(imported.value.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });

  it('records the SHA-256 of the imported file beside that of the stored text (the CLI names the file)', async () => {
    const { library: editions } = library();
    const text = readConstitution2011();
    const imported = await editions.import('california-constitution-2011.md', text);
    if (!imported.ok) throw new Error(imported.error.message);
    const { edition } = imported.value;
    // Independent hash of the file's bytes (what `amend measure --base <file>` records).
    const fileHash = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    expect(edition.sourceSha256).toBe(fileHash);
    expect(edition.sha256).not.toBe(fileHash);
    expect((await editions.list())[0]?.sourceSha256).toBe(fileHash);
  });

  it("adds the imported file's hash to an edition stored before the library recorded it", async () => {
    const { library: editions, folder } = library();
    const text = '# T\n\n## Article 1\n\n### Section 1\n\nText.\n';
    const first = await editions.import('t.md', text);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.edition.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    const metaPath = join(folder, `${first.value.edition.id}.json`);
    const { sourceSha256: _dropped, ...legacy } = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(metaPath, JSON.stringify(legacy));
    expect((await editions.list())[0]?.sourceSha256).toBeUndefined();
    const again = await editions.import('t.md', text);
    expect(again.ok && again.value.edition.sourceSha256).toBe(first.value.edition.sourceSha256);
    expect((await editions.list())[0]?.sourceSha256).toBe(first.value.edition.sourceSha256);
  });

  it('stores a prepared edition byte for byte (measures drafted against it keep their hash)', async () => {
    const { library: editions } = library();
    const text = readFileSync(join(EXAMPLES_FOLDER, 'article-iii-excerpt.md'), 'utf8');
    const imported = await editions.import('excerpt.md', text);
    expect(imported.ok && imported.value.edition).toMatchObject({
      id: 'california-constitution-2011-excerpt',
      sourceFormat: 'canonical-markdown',
      sha256: 'a4470d20c0c50bf6d12bc290c0f33cd3e4efa79d6dd25d7d4123a6477fb2643f',
    });
  });

  it('keeps two different texts with the same name apart, and the same text once', async () => {
    const { library: editions } = library();
    const one = '---\ntitle: Test Constitution\n---\n\n# Test\n\n## Article 1\n\n### Section 1\n\nOne.\n';
    const two = one.replace('One.', 'Two.');
    const first = await editions.import('a.md', one);
    const again = await editions.import('b.md', one);
    const second = await editions.import('c.md', two);
    expect(first.ok && first.value.edition.id).toBe('test-constitution');
    expect(again.ok && again.value.edition.id).toBe('test-constitution');
    expect(second.ok && second.value.edition.id).toMatch(/^test-constitution-[0-9a-f]{8}$/);
    expect((await editions.list()).length).toBe(2);
  });

  it('refuses to serve a stored text that was changed outside the app', async () => {
    const { library: editions, folder } = library();
    const imported = await editions.import('a.md', '---\ntitle: T\n---\n\n## Article 1\n\n### Section 1\n\nText.\n');
    if (!imported.ok) throw new Error(imported.error.message);
    writeFileSync(join(folder, `${imported.value.edition.id}.md`), 'tampered');
    const read = await editions.read(imported.value.edition.id);
    expect(!read.ok && read.error.code).toBe('io-error');
  });

  it('makes readable ids', () => {
    expect(slugify('Constitution of the State of California')).toBe('constitution-of-the-state-of-california');
    expect(slugify('Constitución — Artículo Ñ')).toBe('constitucion-articulo-n');
    expect(slugify('???')).toBe('edition');
  });
});
