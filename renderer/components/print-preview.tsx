/**
 * The print HTML in a sandboxed frame (SanitizedFrame: `sandbox=""`, no scripts, opaque origin), so a
 * measure from a partner can never run code in the app; the draft's links are listed under it. When
 * the preview could not be built (too large, too complex), the reason is shown instead.
 */
import type { ReactElement } from 'react';
import type { DraftLink } from '../model/draft-links';
import { DraftLinksList } from './draft-links-list';
import { SanitizedFrame } from './sanitized-frame';

interface Props {
  readonly html: string;
  readonly links: readonly DraftLink[];
  readonly pending: boolean;
  readonly problem?: string;
}

export function PrintPreview({ html, links, pending, problem }: Props): ReactElement {
  return (
    <section className="print-preview" aria-labelledby="preview-title" aria-busy={pending}>
      <header className="panel-header">
        <h2 className="panel-title" id="preview-title">
          As it will be filed
        </h2>
        <span className="muted small">{pending ? 'Updating…' : 'Same rendering as the PDF'}</span>
      </header>
      {problem === undefined ? (
        <div className="preview-frame-wrap">
          <SanitizedFrame className="preview-frame" title="Measure as it will be filed" html={html} />
        </div>
      ) : (
        <p className="notice notice-warning" role="alert">
          {problem}
        </p>
      )}
      <DraftLinksList links={links} />
    </section>
  );
}
