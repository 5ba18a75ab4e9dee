/** The text prompt asked by `askText`. */
import { useState, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { promptStore, type PromptRequest } from '../state/prompt-store';
import { Modal } from './modal';

export function PromptDialog(): ReactElement | null {
  const request = useStore(promptStore, (state) => state.request);
  if (request === undefined) return null;
  return <PromptForm key={request.title + request.initial} request={request} />;
}

function PromptForm({ request }: { readonly request: PromptRequest }): ReactElement {
  const [value, setValue] = useState(request.initial);
  const empty = value.trim() === '';
  return (
    <Modal
      title={request.title}
      titleId="prompt-title"
      onClose={() => request.resolve(undefined)}
      className="modal-small"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!empty) request.resolve(value.trim());
        }}
      >
        <div className="field">
          <label htmlFor="prompt-input">{request.label}</label>
          <input
            id="prompt-input"
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            aria-describedby={request.hint === undefined ? undefined : 'prompt-hint'}
            autoFocus
            spellCheck={false}
          />
          {request.hint !== undefined && (
            <span id="prompt-hint" className="field-hint">
              {request.hint}
            </span>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => request.resolve(undefined)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={empty}>
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
