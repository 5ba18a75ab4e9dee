/** One proponent's fields in the export dialog, each error shown next to its field. */
import type { ReactElement } from 'react';
import { CALIFORNIA_COUNTIES } from '../model/counties';
import type { ProponentDraft, ProponentErrors, ProponentField } from '../model/proponent-form-model';

interface Props {
  readonly index: number;
  readonly value: ProponentDraft;
  readonly errors: ProponentErrors;
  readonly showErrors: boolean;
  readonly onChange: (field: ProponentField, value: string) => void;
  readonly onRemove?: () => void;
}

const FIELDS: readonly {
  readonly field: ProponentField;
  readonly label: string;
  readonly type?: string;
  readonly autoComplete: string;
  readonly hint?: string;
}[] = [
  { field: 'name', label: 'Full name', autoComplete: 'name' },
  { field: 'county', label: 'County of residence', autoComplete: 'off' },
  { field: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  { field: 'phone', label: 'Phone', type: 'tel', autoComplete: 'tel' },
  {
    field: 'address',
    label: 'Mailing address for correspondence',
    autoComplete: 'street-address',
    hint: 'Printed in the request letter; it need not be a home address.',
  },
  { field: 'organization', label: 'Organization (optional)', autoComplete: 'organization' },
];

export function ProponentFields({ index, value, errors, showErrors, onChange, onRemove }: Props): ReactElement {
  const prefix = `proponent-${index}`;
  const legend = `Proponent ${index + 1}`;
  return (
    <fieldset className="proponent">
      <legend>
        {legend}
        {onRemove !== undefined && (
          <button type="button" className="link-button small remove" onClick={onRemove} aria-label={`Remove ${legend}`}>
            Remove
          </button>
        )}
      </legend>
      <div className="proponent-grid">
        {FIELDS.map(({ field, label, type, autoComplete, hint }) => {
          const id = `${prefix}-${field}`;
          const error = showErrors ? errors[field] : undefined;
          const described = [error === undefined ? '' : `${id}-error`, hint === undefined ? '' : `${id}-hint`]
            .filter((part) => part !== '')
            .join(' ');
          return (
            <div key={field} className={`field field-${field}`}>
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                type={type ?? 'text'}
                value={value[field]}
                autoComplete={autoComplete}
                list={field === 'county' ? 'california-counties' : undefined}
                onChange={(event) => onChange(field, event.currentTarget.value)}
                aria-invalid={error !== undefined}
                aria-describedby={described === '' ? undefined : described}
                required={field === 'name' || field === 'county'}
              />
              {hint !== undefined && (
                <span id={`${id}-hint`} className="field-hint">
                  {hint}
                </span>
              )}
              {error !== undefined && (
                <span id={`${id}-error`} className="field-error">
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The county suggestions shared by every proponent's county field. */
export function CountyOptions(): ReactElement {
  return (
    <datalist id="california-counties">
      {CALIFORNIA_COUNTIES.map((county) => (
        <option key={county} value={county} />
      ))}
    </datalist>
  );
}
