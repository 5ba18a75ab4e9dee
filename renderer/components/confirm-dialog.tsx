/** The confirmation asked by `askConfirm` (e.g. before discarding unsaved changes). */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { confirmStore } from '../state/confirm-store';
import { Modal } from './modal';

export function ConfirmDialog(): ReactElement | null {
  const request = useStore(confirmStore, (state) => state.request);
  if (request === undefined) return null;
  return (
    <Modal title={request.title} titleId="confirm-title" onClose={() => request.resolve(false)} className="modal-small">
      <p>{request.message}</p>
      {request.detail === undefined ? null : <p className="confirm-detail">{request.detail}</p>}
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => request.resolve(false)} autoFocus>
          {request.cancelLabel}
        </button>
        <button
          type="button"
          className={`button ${request.danger ? 'danger' : 'primary'}`}
          onClick={() => request.resolve(true)}
        >
          {request.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
