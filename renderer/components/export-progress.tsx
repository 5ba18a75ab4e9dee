/** Progress of the running export (host events), its outcome, and "show in folder". */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { exportStore } from '../state/export-store';
import { showExportInFolder } from '../actions/export-actions';

export function ExportProgressView(): ReactElement | null {
  const running = useStore(exportStore, (state) => state.running);
  const progress = useStore(exportStore, (state) => state.progress);
  const result = useStore(exportStore, (state) => state.result);
  const error = useStore(exportStore, (state) => state.error);
  const folder = useStore(exportStore, (state) => state.shownFolder);
  if (!running && result === undefined && error === undefined) return null;
  const percent =
    progress === undefined || progress.total === 0 ? 0 : Math.round((100 * progress.completed) / progress.total);
  return (
    <div className="export-status">
      {running && (
        <div className="progress-block">
          <div
            className="progress"
            role="progressbar"
            aria-label="Export progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={progress === undefined ? 'Starting' : `${progress.stage}: ${percent}%`}
          >
            <div className="progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="small muted" aria-live="polite">
            {progress === undefined ? 'Starting…' : `${progress.stage} (${progress.completed} of ${progress.total})`}
          </span>
        </div>
      )}
      {error !== undefined && (
        <p className="notice notice-danger" role="alert">
          {error}
        </p>
      )}
      {result !== undefined && (
        <div className="notice notice-info" role="status">
          <p>
            Exported {result.files.length === 1 ? '1 file' : `${result.files.length} files`} to{' '}
            <code>{result.outputPath}</code>:
          </p>
          <ul className="exported-files">
            {result.files.map((file) => (
              <li key={file.path}>
                <code>{file.path.split(/[/\\]/).pop()}</code>{' '}
                <span className="muted small">
                  {formatBytes(file.bytes)} · SHA-256 {file.sha256.slice(0, 12)}
                </span>
              </li>
            ))}
          </ul>
          {result.notes.length > 0 && (
            <ul className="small">
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => void showExportInFolder()}>
            Show in folder
          </button>
          {folder !== undefined && (
            <p className="small">
              Folder: <code>{folder}</code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function formatBytes(bytes: number): string {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
}
