/**
 * A modal built on `<dialog>`: `showModal()` gives focus trapping, Escape and the inert background
 * for free; focus returns to where it was when the dialog closes.
 */
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly titleId: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** Block Escape (e.g. while an export runs). */
  readonly busy?: boolean;
}

export function Modal({ title, titleId, onClose, children, className, busy = false }: Props): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      element.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`modal${className === undefined ? '' : ` ${className}`}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
