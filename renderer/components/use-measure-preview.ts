/**
 * The measure view's derived data, recomputed a moment after the measure text stops changing: the
 * print HTML (in the preview worker, with a timeout: remark reads the measure's prose, and a hostile
 * measure can make that take minutes) and the checks (in the diff worker against the base edition
 * when it is open, which also verifies the quoted official text; in the preview worker otherwise).
 */
import { useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { measureStore } from '../state/measure-store';
import { draftStore } from '../state/draft-store';
import { lintAgainstBase } from '../editor/live-diff';
import { issuesOf, type MeasureIssue } from '../model/measure-preview';
import type { DraftLink } from '../model/draft-links';
import { PreviewClient } from '../workers/preview-client';
import PreviewWorker from '../workers/preview.worker?worker';

/** Quiet time before the preview is rebuilt. */
const PREVIEW_DELAY_MS = 150;

export interface MeasurePreviewState {
  readonly html: string;
  /** The https:/mailto: links written in the draft (listed under the preview). */
  readonly links: readonly DraftLink[];
  /** Why there is no preview (too large, too complex): shown instead of it. */
  readonly problem?: string;
  readonly issues: readonly MeasureIssue[];
  /** The preview or the checks are behind the text. */
  readonly pending: boolean;
  /** The checks included the base edition (quoted official text verified). */
  readonly checkedAgainstBase: boolean;
}

interface Rendered {
  readonly source: string;
  readonly html: string;
  readonly links: readonly DraftLink[];
  readonly problem?: string;
}

/** A source no measure has (a NUL), for "nothing rendered yet". */
const NOTHING_YET = '\u0000none';

let client: PreviewClient | undefined;
/** The last preview, so switching back to the measure view shows it at once. */
let lastRendered: Rendered = { source: NOTHING_YET, html: '', links: [] };

function previewClient(): PreviewClient {
  client ??= new PreviewClient(() => new PreviewWorker({ name: 'amend-preview' }));
  return client;
}

export function useMeasurePreview(): MeasurePreviewState {
  const source = useStore(measureStore, (state) => state.source);
  const hasEdition = useStore(draftStore, (state) => state.edition !== undefined);
  const [rendered, setRendered] = useState<Rendered>(lastRendered);
  const [checks, setChecks] = useState<{ source: string; issues: readonly MeasureIssue[]; base: boolean }>({
    source: '',
    issues: [],
    base: false,
  });

  useEffect(() => {
    let current = true;
    const delay = rendered.source === NOTHING_YET ? 0 : PREVIEW_DELAY_MS;
    const timer = setTimeout(() => {
      void previewClient()
        .preview(source, !hasEdition)
        .then((outcome) => {
          if (!current || outcome.status === 'superseded') return;
          const next: Rendered =
            outcome.status === 'ok'
              ? { source, html: outcome.html, links: outcome.links }
              : { source, html: '', links: [], problem: outcome.message };
          lastRendered = next;
          setRendered(next);
          if (!hasEdition) setChecks({ source, issues: outcome.issues ?? [], base: false });
        });
      if (!hasEdition) return;
      void lintAgainstBase(source).then((messages) => {
        if (current && messages !== undefined) setChecks({ source, issues: issuesOf(source, messages), base: true });
      });
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `rendered` only picks the first delay; a new preview must not restart the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, hasEdition]);

  return {
    html: rendered.html,
    links: rendered.links,
    ...(rendered.problem === undefined ? {} : { problem: rendered.problem }),
    issues: checks.issues,
    pending: rendered.source !== source || checks.source !== source,
    checkedAgainstBase: checks.base,
  };
}
