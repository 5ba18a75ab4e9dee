/**
 * The measure as it will be filed: its uncodified sections editable on the left, the print rendering
 * (the same HTML the PDF is printed from) in the middle, and the checks on the right.
 */
import { useEffect, type ReactElement } from 'react';
import { flushMeasureSync } from '../editor/live-diff';
import { EditionNotice } from './edition-notice';
import { MeasureFields } from './measure-fields';
import { PrintPreview } from './print-preview';
import { LintPanel } from './lint-panel';
import { useMeasurePreview } from './use-measure-preview';

export function MeasureView(): ReactElement {
  const preview = useMeasurePreview();
  // The amendment blocks follow the constitution text when typing pauses; do not wait for the pause.
  useEffect(() => {
    void flushMeasureSync();
  }, []);
  return (
    <div className="measure-view">
      <EditionNotice />
      <div className="measure-columns">
        <MeasureFields />
        <PrintPreview
          html={preview.html}
          links={preview.links}
          pending={preview.pending}
          {...(preview.problem === undefined ? {} : { problem: preview.problem })}
        />
        <LintPanel issues={preview.issues} pending={preview.pending} checkedAgainstBase={preview.checkedAgainstBase} />
      </div>
    </div>
  );
}
