/** Measures in the library: new from the template, open a file, recent files, the bundled examples. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { libraryStore } from '../state/library-store';
import { uiStore } from '../state/ui-store';
import { openExample, openMeasurePath } from '../actions/draft-actions';
import { importExampleEdition } from '../actions/library-actions';
import { isMeasureExample } from '../model/examples';
import { runCommand } from '../actions/commands';
import { shortcutLabel } from '../model/shortcuts';

export function MeasuresSection(): ReactElement {
  const recent = useStore(libraryStore, (state) => state.recent);
  const examples = useStore(libraryStore, (state) => state.examples);
  return (
    <section className="library-section" aria-labelledby="measures-title">
      <header className="section-header">
        <h2 id="measures-title">Measures</h2>
        <div className="card-actions">
          <button type="button" className="button" onClick={() => uiStore.set({ dialog: 'new-measure' })}>
            New measure… <kbd>{shortcutLabel('new')}</kbd>
          </button>
          <button type="button" className="button" onClick={() => void runCommand('open')}>
            Open measure… <kbd>{shortcutLabel('open')}</kbd>
          </button>
        </div>
      </header>

      <h3 className="subheading" id="recent-title">
        Recent
      </h3>
      {recent.length === 0 ? (
        <p className="muted small">Measures you open or save appear here.</p>
      ) : (
        <ul className="file-list" aria-labelledby="recent-title">
          {recent.map((file) => (
            <li key={file.path}>
              <button
                type="button"
                className="link-button"
                onClick={() => void openMeasurePath(file.path)}
                aria-label={`Open ${file.fileName} (${file.path})`}
              >
                {file.fileName}
              </button>
              <span className="muted small path" title={file.path}>
                {file.path}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3 className="subheading" id="examples-title">
        Examples
      </h3>
      <p className="muted small">
        The 2016–2017 “Calexit” proposals: the first repealed Article III, Section 1; the revision amended it instead.
        Open them to see a real measure, or compare them in the Compare view.
      </p>
      <ul className="file-list" aria-labelledby="examples-title">
        {examples.map((example) =>
          isMeasureExample(example.name) ? (
            <li key={example.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => void openExample(example.name)}
                aria-label={`Open example: ${example.title}`}
              >
                {example.title}
              </button>
              <span className="muted small">{example.name}</span>
            </li>
          ) : (
            <li key={example.name}>
              <span>{example.title}</span>
              <span className="muted small">{example.name} — the excerpt the examples amend</span>
              <button
                type="button"
                className="button small-button"
                onClick={() => void importExampleEdition(example.name)}
                aria-label={`Import the example edition ${example.name}`}
              >
                Import as edition
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
