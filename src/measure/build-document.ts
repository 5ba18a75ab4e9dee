/**
 * `buildMeasureDocument`: the one builder of the measure tree. It reads only the measure file (the
 * base and proposed texts of its blocks), so a measure renders without the constitution edition.
 * Order: uncodified sections in file order, then one section per amendment in constitution order.
 */
import { sha256OfText } from '../shared/sha256';
import { amendingClause, clauseRestates, type ClauseInput } from './clauses';
import type { MeasureBlock, MeasureDocument, MeasureSectionNode, Restatement } from './document';
import { markdownBlocks } from './markdown-blocks';
import { notationSentence, type NotationItem } from './notation';
import { redlineRestatement, retitleRestatement, wholeArticleRestatement, wholeSectionRestatement } from './restate';
import { compareTargets, parseTargetId, type TargetRef } from './target';
import type { AmendmentPart, MeasureFile, MeasureOptions, UncodifiedPart } from './types';

export const ENACTING_CLAUSE = 'The people of the State of California do enact as follows:';

/** `SECTION 1.`, then `SEC. 2.` (or `SECTION 2.` in the all-SECTION style). */
export function measureSectionLabel(number: number, style: MeasureOptions['sectionStyle']): string {
  return number === 1 || style === 'section' ? `SECTION ${number}.` : `SEC. ${number}.`;
}

/** An amendment part with its targets resolved (parts whose ids do not parse are left out). */
export interface ResolvedAmendment {
  readonly part: AmendmentPart;
  readonly target: TargetRef;
  readonly to?: TargetRef;
}

/** Amendment parts in constitution order (stable for equal targets). */
export function amendmentsInOrder(measure: MeasureFile): ResolvedAmendment[] {
  const resolved: ResolvedAmendment[] = [];
  for (const part of measure.parts) {
    if (part.type !== 'amendment') continue;
    const target = parseTargetId(part.target);
    if (target === undefined) continue;
    const to = part.to === undefined ? undefined : parseTargetId(part.to);
    resolved.push({ part, target, ...(to === undefined ? {} : { to }) });
  }
  return resolved
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => compareTargets(a.entry.target, b.entry.target) || a.position - b.position)
    .map(({ entry }) => entry);
}

/** The clause input of a resolved amendment. */
export function clauseInputOf(amendment: ResolvedAmendment): ClauseInput {
  const { part } = amendment;
  const textChanged = part.proposed !== undefined && part.base !== undefined && part.proposed !== part.base;
  return {
    op: part.op,
    target: amendment.target,
    ...(amendment.to === undefined ? {} : { to: amendment.to }),
    textChanged,
  };
}

function restatementOf(amendment: ResolvedAmendment): Restatement | undefined {
  const { part, target } = amendment;
  const number = (amendment.to ?? target).section ?? '';
  const isArticle = target.section === undefined;
  switch (part.op) {
    case 'amend':
    case 'renumber':
    case 'move':
      if (part.base === undefined) return undefined;
      return redlineRestatement(part.base, part.proposed ?? part.base, number);
    case 'add':
      if (part.proposed === undefined) return undefined;
      return isArticle
        ? wholeArticleRestatement(part.proposed, target, 'inserted')
        : wholeSectionRestatement(part.proposed, number, 'inserted');
    case 'repeal':
      if (part.base === undefined) return undefined;
      return isArticle
        ? wholeArticleRestatement(part.base, target, 'struck')
        : wholeSectionRestatement(part.base, number, 'struck');
    case 'retitle':
      return part.base === undefined || part.proposed === undefined
        ? undefined
        : retitleRestatement(target, part.base, part.proposed);
  }
}

/** Which verb and object an operation contributes to the notation sentence. */
export function notationItem(input: ClauseInput): NotationItem {
  const object = input.target.section === undefined ? 'article' : 'section';
  switch (input.op) {
    case 'amend':
      return { verb: 'amending', object };
    case 'add':
      return { verb: 'adding', object };
    case 'repeal':
      return { verb: 'repealing', object };
    case 'renumber':
    case 'move':
      return { verb: input.textChanged === true ? 'amending and renumbering' : 'renumbering', object: 'section' };
    case 'retitle':
      return { verb: 'amending', object: 'article heading' };
  }
}

function uncodifiedSection(part: UncodifiedPart, label: string): MeasureSectionNode {
  return { label, kind: 'uncodified', heading: part.heading, blocks: markdownBlocks(part.body) };
}

function hasMark(blocks: readonly MeasureBlock[], mark: 'delete' | 'insert'): boolean {
  return blocks.some((block) =>
    block.type === 'restatement' ? hasMark(block.blocks, mark) : block.runs.some((run) => run.mark === mark),
  );
}

/** Build the measure tree. `sha256` defaults to the hash of the measure file's exact text. */
export function buildMeasureDocument(measure: MeasureFile, options: { sha256?: string } = {}): MeasureDocument {
  const { meta } = measure;
  const sections: MeasureSectionNode[] = [];
  const nextLabel = (): string => measureSectionLabel(sections.length + 1, meta.options.sectionStyle);
  for (const part of measure.parts) {
    if (part.type === 'uncodified') sections.push(uncodifiedSection(part, nextLabel()));
  }
  const items: NotationItem[] = [];
  for (const amendment of amendmentsInOrder(measure)) {
    const input = clauseInputOf(amendment);
    items.push(notationItem(input));
    const restatement = clauseRestates(input) ? restatementOf(amendment) : undefined;
    sections.push({
      label: nextLabel(),
      kind: 'amendment',
      clause: amendingClause(input),
      blocks: restatement === undefined ? [] : [restatement],
      target: amendment.part.target,
    });
  }
  const allBlocks = sections.flatMap((section) => section.blocks);
  const notation = notationSentence({
    items,
    hasDeletions: hasMark(allBlocks, 'delete'),
    hasInsertions: hasMark(allBlocks, 'insert'),
  });
  return {
    title: meta.title,
    kind: meta.kind,
    ...(notation === undefined ? {} : { notation }),
    ...(meta.options.enactingClause ? { enactingClause: ENACTING_CLAUSE } : {}),
    sections,
    fingerprint: { revisionLabel: meta.revision.label, sha256: options.sha256 ?? sha256OfText(measure.source) },
  };
}
