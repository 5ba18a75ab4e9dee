/**
 * The print HTML in a sandboxed iframe: `sandbox=""` (no scripts, no same origin, no forms, no
 * navigation) and `srcdoc`, so a measure from a partner can never run code in the app.
 */
import type { ReactElement } from 'react';

interface Props {
  readonly html: string;
  readonly pending: boolean;
}

export function PrintPreview({ html, pending }: Props): ReactElement {
  return (
    <section className="print-preview" aria-labelledby="preview-title" aria-busy={pending}>
      <header className="panel-header">
        <h2 className="panel-title" id="preview-title">
          As it will be filed
        </h2>
        <span className="muted small">{pending ? 'Updating…' : 'Same rendering as the PDF'}</span>
      </header>
      <div className="preview-frame-wrap">
        <iframe className="preview-frame" title="Measure as it will be filed" sandbox="" srcDoc={html} />
      </div>
    </section>
  );
}
