/**
 * `editedConstitution`: apply a measure's amendment blocks to an edition and return the edited
 * constitution's text. Every block's recorded base text is checked against the edition first: a
 * stale or mismatched block is an error naming the block's line, never a silent change.
 */
import { compareArticleNumbers } from '../constitution/article-number';
import { compareSectionNumbers } from '../constitution/ids';
import type { Article, LegalDoc } from '../constitution/types';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { amendmentsInOrder, type ResolvedAmendment } from './build-document';
import { findArticle, findProvision, officialText, sameWords } from './official-text';
import { headingCitation, type TargetRef } from './target';
import { lineEndingOf, nonBlankRange, withLineEnding } from './source-text';
import type { MeasureFile } from './types';

/** One change to the edition's source: replace `[start, end)` by `text`. */
interface SourceEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A heading-and-text unit: separated by blank lines from whatever ends up around it. */
  readonly unit?: boolean;
}

const SECTION_NUMBER_AT_END = /(\d+(?:\.\d+)*)(\.?)\s*$/;

function blockError(measure: MeasureFile, amendment: ResolvedAmendment, message: string, hint: string): StudioError {
  return studioError('stale-base', `${amendment.part.heading}: ${message}`, {
    ...(measure.path === undefined ? {} : { file: measure.path }),
    line: amendment.part.position.start.line,
    column: 1,
    hint,
  });
}

/** A section heading line for `number`, modelled on the edition's own section headings. */
function sectionHeading(base: LegalDoc, article: Article | undefined, number: string): string {
  const model =
    article?.sections[0]?.heading.raw ??
    base.articles.find((candidate) => candidate.sections.length > 0)?.sections[0]?.heading.raw;
  if (model !== undefined && SECTION_NUMBER_AT_END.test(model)) {
    return model.replace(SECTION_NUMBER_AT_END, (_all, _number: string, dot: string) => `${number}${dot}`);
  }
  return `### Section ${number}`;
}

/** Where a new section goes: before the first section numbered after it, else at the article's end. */
function sectionInsertOffset(article: Article, number: string): number {
  const next = article.sections.find((section) => compareSectionNumbers(section.number, number) > 0);
  return next?.extent.start ?? article.extent.end;
}

function articleInsertOffset(base: LegalDoc, target: TargetRef): number {
  const next = base.articles.find((article) => compareArticleNumbers(article.number, target.article) > 0);
  return next?.extent.start ?? base.source.length;
}

/** A unit (heading + text) to insert at `offset`. */
function unitInsertion(offset: number, unit: string): SourceEdit {
  return { start: offset, end: offset, text: unit.trim(), unit: true };
}

/** The text that puts `unit` after `before` with one blank line between, and one after unless at the end. */
function separatedUnit(before: string, unit: string, atEnd: boolean): string {
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  return `${lead}${unit}\n${atEnd ? '' : '\n'}`;
}

function applyEdits(source: string, edits: readonly SourceEdit[]): Result<string> {
  // Insertions at an offset come before a replacement starting there (stable sort keeps their order).
  const ordered = edits
    .map((edit, sequence) => ({ edit, sequence }))
    .sort(
      (a, b) =>
        a.edit.start - b.edit.start ||
        Number(a.edit.end > a.edit.start) - Number(b.edit.end > b.edit.start) ||
        a.sequence - b.sequence,
    )
    .map(({ edit }) => edit);
  const eol = lineEndingOf(source);
  let out = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) {
      return err(
        studioError('conflict', 'two amendment blocks change overlapping text', {
          hint: 'Keep one block per provision.',
        }),
      );
    }
    out += source.slice(cursor, edit.start);
    out +=
      edit.unit === true ? withLineEnding(separatedUnit(out, edit.text, edit.start >= source.length), eol) : edit.text;
    cursor = edit.end;
  }
  return ok(out + source.slice(cursor));
}

/** The edits one block makes, or an error naming the block. */
function editsFor(measure: MeasureFile, base: LegalDoc, amendment: ResolvedAmendment): Result<SourceEdit[]> {
  const { part, target } = amendment;
  const fail = (message: string, hint: string): Result<never> => err(blockError(measure, amendment, message, hint));
  const rebaseHint =
    'Copy the official text into the "base" block, or rebase the measure on this edition (amend rebase).';
  const citation = headingCitation(target);
  if (part.op === 'add') {
    if (findProvision(base, part.target) !== undefined) {
      return fail(`${citation} already exists in the edition`, 'Amend it instead, or add a section with a new number.');
    }
    if (part.proposed === undefined)
      return fail('there is no "proposed" text to add', 'Add a fenced "proposed" block.');
    if (target.section === undefined) {
      return ok([unitInsertion(articleInsertOffset(base, target), part.proposed)]);
    }
    const article = findArticle(base, part.target);
    if (article === undefined) {
      return fail(
        `Article ${target.article.roman} does not exist in the edition`,
        'Add the article first, or fix the heading.',
      );
    }
    const unit = `${sectionHeading(base, article, target.section)}\n\n${part.proposed}`;
    return ok([unitInsertion(sectionInsertOffset(article, target.section), unit)]);
  }

  const official = officialText(base, part.op, part.target);
  const provision = findProvision(base, part.target);
  if (official === undefined || provision === undefined) {
    return fail(
      `${citation} does not exist in the edition`,
      'Check the heading, or rebase the measure on the edition it was drafted for.',
    );
  }
  if (part.base === undefined) return fail('there is no "base" text to check against the edition', rebaseHint);
  if (!sameWords(part.base, official)) {
    return fail(`the "base" text does not match ${citation} of the edition word for word`, rebaseHint);
  }
  const node = provision.node;
  switch (part.op) {
    case 'amend': {
      if (provision.kind !== 'section' || part.proposed === undefined)
        return fail('there is no "proposed" text', 'Add a fenced "proposed" block.');
      const range = nonBlankRange(base.source, provision.node.bodyStart, provision.node.extent.end);
      return ok([
        { start: range.start, end: range.end, text: withLineEnding(part.proposed, lineEndingOf(base.source)) },
      ]);
    }
    case 'repeal':
      return ok([{ start: node.extent.start, end: node.extent.end, text: '' }]);
    case 'retitle': {
      if (provision.kind !== 'article' || part.proposed === undefined)
        return fail('there is no "proposed" title', 'Add a fenced "proposed" block.');
      const heading = provision.node.heading;
      const raw = heading.raw;
      const title = provision.node.title;
      const at = title === undefined || title === '' ? -1 : raw.lastIndexOf(title);
      const newRaw =
        at < 0
          ? `${raw.trimEnd()} (${part.proposed})`
          : raw.slice(0, at) + part.proposed + raw.slice(at + title!.length);
      return ok([
        { start: heading.position.start.offset, end: heading.position.start.offset + raw.length, text: newRaw },
      ]);
    }
    case 'renumber':
    case 'move': {
      const to = amendment.to;
      if (provision.kind !== 'section' || to?.section === undefined)
        return fail('the destination is not a section', 'Name it: "… to Article X, Section 3".');
      if (findProvision(base, `art-${to.article.key}/sec-${to.section}`) !== undefined) {
        return fail(`${headingCitation(to)} already exists in the edition`, 'Renumber to a free number.');
      }
      const destination = findArticle(base, `art-${to.article.key}`);
      if (destination === undefined)
        return fail(`Article ${to.article.roman} does not exist in the edition`, 'Fix the destination.');
      const unit = `${sectionHeading(base, destination, to.section)}\n\n${part.proposed ?? part.base}`;
      const offset = sectionInsertOffset(destination, to.section);
      return ok([
        { start: node.extent.start, end: node.extent.end, text: '' },
        unitInsertion(offset === node.extent.start ? node.extent.start : offset, unit),
      ]);
    }
  }
}

/**
 * Apply the measure's amendment blocks to `base`. Errors (stale base text, a missing provision, an
 * add on an existing number) name the measure file and the block's line.
 */
export function editedConstitution(measure: MeasureFile, base: LegalDoc): Result<string> {
  const edits: SourceEdit[] = [];
  for (const amendment of amendmentsInOrder(measure)) {
    const result = editsFor(measure, base, amendment);
    if (!result.ok) return result;
    edits.push(...result.value);
  }
  const applied = applyEdits(base.source, edits);
  // Removing the last unit can leave blank lines at the end; end the file the way the edition does.
  return applied.ok ? ok(applied.value.replace(/\s*$/, base.source.match(/\s*$/)?.[0] ?? '')) : applied;
}
