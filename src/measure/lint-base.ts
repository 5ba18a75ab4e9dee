/**
 * Lint rules against a loaded edition: the struck (base) text of every block equals the official
 * text word for word, the provisions exist (or, for additions, do not yet), and the measure names
 * the edition it was drafted against.
 */
import type { LegalDoc } from '../constitution/types';
import { sha256OfText } from '../shared/sha256';
import { editionHashes } from '../constitution/edition-id';
import { amendmentsInOrder } from './build-document';
import type { LintContext } from './lint-context';
import { findProvision, officialText, sameWords } from './official-text';
import { findReferences } from './references';
import { headingCitation, targetId } from './target';
import type { AmendmentPart } from './types';
import { wordRedline } from './word-redline';

const REBASE_HINT = 'Copy the official text into the "base" block, or run amend rebase MEASURE --base EDITION.';
/** How much of each side to quote when describing a difference. */
const QUOTE_LENGTH = 60;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH)}…` : flat}”`;
}

/** Report where the block's base text first differs from the edition. */
function reportMismatch(context: LintContext, part: AmendmentPart, official: string, recorded: string): void {
  let offsetInRecorded = 0;
  const segments = wordRedline(official, recorded);
  const first = segments.findIndex((segment) => segment.type !== 'equal');
  for (const segment of segments.slice(0, Math.max(0, first))) offsetInRecorded += segment.text.length;
  const deleted = segments.slice(first).find((segment) => segment.type === 'delete')?.text ?? '';
  const inserted = segments.slice(first).find((segment) => segment.type === 'insert')?.text ?? '';
  const detail =
    deleted === ''
      ? `the block adds ${quote(inserted)}`
      : inserted === ''
        ? `the block leaves out ${quote(deleted)}`
        : `the edition reads ${quote(deleted)} where the block reads ${quote(inserted)}`;
  context.report(
    'error',
    'struck-text-mismatch',
    `the "base" text of "${part.heading}" is not the official text word for word: ${detail}`,
    REBASE_HINT,
    context.offsetOf(part, recorded, offsetInRecorded),
  );
}

export function lintAgainstBase(context: LintContext, base: LegalDoc): void {
  const { measure } = context;
  const amendments = amendmentsInOrder(measure);
  const vacated = new Set(
    amendments.filter((a) => a.part.op === 'repeal' || a.to !== undefined).map((a) => a.part.target),
  );
  const created = new Set(
    amendments.flatMap((a) => (a.part.op === 'add' ? [a.part.target] : a.part.to === undefined ? [] : [a.part.to])),
  );
  for (const { part, target, to } of amendments) {
    const citation = headingCitation(target);
    if (part.op === 'add') {
      if (findProvision(base, part.target) !== undefined && !vacated.has(part.target)) {
        context.atPart(
          part,
          'error',
          'target-exists',
          `${citation} already exists in the edition`,
          'Amend it instead, or choose a new number.',
        );
      }
      const article = `art-${target.article.key}`;
      if (target.section !== undefined && findProvision(base, article) === undefined && !created.has(article)) {
        context.atPart(
          part,
          'error',
          'target-missing',
          `Article ${target.article.roman} does not exist in the edition`,
          'Add the article too, or fix the heading.',
        );
      }
      continue;
    }
    const official = officialText(base, part.op, part.target);
    if (official === undefined) {
      context.atPart(part, 'error', 'target-missing', `${citation} does not exist in the edition`, REBASE_HINT);
      continue;
    }
    if (part.base !== undefined && !sameWords(part.base, official)) reportMismatch(context, part, official, part.base);
    if (to !== undefined && findProvision(base, targetId(to)) !== undefined && !vacated.has(targetId(to))) {
      context.atPart(
        part,
        'error',
        'target-exists',
        `${headingCitation(to)} already exists in the edition`,
        'Renumber to a free number, or renumber that section too.',
      );
    }
  }
  for (const { part, target, to } of amendments) {
    if (part.proposed === undefined || part.op === 'retitle') continue;
    const home = (to ?? target).section === undefined ? undefined : (to ?? target).article;
    for (const reference of findReferences(part.proposed, home)) {
      if (
        reference.kind !== 'provision' ||
        created.has(reference.id) ||
        findProvision(base, reference.id) !== undefined
      )
        continue;
      context.report(
        'warning',
        'unknown-reference',
        `"${reference.text}" points at a provision the edition does not have`,
        'Check the number against the edition.',
        context.offsetOf(part, part.proposed, reference.index),
      );
    }
  }
  const hash = sha256OfText(base.source);
  const recorded = measure.meta.base.sha256.toLowerCase();
  if (recorded !== '' && !editionHashes(base, hash).includes(recorded)) {
    const firstPart = measure.parts[0];
    context.report(
      'warning',
      'base-edition',
      `the measure was drafted against ${measure.meta.base.edition || 'another edition'} (SHA-256 ${measure.meta.base.sha256.slice(0, 12)}…), not the loaded edition (${hash.slice(0, 12)}…); each block was checked on its own`,
      'Run amend rebase to move the measure onto this edition.',
      firstPart === undefined ? 0 : firstPart.extent.start,
    );
  }
}
