/** StudioApi: new measures from the template, and the bundled examples. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExampleSummary, StudioApi } from '../../api/contract';
import { parseMeasure } from '../../measure/parse-measure';
import { err, ok } from '../../shared/result';
import { studioError } from '../../shared/studio-error';
import type { EditionLibrary } from '../edition-library';
import { readTextFile } from '../file-store';
import { newMeasureSource } from '../measure-template';
import { encodeUtf8Strict } from '../utf8';
import type { ServiceContext } from './context';

type NewMeasureMethods = Pick<StudioApi, 'newMeasure' | 'listExamples' | 'readExample'>;

/** Example files are Markdown: measures (`*.measure.md`) and edition excerpts (`*.md`). */
const EXAMPLE_PATTERN = /^[\w][\w.-]*\.md$/;

function fileNameFor(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? 'untitled' : slug}.measure.md`;
}

/** The title of an example: a measure's front matter title, else the first `# ` heading, else the name. */
function exampleTitle(name: string, source: string): string {
  if (name.endsWith('.measure.md')) {
    const title = parseMeasure(source).meta.title;
    if (title.trim() !== '') return title;
  }
  const heading = /^#\s+(.+)$/m.exec(source)?.[1]?.trim();
  return heading ?? name;
}

export function newMeasureMethods(context: ServiceContext, library: EditionLibrary): NewMeasureMethods {
  return {
    async newMeasure(request) {
      const edition = await library.read(request.baseEdition);
      if (!edition.ok) return edition;
      const source = newMeasureSource({
        title: request.title.trim(),
        kind: request.kind,
        edition: edition.value.meta,
        date: new Date().toISOString().slice(0, 10),
      });
      const encoded = encodeUtf8Strict(source, 'the new measure');
      if (!encoded.ok) return encoded;
      return ok({
        path: null,
        fileName: fileNameFor(request.title),
        source,
        sha256: null,
        bytes: encoded.value.length,
      });
    },
    async listExamples() {
      const names = (await readdir(context.examplesFolder).catch(() => [] as string[])).filter((name) =>
        EXAMPLE_PATTERN.test(name),
      );
      const examples: ExampleSummary[] = [];
      for (const name of names.sort()) {
        const file = await readTextFile(join(context.examplesFolder, name));
        if (file.ok) examples.push({ name, title: exampleTitle(name, file.value.source), bytes: file.value.bytes });
      }
      return ok({ examples });
    },
    async readExample(request) {
      if (!EXAMPLE_PATTERN.test(request.name)) {
        return err(studioError('not-found', `There is no example named "${request.name}".`));
      }
      const file = await readTextFile(join(context.examplesFolder, request.name));
      if (!file.ok) {
        return err(studioError('not-found', `There is no example named "${request.name}".`));
      }
      // An example opens as an unsaved copy: saving never writes into the app's own files.
      return ok({ ...file.value, path: null, sha256: null });
    },
  };
}
