/**
 * `amend measure --base BASE.md (--edited EDITED.md | MEASURE.measure.md) [--format text|md|html] [-o FILE]`:
 * the measure text — generated from an edited constitution, or rendered from a measure file after
 * checking its blocks against the base edition. Also holds the file helpers the other measure
 * commands (compare, merge, rebase, lint) share.
 */
import type { LegalDoc } from '../../constitution/types';
import { buildMeasureDocument } from '../../measure/build-document';
import { hasErrors, lintMeasure } from '../../measure/lint';
import { parseMeasure } from '../../measure/parse-measure';
import { renderMeasureMarkdown } from '../../measure/render-markdown';
import { renderMeasureText } from '../../measure/render-text';
import { measureSkeleton } from '../../measure/skeleton';
import { syncAmendmentsWithMessages } from '../../measure/sync';
import type { MeasureFile } from '../../measure/types';
import { renderMeasureHtml } from '../../render/measure-html';
import { sha256OfText } from '../../shared/sha256';
import { parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import {
  parseMeasureOrPrint,
  printMessages,
  readEdition,
  readInputIfPresent,
  readMeasure,
  writeOrPrint,
} from '../inputs';
import { editionHashes, editionId } from '../../constitution/edition-id';

const USAGE = `Usage: amend measure --base BASE.md (--edited EDITED.md | MEASURE.measure.md) [options]

Print the measure text: the enacting clause, SECTION 1./SEC. 2. numbering, the uncodified sections,
then one section per change with its amending clause and the restated provision (deletions struck,
insertions italic).

  --edited EDITED.md   generate the measure from an edited copy of BASE.md
  MEASURE.measure.md   render a measure file (its blocks are checked against BASE.md first)

Options:
  --base BASE.md        the constitution edition (required)
  --edited EDITED.md    the edited constitution
  --format FORMAT       text (markers [begin deletion] …), md (~~struck~~ *italic*), html (a fragment
                        to embed: <del>/<ins> plus hidden-marker spans of class "mark-text" that its
                        page must style; for a standalone page use amend export --format html), or
                        measure (with --edited: write the .measure.md file itself, to edit and export;
                        when -o names an existing measure, only its amendment blocks are brought in
                        line with EDITED.md: front matter and uncodified sections are kept)
  --title TEXT          title of a new measure generated with --edited (default: "Proposed Amendment")
  -o, --output FILE     write to FILE instead of stdout
  -h, --help

Exit status: 0 printed, 1 unreadable input or errors in it, 2 bad usage.
`;

const DEFAULT_TITLE = 'Proposed Amendment';
const FORMATS = ['text', 'md', 'html', 'measure'] as const;
type Format = (typeof FORMATS)[number];

function render(measure: MeasureFile, format: Format): string {
  if (format === 'measure') return measure.source;
  const document = buildMeasureDocument(measure);
  if (format === 'md') return renderMeasureMarkdown(document);
  if (format === 'html') return `${renderMeasureHtml(document)}\n`;
  return renderMeasureText(document);
}

/**
 * The measure already at `output`, when there is one: `--format measure -o FILE` then updates its
 * amendment blocks instead of replacing a drafter's title, proponents and uncodified sections with a
 * skeleton. `undefined` when the file does not exist; `'refused'` when it exists but cannot be
 * updated (the reason is printed).
 */
async function existingMeasure(
  io: CliIo,
  output: string,
  base: LegalDoc,
): Promise<MeasureFile | 'refused' | undefined> {
  const source = await readInputIfPresent(io, 'measure', output);
  if (source === null) return undefined;
  const measure = source === undefined ? undefined : parseMeasureOrPrint(io, source, output);
  if (measure === undefined) {
    io.err(`amend measure: ${output} exists and is not a readable measure file; it was not replaced\n`);
    return 'refused';
  }
  const recorded = measure.meta.base.sha256;
  if (!editionHashes(base, sha256OfText(base.source)).includes(recorded.toLowerCase())) {
    io.err(
      `amend measure: ${output} was drafted against edition "${measure.meta.base.edition}" ` +
        `(SHA-256 ${recorded.slice(0, 12)}…), not the BASE given; it was not changed ` +
        `(move it onto this edition first with: amend rebase ${output} --base BASE.md -o ${output})\n`,
    );
    return 'refused';
  }
  return measure;
}

async function measureFromEdited(
  io: CliIo,
  base: LegalDoc,
  editedPath: string,
  title: string,
  into: MeasureFile | undefined,
): Promise<MeasureFile | undefined> {
  const edited = await readEdition(io, 'measure', editedPath);
  if (edited === undefined) return undefined;
  const start =
    into?.source ??
    measureSkeleton({
      title,
      // An edition id, never a path: the measure travels to partners and into filings.
      edition: editionId(base),
      // The measure records which edition it was drafted against: the SHA-256 of that file's text.
      sha256: sha256OfText(base.source),
    });
  const synced = syncAmendmentsWithMessages(start, base, edited);
  printMessages(io, synced.messages, editedPath);
  return parseMeasure(synced.source, { path: into?.path ?? editedPath });
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    base: { type: 'string' },
    edited: { type: 'string' },
    format: { type: 'string' },
    title: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const basePath = stringOption(parsed, 'base');
  const editedPath = stringOption(parsed, 'edited');
  const format = (stringOption(parsed, 'format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}": use text, md, html or measure`);
  if (format === 'measure' && editedPath === undefined) {
    throw new UsageError('--format measure writes a new measure file from --edited EDITED.md');
  }
  if (basePath === undefined) throw new UsageError('name the constitution edition with --base BASE.md');
  if (editedPath !== undefined && parsed.positionals.length > 0) {
    throw new UsageError('give either --edited EDITED.md or a measure file, not both');
  }
  if (editedPath === undefined && parsed.positionals.length !== 1) {
    throw new UsageError(
      parsed.positionals.length === 0 ? 'name a measure file, or --edited EDITED.md' : 'expected one measure file',
    );
  }
  const base = await readEdition(io, 'measure', basePath);
  if (base === undefined) return EXIT_INPUT_ERROR;
  let measure: MeasureFile | undefined;
  if (editedPath !== undefined) {
    const output = stringOption(parsed, 'output');
    const into = format === 'measure' && output !== undefined ? await existingMeasure(io, output, base) : undefined;
    if (into === 'refused') return EXIT_INPUT_ERROR;
    measure = await measureFromEdited(io, base, editedPath, stringOption(parsed, 'title') ?? DEFAULT_TITLE, into);
    if (into !== undefined && measure !== undefined) {
      io.err(
        `amend measure: updated the amendment blocks of ${output}; its front matter and other sections are kept\n`,
      );
    }
  } else {
    const measurePath = parsed.positionals[0]!;
    measure = await readMeasure(io, 'measure', measurePath);
    if (measure !== undefined) {
      const problems = lintMeasure(measure, base).filter((message) => message.severity === 'error');
      printMessages(io, problems, measurePath);
      if (hasErrors(problems)) return EXIT_INPUT_ERROR;
    }
  }
  if (measure === undefined) return EXIT_INPUT_ERROR;
  return (await writeOrPrint(io, 'measure', stringOption(parsed, 'output'), render(measure, format)))
    ? EXIT_OK
    : EXIT_INPUT_ERROR;
}

export const measureCommand: CliCommand = {
  name: 'measure',
  usage: USAGE,
  run,
};
