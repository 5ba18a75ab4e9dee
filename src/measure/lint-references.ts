/**
 * Cross-references that point at provisions the measure repeals or renumbers: in the measure's own
 * proposed texts (reported where they stand), and, with an edition loaded, in the provisions of the
 * edition the measure leaves in place (reported at the repealing or renumbering block, naming the
 * citing provision, since that text is not in the measure file).
 */
import { citeNode } from '../constitution/citation';
import { nodePathAtOffset } from '../constitution/locate';
import type { Block, LegalDoc } from '../constitution/types';
import { amendmentsInOrder, type ResolvedAmendment } from './build-document';
import type { LintContext } from './lint-context';
import { findReferences, subdivisionLabels } from './references';
import { headingCitation, parseTargetId, targetId } from './target';
import type { AmendmentPart } from './types';

/** A provision that no longer stands under its number once the measure is adopted. */
interface Vacated {
  readonly part: AmendmentPart;
  /** `is repealed by this measure` / `is renumbered Article X, Section 3 by this measure`. */
  readonly passive: string;
  /** `which this measure repeals` / `which this measure renumbers Article X, Section 3`. */
  readonly relative: string;
}

/** Provisions repealed, renumbered or moved, by id. */
function vacatedProvisions(amendments: readonly ResolvedAmendment[]): Map<string, Vacated> {
  const vacated = new Map<string, Vacated>();
  for (const { part, to } of amendments) {
    if (part.op === 'repeal')
      vacated.set(part.target, {
        part,
        passive: 'is repealed by this measure',
        relative: 'which this measure repeals',
      });
    if (to !== undefined) {
      const where = headingCitation(to);
      vacated.set(part.target, {
        part,
        passive: `is renumbered ${where} by this measure`,
        relative: `which this measure renumbers ${where}`,
      });
    }
  }
  return vacated;
}

/** What became of the provision `id` points at: itself, or the article it is in. */
function vacatedFor(vacated: ReadonlyMap<string, Vacated>, id: string): Vacated | undefined {
  const direct = vacated.get(id);
  if (direct !== undefined) return direct;
  const target = parseTargetId(id);
  return target?.section === undefined ? undefined : vacated.get(`art-${target.article.key}`);
}

/** References in proposed texts to provisions this measure repeals or renumbers, or to missing subdivisions. */
export function lintReferences(context: LintContext): void {
  const amendments = amendmentsInOrder(context.measure);
  const vacated = vacatedProvisions(amendments);
  for (const { part, target, to } of amendments) {
    const text = part.proposed;
    if (text === undefined || part.op === 'retitle') continue;
    const home = (to ?? target).section === undefined ? undefined : (to ?? target).article;
    const labels = subdivisionLabels(text);
    for (const reference of findReferences(text, home)) {
      const offset = context.offsetOf(part, text, reference.index);
      if (reference.kind === 'subdivision') {
        if (target.section !== undefined && !labels.has(reference.label)) {
          context.report(
            'warning',
            'dangling-reference',
            `"${reference.text}" points at a subdivision this section does not have`,
            'Check the lettering of the subdivisions after the change.',
            offset,
          );
        }
        continue;
      }
      if (reference.id === targetId(to ?? target)) continue;
      const gone = vacatedFor(vacated, reference.id);
      if (gone === undefined) continue;
      const cited = parseTargetId(reference.id);
      context.report(
        'warning',
        'dangling-reference',
        `"${reference.text}" points at a provision that no longer exists: ${cited === undefined ? reference.id : headingCitation(cited)} ${gone.passive}`,
        'Update the cross-reference to the new number, or keep the provision.',
        offset,
      );
    }
  }
}

function inHistoryNote(blocks: readonly Block[], offset: number): boolean {
  return blocks.some(
    (block) =>
      block.position.start.offset <= offset &&
      offset < block.position.end.offset &&
      (block.type === 'historyNote' || (block.type === 'subdivision' && inHistoryNote(block.children, offset))),
  );
}

/**
 * Ids of the sections whose text the measure replaces or removes (their references are its business
 * elsewhere: the proposed text is checked on its own), and of the articles it repeals whole.
 */
function replacedProvisions(amendments: readonly ResolvedAmendment[]): Set<string> {
  return new Set(
    amendments
      .filter(({ part }) => part.op === 'repeal' || (part.op !== 'retitle' && part.proposed !== undefined))
      .map(({ part }) => part.target),
  );
}

/**
 * With an edition: references in the provisions the measure leaves in place to provisions it repeals or
 * renumbers ("Article IV, Section 12, subdivision (h) still cites Article III, Section 4, which this
 * measure repeals"), reported at the block that vacates the provision.
 */
export function lintBaseReferences(context: LintContext, base: LegalDoc): void {
  const amendments = amendmentsInOrder(context.measure);
  const vacated = vacatedProvisions(amendments);
  if (vacated.size === 0) return;
  const replaced = replacedProvisions(amendments);
  const reported = new Set<string>();
  for (const article of base.articles) {
    if (replaced.has(article.id)) continue;
    const text = base.source.slice(article.extent.start, article.extent.end);
    for (const reference of findReferences(text, article.number)) {
      if (reference.kind !== 'provision') continue;
      const gone = vacatedFor(vacated, reference.id);
      if (gone === undefined) continue;
      const offset = article.extent.start + reference.index;
      const path = nodePathAtOffset(base, offset);
      const section = path.find((node) => node.type === 'section');
      if (section !== undefined && (replaced.has(section.id) || inHistoryNote(section.children, offset))) continue;
      const citing = path.at(-1);
      if (citing === undefined) continue;
      const key = `${citing.id} ${reference.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const cited = parseTargetId(reference.id);
      context.atPart(
        gone.part,
        'warning',
        'dangling-reference',
        `${citeNode(base, citing.id)} still cites ${cited === undefined ? reference.id : headingCitation(cited)} ("${reference.text.replace(/\s+/g, ' ')}"), ${gone.relative}`,
        'Amend the citing provision too (update or drop the cross-reference), or keep the provision.',
      );
    }
  }
}
