/**
 * What the measure view shows: the print HTML (the same `renderPrintHtml` the PDF is printed from,
 * with the same embedded font, framed as a page on screen) and the measure's checks (`lintMeasure`),
 * each placed in the part of the measure it is about.
 */
import { buildMeasureDocument } from '../../src/measure/build-document';
import { lintMeasure, type LintMessage } from '../../src/measure/lint';
import type { MeasureFile } from '../../src/measure/types';
import { renderPrintHtml } from '../../src/render/print-html';
import { sha256OfText } from '../../src/shared/sha256';
import { HIDDEN_CHARACTER_RULE } from '../../src/measure/lint-hidden-characters';
import { characterAt } from './hidden-issue';
import { parsedMeasure } from './measure-text';
import { PREVIEW_FONTS } from './print-fonts';

export interface MeasureIssue {
  readonly severity: LintMessage['severity'];
  readonly ruleId: string;
  readonly message: string;
  readonly hint?: string;
  /** Where, for a reader: the part's heading (`Amend Article III, Section 1`, `Findings`) or `line 12`. */
  readonly where: string;
  /** 1-based line and column in the measure file. */
  readonly line: number;
  readonly column: number;
  /** For a hidden-character check: the character itself, so "go to" can select it (never displayed). */
  readonly character?: string;
  /** The constitution provision of the amendment block the issue is in (the edit view can go there). */
  readonly target?: string;
}

/**
 * On screen the print document is shown as a sheet of Letter paper: its own stylesheet sets the
 * page box only for print. This is our fixed CSS, appended after the sanitized body, never content.
 */
const SCREEN_PAGE_CSS =
  '@media screen { html { background: #e8e5de; } body { box-sizing: border-box; background: #fff; max-width: 8.5in; ' +
  'min-height: 11in; margin: 16px auto; padding: min(1in, 7vw); box-shadow: 0 1px 4px rgba(0,0,0,.18); } }';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The print HTML of the measure, as the sandboxed preview shows it. */
export function previewHtml(source: string): string {
  const measure = parsedMeasure(source);
  const document = buildMeasureDocument(measure);
  const html = renderPrintHtml({
    title: document.title,
    fingerprint: { revisionLabel: measure.meta.revision.label, sha256: sha256OfText(source) },
    sections: [{ role: 'measure', startsPage: false, blocks: [{ type: 'measure', document }] }],
    fonts: PREVIEW_FONTS,
  });
  return html.replace('</head>', `<style>${SCREEN_PAGE_CSS}</style></head>`);
}

/** Checks that need no edition (used when the measure's base edition is not in the library). */
export function localChecks(source: string): readonly LintMessage[] {
  return lintMeasure(parsedMeasure(source));
}

/** Issues for the checks panel, errors first, each placed in its part. */
export function issuesOf(source: string, messages: readonly LintMessage[]): MeasureIssue[] {
  const measure = parsedMeasure(source);
  return messages
    .map((message) => issueOf(measure, message))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line);
}

function issueOf(measure: MeasureFile, message: LintMessage): MeasureIssue {
  const part = measure.parts.find(
    (candidate) => candidate.position.start.line <= message.line && message.line <= candidate.position.end.line,
  );
  // Outside every part (the front matter) the line is the only place to name, once.
  // A hidden character is invisible: its column is the only way to find it by eye.
  const character =
    message.ruleId === HIDDEN_CHARACTER_RULE ? characterAt(measure.source, message.line, message.column) : undefined;
  const point = character === undefined ? `line ${message.line}` : `line ${message.line}, column ${message.column}`;
  const where = part === undefined ? point : `${part.heading} (${point})`;
  return {
    severity: message.severity,
    ruleId: message.ruleId,
    message: message.message,
    hint: message.hint,
    where,
    line: message.line,
    column: message.column,
    ...(character === undefined ? {} : { character }),
    ...(part?.type === 'amendment' ? { target: part.target } : {}),
  };
}
