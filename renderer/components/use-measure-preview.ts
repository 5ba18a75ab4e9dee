/**
 * The measure view's derived data, recomputed a moment after the measure text stops changing: the
 * print HTML (main thread; a measure is small) and the checks (in the diff worker against the base
 * edition when it is open, which also verifies the quoted official text; locally otherwise).
 */
import { useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { measureStore } from '../state/measure-store';
import { draftStore } from '../state/draft-store';
import { lintAgainstBase } from '../editor/live-diff';
import { issuesOf, localChecks, previewHtml, type MeasureIssue } from '../model/measure-preview';
import { draftLinks, type DraftLink } from '../model/draft-links';
import { parsedMeasure } from '../model/measure-text';

/** Quiet time before the preview is rebuilt. */
const PREVIEW_DELAY_MS = 150;

export interface MeasurePreviewState {
  readonly html: string;
  /** The https:/mailto: links written in the draft (listed under the preview). */
  readonly links: readonly DraftLink[];
  readonly issues: readonly MeasureIssue[];
  /** The preview or the checks are behind the text. */
  readonly pending: boolean;
  /** The checks included the base edition (quoted official text verified). */
  readonly checkedAgainstBase: boolean;
}

function rendered(source: string): { source: string; html: string; links: readonly DraftLink[] } {
  return { source, html: previewHtml(source), links: draftLinks(parsedMeasure(source)) };
}

export function useMeasurePreview(): MeasurePreviewState {
  const source = useStore(measureStore, (state) => state.source);
  const hasEdition = useStore(draftStore, (state) => state.edition !== undefined);
  const [html, setHtml] = useState(() => rendered(source));
  const [checks, setChecks] = useState<{ source: string; issues: readonly MeasureIssue[]; base: boolean }>({
    source: '',
    issues: [],
    base: false,
  });

  useEffect(() => {
    if (html.source === source) return undefined;
    const timer = setTimeout(() => setHtml(rendered(source)), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [source, html]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (!hasEdition) {
        setChecks({ source, issues: issuesOf(source, localChecks(source)), base: false });
        return;
      }
      void lintAgainstBase(source).then((messages) => {
        if (current && messages !== undefined) setChecks({ source, issues: issuesOf(source, messages), base: true });
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source, hasEdition]);

  return {
    html: html.html,
    links: html.links,
    issues: checks.issues,
    pending: html.source !== source || checks.source !== source,
    checkedAgainstBase: checks.base,
  };
}
