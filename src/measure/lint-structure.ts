/**
 * Lint rules that need only the measure: conflicts left by a merge, blocks that change nothing,
 * restated labels and article headings that disagree with the heading, numbering collisions, the
 * measure's own section labels and the measure kind (cross-references: lint-references.ts).
 */
import { amendmentsInOrder, measureSectionLabel } from './build-document';
import type { LintContext } from './lint-context';
import { sameWords } from './official-text';
import { headingCitation, parseTargetId } from './target';
import type { AmendmentPart } from './types';

const RESTATED_LABEL = /^\s*(?:SECTION|SEC\.?)\s+(\d+(?:\.\d+)*)\.?(?=\s)/i;
const ARTICLE_HEADING = /^#{1,6}\s+art(?:icle|\.)\s+([0-9IVXLCDM]+(?:\s?[A-Z])?)\b/i;
/** A measure section label typed into an uncodified heading: `SEC. 3. Severability`, `Section 3: …`. */
const TYPED_MEASURE_LABEL = /^(?:SECTION|SEC\.?)\s+(\d+)\b/i;

export function lintConflicts(context: LintContext): void {
  for (const conflict of context.measure.conflicts) {
    context.atPart(
      conflict,
      'error',
      'unresolved-conflict',
      `unresolved ${conflict.kind} conflict ${conflict.id} on "${conflict.subject}" (ours: ${conflict.ours.who}; theirs: ${conflict.theirs.who})`,
      `Keep ${conflict.both === undefined ? 'ours or theirs' : 'ours, theirs or both'} (amend merge / the Compare view), or edit the part by hand and delete this "## Conflict" part.`,
    );
  }
}

function lintLabels(context: LintContext, part: AmendmentPart): void {
  const target = parseTargetId(part.target);
  const final = part.to === undefined ? target : parseTargetId(part.to);
  const text = part.op === 'repeal' ? part.base : part.proposed;
  if (target === undefined || text === undefined) return;
  if (final?.section !== undefined) {
    const label = RESTATED_LABEL.exec(text);
    if (label !== null && label[1] !== final.section) {
      context.report(
        'warning',
        'label-mismatch',
        `the text is labelled Section ${label[1]!} but the block is for ${headingCitation(final)}`,
        'Make the label match the heading, or change the heading.',
        context.offsetOf(part, label[0].trim()),
      );
    }
  }
  if (target.section === undefined && (part.op === 'add' || part.op === 'repeal')) {
    const heading = ARTICLE_HEADING.exec(text);
    const named = heading === null ? undefined : (parseTargetId(`art-${heading[1]!.replace(/\s+/g, '')}`) ?? undefined);
    if (heading === null) {
      context.atPart(
        part,
        'warning',
        'article-heading',
        `the text of ${headingCitation(target)} should start with its "## Article" heading`,
        'Start the fenced text with e.g. "## Article 36 (TITLE)", then "### Section 1" headings.',
      );
    } else if (named !== undefined && named.article.key !== target.article.key) {
      context.atPart(
        part,
        'warning',
        'article-heading',
        `the text's heading names Article ${named.article.roman}, the block ${headingCitation(target)}`,
        'Make the heading and the block agree.',
      );
    }
  }
}

export function lintBlocks(context: LintContext): void {
  const amendments = amendmentsInOrder(context.measure);
  const results = new Map<string, AmendmentPart>();
  const repealedArticles = new Set(
    amendments.filter((a) => a.part.op === 'repeal' && a.target.section === undefined).map((a) => a.target.article.key),
  );
  for (const { part } of amendments) {
    if (
      (part.op === 'amend' || part.op === 'retitle') &&
      part.base !== undefined &&
      part.proposed !== undefined &&
      sameWords(part.base, part.proposed)
    ) {
      context.atPart(
        part,
        'warning',
        'no-change',
        `"${part.heading}" changes no words`,
        'Change the proposed text, or delete the block.',
      );
    }
    lintLabels(context, part);
    const produced = part.op === 'add' ? part.target : part.to;
    if (produced === undefined) continue;
    const earlier = results.get(produced);
    if (earlier !== undefined) {
      context.atPart(
        part,
        'error',
        'numbering-collision',
        `${headingCitation(parseTargetId(produced)!)} is also created by "${earlier.heading}"`,
        'Give each new or renumbered section its own number.',
      );
    }
    results.set(produced, part);
    const article = parseTargetId(produced)?.article;
    if (article !== undefined && repealedArticles.has(article.key) && produced !== `art-${article.key}`) {
      context.atPart(
        part,
        'error',
        'into-repealed-article',
        `this block puts a section into Article ${article.roman}, which the measure repeals`,
        'Repeal the article or keep the section, not both.',
      );
    }
  }
}

export function lintMeasureNumbering(context: LintContext): void {
  const { measure } = context;
  let number = 0;
  for (const part of measure.parts) {
    if (part.type !== 'uncodified') continue;
    number++;
    const typed = TYPED_MEASURE_LABEL.exec(part.heading.trim());
    if (typed !== null && Number(typed[1]) !== number) {
      context.atPart(
        part,
        'warning',
        'section-numbering',
        `this heading says ${typed[0]}, but it is printed as ${measureSectionLabel(number, measure.meta.options.sectionStyle)}`,
        'Leave numbers out of "## " headings: the measure numbers its sections itself (uncodified sections first, then one per amendment).',
      );
    }
  }
}

export function lintKind(context: LintContext): void {
  const { measure } = context;
  const amendmentCount = measure.parts.filter((part) => part.type === 'amendment').length;
  const firstPart = measure.parts[0];
  const offset = firstPart?.extent.start ?? 0;
  if (measure.meta.kind === 'constitutional amendment' && amendmentCount === 0) {
    context.report(
      'warning',
      'kind-mismatch',
      'the measure is a constitutional amendment but changes no constitution text',
      'Add an amendment block (edit the constitution in context), or set kind: statute.',
      offset,
    );
  }
  if (measure.meta.kind === 'statute' && amendmentCount > 0) {
    context.report(
      'warning',
      'kind-mismatch',
      `the measure is a statute but has ${amendmentCount} constitutional amendment block(s)`,
      'Set kind: constitutional amendment (or both).',
      offset,
    );
  }
}
