/**
 * The library of constitution editions in the data folder: `editions/<id>.md` (canonical Markdown,
 * exactly as stored) beside `editions/<id>.json` (its summary). Both are written atomically; an
 * edition whose Markdown no longer matches its recorded hash is reported, never served silently.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { EditionSourceFormat, EditionSummary } from '../api/contract';
import type { LegalDoc, ParseMessage } from '../constitution/types';
import { parseConstitution } from '../constitution/parse';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { atomicWriteFile, cleanStaleTempFiles } from './atomic-write';
import { sha256Bytes } from './file-store';
import { describeFsError } from './fs-errors';
import { encodeUtf8Strict } from './utf8';

/** What an importer turns an uploaded file into. */
export interface EditionConversion {
  /** Canonical Markdown to store. */
  readonly markdown: string;
  readonly sourceFormat: EditionSourceFormat;
  readonly messages: readonly ParseMessage[];
  /** `markdown` already parsed, when the converter had to parse it anyway. */
  readonly doc?: LegalDoc;
}

/** Turns an uploaded file (leginfo text, 2011-style or canonical Markdown) into canonical Markdown. */
export type EditionConverter = (fileName: string, content: string) => Result<EditionConversion, StudioError>;

const summarySchema = z.object({
  id: z.string(),
  title: z.string(),
  importedFrom: z.string(),
  importedAt: z.string(),
  sourceFormat: z.enum(['canonical-markdown', 'markdown-2011', 'leginfo-text']),
  sha256: z.string(),
  sourceSha256: z.string().optional(),
  bytes: z.number(),
  articles: z.number(),
  sections: z.number(),
});

/** Longest id part taken from a title (ids appear in measure front matter; keep them readable). */
const MAX_SLUG_CHARS = 80;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,159}$/;

/** A readable, file-name-safe id part from a title. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, '');
  return slug === '' ? 'edition' : slug;
}

function titleOf(doc: LegalDoc, fileName: string): string {
  const fromFrontMatter = doc.frontMatter?.title?.trim();
  if (fromFrontMatter !== undefined && fromFrontMatter !== '') return fromFrontMatter;
  const heading = doc.title?.raw.replace(/^#+\s*/, '').trim();
  return heading !== undefined && heading !== '' ? heading : fileName.replace(/\.[^.]+$/, '');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The id an edition asks for: its front matter `edition` when that is an id (the examples name
 * theirs), else the title's slug, followed by the edition date when the front matter gives one.
 */
function preferredId(doc: LegalDoc, fileName: string): string {
  const declared = doc.frontMatter?.edition?.trim();
  if (declared !== undefined && !ISO_DATE.test(declared) && ID_PATTERN.test(declared)) return declared;
  const slug = slugify(titleOf(doc, fileName));
  return declared !== undefined && ISO_DATE.test(declared) ? `${slug}-${declared}` : slug;
}

export class EditionLibrary {
  constructor(
    private readonly folder: string,
    private readonly convert: EditionConverter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private metaPath(id: string): string {
    return join(this.folder, `${id}.json`);
  }
  private markdownPath(id: string): string {
    return join(this.folder, `${id}.md`);
  }

  /** Remove temp files of imports that were killed mid-write. */
  cleanUp(): Promise<number> {
    return cleanStaleTempFiles(this.folder);
  }

  private async readSummary(id: string): Promise<EditionSummary | undefined> {
    try {
      const parsed = summarySchema.safeParse(JSON.parse(await readFile(this.metaPath(id), 'utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every edition, newest import first. */
  async list(): Promise<EditionSummary[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const summaries = await Promise.all(ids.filter((id) => ID_PATTERN.test(id)).map((id) => this.readSummary(id)));
    return summaries
      .filter((summary): summary is EditionSummary => summary !== undefined)
      .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  /** An edition's canonical Markdown (verified against its recorded hash) and summary. */
  async read(id: string): Promise<Result<{ source: string; meta: EditionSummary }, StudioError>> {
    const meta = await this.readSummary(id);
    if (meta === undefined) return err(studioError('not-found', `There is no edition "${id}" in the library.`));
    try {
      const bytes = await readFile(this.markdownPath(id));
      if (sha256Bytes(bytes) !== meta.sha256) {
        return err(
          studioError('io-error', `The stored text of edition "${meta.title}" was changed outside the app.`, {
            file: this.markdownPath(id),
            hint: 'Import the edition again from its source file.',
          }),
        );
      }
      return ok({ source: bytes.toString('utf8'), meta });
    } catch (error) {
      return err(describeFsError(error, this.markdownPath(id), 'read'));
    }
  }

  /** A free id for `preferred` and this text: the same text under the same id is the same edition. */
  private async chooseId(preferred: string, sha256: string): Promise<{ id: string; existing: boolean }> {
    const candidates = [preferred, `${preferred}-${sha256.slice(0, 8)}`, `${preferred}-${sha256.slice(0, 16)}`];
    for (const id of candidates) {
      const existing = await this.readSummary(id);
      if (existing === undefined) return { id, existing: false };
      if (existing.sha256 === sha256) return { id, existing: true };
    }
    return { id: `${preferred}-${sha256}`.slice(0, 160), existing: false };
  }

  /**
   * Convert, parse, and store an edition. Importing the same text again returns the stored one.
   * `sourceSha256` is the hash of the file's bytes when the caller read them (else of `content` as UTF-8).
   */
  async import(
    fileName: string,
    content: string,
    sourceSha256: string = sha256Bytes(Buffer.from(content, 'utf8')),
  ): Promise<Result<{ edition: EditionSummary; messages: readonly ParseMessage[] }, StudioError>> {
    const converted = this.convert(fileName, content);
    if (!converted.ok) return converted;
    const encoded = encodeUtf8Strict(converted.value.markdown, fileName);
    if (!encoded.ok) return encoded;
    const doc = converted.value.doc ?? parseConstitution(converted.value.markdown, { path: fileName });
    if (doc.articles.length === 0) {
      return err(
        studioError('parse-error', `${fileName} has no articles: it does not look like a constitution.`, {
          file: fileName,
          hint: 'Import the constitution as Markdown with "## Article …" and "### Section …" headings, or as leginfo plain text.',
        }),
      );
    }
    const messages = [...converted.value.messages, ...doc.messages];
    const sha256 = sha256Bytes(encoded.value);
    const preferred = preferredId(doc, fileName);
    const { id, existing } = await this.chooseId(preferred, sha256);
    if (existing) {
      const stored = await this.readSummary(id);
      if (stored?.sourceSha256 !== undefined) return ok({ edition: stored, messages });
      // Stored before summaries recorded the imported file's hash: record it now.
      if (stored !== undefined) return this.writeSummary({ ...stored, sourceSha256 }, messages);
    }
    const edition: EditionSummary = {
      id,
      title: titleOf(doc, fileName),
      importedFrom: fileName,
      importedAt: this.now().toISOString(),
      sourceFormat: converted.value.sourceFormat,
      sha256,
      sourceSha256,
      bytes: encoded.value.length,
      articles: doc.articles.length,
      sections: doc.articles.reduce((total, article) => total + article.sections.length, 0),
    };
    try {
      await mkdir(this.folder, { recursive: true });
      // Text first, summary last: an edition is listed only once both are whole.
      await atomicWriteFile(this.markdownPath(id), encoded.value, { backup: false });
    } catch (error) {
      return err(describeFsError(error, this.folder, 'store the edition in'));
    }
    return this.writeSummary(edition, messages);
  }

  private async writeSummary(
    edition: EditionSummary,
    messages: readonly ParseMessage[],
  ): Promise<Result<{ edition: EditionSummary; messages: readonly ParseMessage[] }, StudioError>> {
    try {
      await atomicWriteFile(this.metaPath(edition.id), Buffer.from(`${JSON.stringify(edition, null, 2)}\n`), {
        backup: false,
      });
    } catch (error) {
      return err(describeFsError(error, this.folder, 'store the edition in'));
    }
    return ok({ edition, messages });
  }

  /** Remove an edition. Resolves true when it was there. */
  async remove(id: string): Promise<Result<boolean, StudioError>> {
    const meta = await this.readSummary(id);
    if (meta === undefined) return ok(false);
    try {
      await unlink(this.metaPath(id));
      await unlink(this.markdownPath(id)).catch(() => undefined);
      return ok(true);
    } catch (error) {
      return err(describeFsError(error, this.metaPath(id), 'remove'));
    }
  }
}
