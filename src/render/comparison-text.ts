/**
 * The revision-comparison report as plain text: the same content as the PDF, with the revision
 * layer's markers written out (`[begin revision deletion] … [end revision deletion]`).
 */
import { SHORT_HASH_DIGITS } from './comparison-html';
import type { ComparisonRevision, ComparisonRun, ComparisonView } from './comparison-types';
import { REVISION_MARKS } from './redline-html';

function revisionLine(role: string, revision: ComparisonRevision): string {
  const details = [revision.date, revision.author].filter(
    (value): value is string => value !== undefined && value !== '',
  );
  const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
  return `${role}: ${revision.label}${suffix}, SHA-256 ${revision.sha256.slice(0, SHORT_HASH_DIGITS)}`;
}

function runsText(runs: readonly ComparisonRun[]): string {
  return runs
    .map((run) => {
      if (run.mark === 'none') return run.text;
      const style = REVISION_MARKS[run.mark];
      return `${style.begin} ${run.text} ${style.end}`;
    })
    .join('');
}

/** The report as text, one blank line between paragraphs. */
export function renderComparisonText(view: ComparisonView): string {
  const lines = [
    view.title,
    '',
    revisionLine('Earlier revision', view.from),
    revisionLine('Later revision', view.to),
    '',
    ...(view.summary.length > 0 ? view.summary.map((line) => `- ${line}`) : ['The two revisions have the same text.']),
  ];
  for (const entry of view.entries.filter((candidate) => candidate.status !== 'unchanged')) {
    lines.push('', `${entry.heading} (${entry.status})`);
    for (const paragraph of entry.paragraphs) lines.push('', runsText(paragraph));
  }
  return `${lines.join('\n')}\n`;
}
