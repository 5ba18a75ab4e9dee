/**
 * `importMeasure`: the text of a measure as it circulates (plain text, Markdown, our own exports)
 * → a `.measure.md` file. Pure and total: problems become messages naming the input line; the
 * result is a valid measure file even when they include warnings (`amend lint` then reports the
 * placeholders: empty proponents, a placeholder edition, `lost-marks` conflicts).
 *
 * Stages: detect the notation → read blocks (read-text.ts / read-markdown.ts) → outline (title,
 * enacting clause, sections) → one part per section (amendment.ts / uncodified.ts) → write.
 */
import { editionId } from '../../constitution/edition-id';
import { sha256OfText } from '../../shared/sha256';
import { parseMeasure } from '../parse-measure';
import type { MeasureKind, MeasureOptions } from '../types';
import { amendmentDraft } from './amendment';
import { detectNotation } from './detect-notation';
import { outlineOf, type Outline } from './outline';
import { readMarkdownBlocks } from './read-markdown';
import { readTextBlocks } from './read-text';
import { plainText } from './run-text';
import { Reporter, type ImportOptions, type ImportResult, type Notation } from './types';
import { uncodifiedDraft } from './uncodified';
import { writeMeasure, type PartDraft } from './write-measure';

/** The title when the text names none. */
export const UNTITLED_IMPORT = 'Imported measure';
/** Edition placeholders written when no edition is given (amend lint / rebase then say so). */
export const PLACEHOLDER_EDITION = 'unknown (imported without --base)';
export const PLACEHOLDER_SHA256 = '0'.repeat(64);

const NOTATION_NAMES: Readonly<Record<Notation, string>> = {
  'text-markers': 'text markers [begin deletion] … [end insertion]',
  'leginfo-markers': 'leginfo markers begin delete … end insert',
  markdown: 'Markdown ~~struck~~ and *italic*',
  plain: 'plain text without marks',
};

/** The title a Title section gives: "… may be cited as the “California Freedom Act”." */
function titleFromTitleSection(parts: readonly PartDraft[]): string | undefined {
  for (const part of parts) {
    if (part.type !== 'uncodified') continue;
    const cited = /(?:known|cited)(?: and may be cited)? as (?:the )?[“"]([^”"]{1,200})[”"]/i.exec(part.body);
    if (cited !== null) return cited[1]!.replace(/[.,]$/, '').trim();
  }
  return undefined;
}

function sectionStyle(outline: Outline): MeasureOptions['sectionStyle'] {
  const later = outline.sections.slice(1);
  return later.length > 0 && later.every((section) => section.label.style !== 'SEC') ? 'section' : 'sec';
}

function kindOf(parts: readonly PartDraft[], statute: boolean): MeasureKind {
  const amends = parts.some((part) => part.type === 'amendment');
  if (amends) return statute ? 'both' : 'constitutional amendment';
  return 'statute';
}

/** Import the text of a filed measure. */
export function importMeasure(input: string, options: ImportOptions = {}): ImportResult {
  const source = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const reporter = new Reporter(options.path);
  const notation = detectNotation(source);
  const blocks = notation === 'markdown' ? readMarkdownBlocks(source, reporter) : readTextBlocks(source, reporter);
  const outline = outlineOf(blocks, notation !== 'plain');
  if (outline.sections.length === 0) {
    reporter.report(
      'error',
      'no-sections',
      'no measure sections found: a measure is numbered "SECTION 1.", "SEC. 2." (or "Section 2.")',
      blocks[0]?.line ?? 1,
      'Check that the file is the text of a measure; each section starts with its label at the start of a line.',
    );
  }
  // Repeated or skipped numbers between sections (an excerpt may start anywhere, so the first is free).
  outline.sections.forEach((section, index) => {
    const previous = outline.sections[index - 1];
    if (previous === undefined || section.label.number === previous.label.number + 1) return;
    reporter.report(
      'warning',
      'measure-numbering',
      `the filing numbers this section ${section.label.number} right after section ${previous.label.number}; its sections are not numbered in sequence`,
      section.line,
      'The imported measure numbers its sections in order; check that no section of the filing is missing or repeated.',
    );
  });
  const comments = [
    `Imported by amend import-measure${options.path === undefined ? '' : ` from ${options.path}`} (${NOTATION_NAMES[notation]}).`,
    'Add every proponent (name, county, contact) before building a filing packet.',
  ];
  if (options.base === undefined) {
    comments.push(
      'base: placeholder values; re-import with --base EDITION.md, or run amend rebase against the edition.',
    );
  }
  if (outline.stray.length > 0) {
    reporter.report(
      'warning',
      'text-before-sections',
      'text before SECTION 1 that is neither the title, the notation sentence nor the enacting clause is not part of the measure; it is kept as a comment in the front matter',
      outline.stray[0]!.line,
      'Move it into a section of the measure if it belongs to it.',
    );
    comments.push('Text before SECTION 1 in the filing (not part of the measure):');
    for (const block of outline.stray) comments.push(...plainText(block.runs).split('\n'));
  }

  const parts: PartDraft[] = [];
  const seen = new Map<string, number>();
  let statute = false;
  for (const section of outline.sections) {
    if (section.clause === undefined) {
      if (section.unreadable !== undefined) {
        reporter.report(
          'warning',
          'unreadable-clause',
          `SEC. ${section.label.number}: ${section.unreadable.problem}; the section is kept as an uncodified section`,
          section.line,
          section.unreadable.hint,
        );
      }
      const draft = uncodifiedDraft(section, { source, markdown: notation === 'markdown' }, reporter);
      statute ||= draft.statute;
      parts.push({ type: 'uncodified', heading: draft.heading, body: draft.body });
      continue;
    }
    const draft = amendmentDraft(section, { base: options.base, reporter });
    if (draft === undefined) continue;
    const earlier = seen.get(draft.spec.target);
    if (earlier !== undefined) {
      reporter.report(
        'error',
        'duplicate-target',
        `SEC. ${section.label.number} changes ${draft.heading.replace(/^\w+ /, '')} again (see line ${earlier})`,
        draft.line,
        'A measure changes each provision in one section; merge the two.',
      );
      continue;
    }
    seen.set(draft.spec.target, draft.line);
    parts.push({
      type: 'amendment',
      heading: draft.heading,
      spec: draft.spec,
      ...(draft.lostMarks === undefined ? {} : { theirs: draft.lostMarks.theirs }),
    });
  }

  const title =
    [options.title, outline.title?.text, titleFromTitleSection(parts)]
      .map((candidate) => candidate?.replace(/\s+/g, ' ').trim())
      .find((candidate) => candidate !== undefined && candidate !== '') ?? UNTITLED_IMPORT;
  const written = writeMeasure({
    title,
    kind: kindOf(parts, statute),
    edition: options.base === undefined ? PLACEHOLDER_EDITION : editionId(options.base),
    sha256: options.base === undefined ? PLACEHOLDER_SHA256 : sha256OfText(options.base.source),
    options: { enactingClause: outline.enactingClause, sectionStyle: sectionStyle(outline) },
    comments,
    parts,
  });
  // The output must be a measure file the rest of the tool reads without errors.
  for (const problem of parseMeasure(written).messages.filter((message) => message.severity === 'error')) {
    reporter.report(
      'error',
      'invalid-output',
      `the imported measure does not read back: ${problem.message} (output line ${problem.line})`,
      1,
      'Please report this with the input file.',
    );
  }
  return { source: written, messages: reporter.messages, notation };
}
