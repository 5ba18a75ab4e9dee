/**
 * "Import constitution text…": the native dialog in Electron, a hidden `<input type=file>` in the
 * browser (the host answers `browser` when it has no dialog).
 */
import { useRef, type ReactElement } from 'react';
import { importEditionFile, importEditionViaDialog } from '../actions/library-actions';
import { useStore } from '../state/store';
import { libraryStore } from '../state/library-store';

interface Props {
  readonly primary?: boolean;
  readonly label?: string;
}

export function ImportEditionButton({ primary = false, label = 'Import constitution text…' }: Props): ReactElement {
  const input = useRef<HTMLInputElement>(null);
  const importing = useStore(libraryStore, (state) => state.importing);
  const onClick = async (): Promise<void> => {
    const outcome = await importEditionViaDialog();
    if (outcome === 'browser') input.current?.click();
  };
  return (
    <>
      <button
        type="button"
        className={`button${primary ? ' primary' : ''}`}
        onClick={() => void onClick()}
        disabled={importing !== undefined}
      >
        {importing === undefined ? label : `Importing ${importing}…`}
      </button>
      <input
        ref={input}
        type="file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        aria-label="Constitution file to import"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file !== undefined) void importEditionFile(file);
        }}
      />
    </>
  );
}
