/**
 * The measure's own text, editable: its title and each uncodified section (title, findings, purpose,
 * severability …). Each field writes straight into the measure file's text on change.
 */
import { useEffect, useState, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { measureStore, setMeasureSource } from '../state/measure-store';
import { draftStore } from '../state/draft-store';
import { showToast } from '../state/ui-store';
import { parsedMeasure, withPartBody, withTitle } from '../model/measure-text';

export function MeasureFields(): ReactElement {
  const source = useStore(measureStore, (state) => state.source);
  const measure = parsedMeasure(source);
  const amendments = measure.parts.filter((part) => part.type === 'amendment').length;

  const apply = (result: { ok: true; value: string } | { ok: false; error: string }): void => {
    if (result.ok) {
      setMeasureSource(result.value);
      const title = parsedMeasure(result.value).meta.title;
      if (draftStore.get().title !== title) draftStore.set({ title });
    } else showToast(result.error, 'danger');
  };

  return (
    <section className="measure-fields" aria-labelledby="measure-fields-title">
      <header className="panel-header">
        <h2 className="panel-title" id="measure-fields-title">
          Measure
        </h2>
        <span className="muted small">
          {amendments === 1 ? '1 amendment' : `${amendments} amendments`} (edit them in the Edit view)
        </span>
      </header>
      <BufferedField
        id="measure-title"
        label="Title of the measure"
        value={measure.meta.title}
        onCommit={(value) => apply(withTitle(source, value))}
      />
      {measure.parts.map((part, index) =>
        part.type === 'uncodified' ? (
          <BufferedField
            key={`${index}:${part.heading}`}
            id={`measure-part-${index}`}
            label={part.heading}
            value={part.body}
            multiline
            onCommit={(value) => apply(withPartBody(source, index, value))}
          />
        ) : null,
      )}
    </section>
  );
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly onCommit: (value: string) => void;
}

/**
 * A field that keeps its own text while you type and writes it into the measure after a short pause
 * (and on blur), so the preview does not re-render on every keystroke.
 */
function BufferedField({ id, label, value, multiline = false, onCommit }: FieldProps): ReactElement {
  const tooLong = multiline ? tooLongToEdit(value) : undefined;
  if (tooLong !== undefined) {
    return (
      <div className="field part-field">
        <span className="field-label">{label}</span>
        <p className="notice notice-warning small" role="alert">
          {tooLong}
        </p>
      </div>
    );
  }
  return <EditableField id={id} label={label} value={value} multiline={multiline} onCommit={onCommit} />;
}

/**
 * A browser text box lays out every line of its text on the UI thread, each time the page changes:
 * 100,000 lines take seconds. A measure's own sections are a few dozen lines, so past these caps the
 * section is shown as too long to edit here (the preview and exports still have all of it).
 */
const MAX_FIELD_CHARS = 100_000;
const MAX_FIELD_LINES = 2_000;

function tooLongToEdit(value: string): string | undefined {
  const lines = value.split(/\r\n?|\n/).length;
  if (value.length <= MAX_FIELD_CHARS && lines <= MAX_FIELD_LINES) return undefined;
  return `This section is ${value.length.toLocaleString('en-US')} characters in ${lines.toLocaleString('en-US')} lines: too long to edit here (this field edits up to ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters and ${MAX_FIELD_LINES.toLocaleString('en-US')} lines). Edit the measure file in a text editor; nothing was removed.`;
}

function EditableField({ id, label, value, multiline = false, onCommit }: FieldProps): ReactElement {
  // The text being typed; undefined when the field shows the measure's value.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (draft === undefined || draft === value) return undefined;
    const timer = setTimeout(() => onCommit(draft), COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);
  const common = {
    id,
    value: draft ?? value,
    onBlur: () => {
      if (draft !== undefined && draft !== value) onCommit(draft);
      setDraft(undefined);
    },
  };
  return (
    <div className={`field${multiline ? ' part-field' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} onChange={(event) => setDraft(event.currentTarget.value)} rows={6} />
      ) : (
        <input {...common} onChange={(event) => setDraft(event.currentTarget.value)} />
      )}
    </div>
  );
}

/** Pause after typing before the measure text (and its preview) is updated. */
const COMMIT_DELAY_MS = 400;
