/** Edit in context: outline | constitution text | amendments, under the base-edition note. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { draftStore } from '../state/draft-store';
import { OutlinePanel } from './outline-panel';
import { ConstitutionEditor } from './constitution-editor';
import { AmendmentsPanel } from './amendments-panel';
import { EditionNotice } from './edition-notice';

export function EditView(): ReactElement {
  const hasEdition = useStore(draftStore, (state) => state.edition !== undefined);
  return (
    <div className="edit-view">
      <EditionNotice />
      {hasEdition ? (
        <div className="edit-columns">
          <OutlinePanel />
          <section className="editor-column" aria-label="Constitution text">
            <ConstitutionEditor />
          </section>
          <AmendmentsPanel />
        </div>
      ) : (
        <p className="empty-hint">Edit in context needs the measure’s base edition in the library.</p>
      )}
    </div>
  );
}
