/**
 * The export dialog: what to export, the proponents (validated, errors next to the fields; saved into
 * the measure's front matter), where to write it, a progress bar fed by the host's progress events,
 * and "show in folder" when done.
 */
import { useMemo, useState, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { exportStore } from '../state/export-store';
import { measureStore } from '../state/measure-store';
import { draftStore } from '../state/draft-store';
import { appInfoStore } from '../state/app-info-store';
import { Modal } from './modal';
import { ProponentFields, CountyOptions } from './proponent-fields';
import { ExportProgressView } from './export-progress';
import { EXPORT_CHOICES, defaultOutputPath, withDefaultExtension, type ExportChoice } from '../model/export-choices';
import {
  EMPTY_PROPONENT,
  isBlankProponent,
  toDraft,
  validateProponents,
  type ProponentDraft,
  type ProponentField,
} from '../model/proponent-form-model';
import { measureProponents } from '../model/measure-text';
import { chooseOutputPath, runExport } from '../actions/export-actions';

export function ExportDialog({ onClose }: { readonly onClose: () => void }): ReactElement {
  const source = useStore(measureStore, (state) => state.source);
  const title = useStore(draftStore, (state) => state.title);
  const dataFolder = useStore(appInfoStore, (state) => state.info?.dataFolder);
  // Only a desktop host has a native save dialog; in the browser the path is typed.
  const hasNativeDialog = useStore(appInfoStore, (state) => state.info?.host === 'electron');
  const running = useStore(exportStore, (state) => state.running);
  const initialProponents = useMemo(() => measureProponents(source).map(toDraft), [source]);

  const [choice, setChoice] = useState<ExportChoice>('packet');
  const [proponents, setProponents] = useState<readonly ProponentDraft[]>(
    initialProponents.length > 0 ? initialProponents : [EMPTY_PROPONENT],
  );
  const [outputPath, setOutputPath] = useState(() => defaultOutputPath('packet', title, dataFolder));
  const [pathEdited, setPathEdited] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const needsProponents = choice === 'packet';
  const validation = validateProponents(proponents);
  const blankOnly = proponents.length === 1 && isBlankProponent(proponents[0]!);
  const proponentsOk = validation.valid || (!needsProponents && blankOnly);
  const pathError = outputPath.trim() === '' ? 'Choose where to write the export.' : undefined;

  const selectChoice = (next: ExportChoice): void => {
    setChoice(next);
    if (!pathEdited) setOutputPath(defaultOutputPath(next, title, dataFolder));
  };
  const updateProponent = (index: number, field: ProponentField, value: string): void =>
    setProponents((current) => current.map((entry, at) => (at === index ? { ...entry, [field]: value } : entry)));

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    if (!proponentsOk || pathError !== undefined) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.modal [aria-invalid="true"]')?.focus());
      return;
    }
    const path = withDefaultExtension(outputPath, choice);
    if (path !== outputPath) setOutputPath(path);
    await runExport({ choice, proponents: blankOnly ? [] : proponents, outputPath: path });
  };

  return (
    <Modal title="Export" titleId="export-title" onClose={onClose} busy={running} className="modal-wide">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="export-choices" disabled={running}>
          <legend>What to export</legend>
          {EXPORT_CHOICES.map((entry) => (
            <label key={entry.choice} className="choice">
              <input
                type="radio"
                name="export-choice"
                value={entry.choice}
                checked={choice === entry.choice}
                onChange={() => selectChoice(entry.choice)}
              />
              <span>
                <strong>{entry.label}</strong>
                <span className="muted small"> {entry.description}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset className="proponents" disabled={running}>
          <legend>
            Proponents {needsProponents ? '(required for the filing packet)' : '(optional for this format)'}
          </legend>
          <p className="field-hint" id="proponents-saved-hint">
            Exporting writes these names into the measure’s front matter; save the measure to keep them.
          </p>
          <CountyOptions />
          {submitted && validation.list !== undefined && needsProponents && (
            <p className="field-error">{validation.list}</p>
          )}
          {proponents.map((proponent, index) => (
            <ProponentFields
              key={index}
              index={index}
              value={proponent}
              errors={validation.perProponent[index] ?? {}}
              showErrors={submitted && !(blankOnly && !needsProponents)}
              onChange={(field, value) => updateProponent(index, field, value)}
              {...(proponents.length > 1
                ? { onRemove: () => setProponents((current) => current.filter((_, at) => at !== index)) }
                : {})}
            />
          ))}
          <button
            type="button"
            className="button"
            onClick={() => setProponents((current) => [...current, EMPTY_PROPONENT])}
          >
            Add a proponent
          </button>
        </fieldset>

        <div className="field output-field">
          <label htmlFor="export-path">Save to</label>
          <div className="inline-field">
            <input
              id="export-path"
              value={outputPath}
              spellCheck={false}
              disabled={running}
              onChange={(event) => {
                setOutputPath(event.currentTarget.value);
                setPathEdited(true);
              }}
              aria-invalid={submitted && pathError !== undefined}
              aria-describedby="export-path-hint"
            />
            {hasNativeDialog && (
              <button
                type="button"
                className="button"
                disabled={running}
                onClick={() =>
                  void chooseOutputPath(choice, outputPath).then((path) => {
                    if (path === undefined) return;
                    setOutputPath(path);
                    setPathEdited(true);
                  })
                }
              >
                Choose…
              </button>
            )}
          </div>
          <span id="export-path-hint" className="field-hint">
            The file to write on this computer (an existing file is replaced; the extension is added if you leave it
            out).
          </span>
          {submitted && pathError !== undefined && <span className="field-error">{pathError}</span>}
        </div>

        <ExportProgressView />

        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose} disabled={running}>
            Close
          </button>
          <button type="submit" className="button primary" disabled={running}>
            {running ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
