/**
 * The revision-comparison report: which revisions are compared (labels, dates, short hashes), a
 * summary, then each changed part with the words the later revision removed (struck) and added
 * (underlined — the revision layer's own marks, so it never reads as the constitution redline).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ComparisonEntry, ComparisonRevision, ComparisonView } from './comparison-types';
import { REVISION_MARKS, redlineInline } from './redline-html';

/** Digits of a SHA-256 shown to people (48 bits: enough to tell revisions apart at a glance). */
export const SHORT_HASH_DIGITS = 12;

const STATUS_TEXT: Readonly<Record<ComparisonEntry['status'], string>> = {
  changed: 'changed',
  added: 'added in the later revision',
  removed: 'removed in the later revision',
  unchanged: 'unchanged',
};

function revisionLine(role: string, revision: ComparisonRevision): string {
  const details = [revision.date, revision.author].filter(
    (value): value is string => value !== undefined && value !== '',
  );
  const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
  return `${role}: ${revision.label}${suffix}, SHA-256 ${revision.sha256.slice(0, SHORT_HASH_DIGITS)}`;
}

function entryElement(entry: ComparisonEntry): Element {
  return h('section', { className: ['comparison-entry', `status-${entry.status}`] }, [
    h('h3', `${entry.heading} (${STATUS_TEXT[entry.status]})`),
    ...entry.paragraphs.map((runs) => h('p', redlineInline(runs, REVISION_MARKS))),
  ]);
}

/** The report as a hast element (sanitized with the rest of the page). */
export function comparisonElement(view: ComparisonView): Element {
  const changed = view.entries.filter((entry) => entry.status !== 'unchanged');
  return h('article', { className: ['comparison'], lang: 'en' }, [
    h('h1', view.title),
    h('p', { className: ['comparison-revisions'] }, [
      revisionLine('Earlier revision', view.from),
      h('br'),
      revisionLine('Later revision', view.to),
    ]),
    h('p', { className: ['role-notice'] }, [
      'Words removed by the later revision are struck through; words it added are underlined. ',
      'This compares two revisions of the measure; it is not the redline against the Constitution.',
    ]),
    view.summary.length > 0
      ? h(
          'ul',
          { className: ['comparison-summary'] },
          view.summary.map((line) => h('li', line)),
        )
      : h('p', 'The two revisions have the same text.'),
    ...changed.map(entryElement),
  ]);
}
