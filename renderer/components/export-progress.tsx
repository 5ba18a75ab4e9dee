/** Progress of the running export (host events), its outcome, and "show in folder". */
import { useEffect, useRef, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { exportStore } from '../state/export-store';
import { showExportInFolder } from '../actions/export-actions';
import { progressBarView } from '../model/export-progress-bar';

export function ExportProgressView(): ReactElement | null {
  const running = useStore(exportStore, (state) => state.running);
  const progress = useStore(exportStore, (state) => state.progress);
  const result = useStore(exportStore, (state) => state.result);
  const error = useStore(exportStore, (state) => state.error);
  const folder = useStore(exportStore, (state) => state.shownFolder);
  const outcome = useRef<HTMLDivElement>(null);
  // The dialog is usually scrolled to the proponent form when the export ends: bring the outcome into
  // view and move focus to it, so it is seen (and read out) at once.
  useEffect(() => {
    if (result === undefined && error === undefined) return;
    outcome.current?.scrollIntoView({ block: 'nearest' });
    outcome.current?.focus({ preventScroll: true });
  }, [result, error]);
  if (!running && result === undefined && error === undefined) return null;
  const bar = progressBarView(progress);
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
            aria-valuenow={bar.percent}
            aria-valuetext={bar.valueText}
          >
            <div className="progress-fill" style={{ width: `${bar.percent}%` }} />
            {bar.busyWidth > 0 && (
              <div className="progress-busy" style={{ left: `${bar.busyStart}%`, width: `${bar.busyWidth}%` }} />
            )}
          </div>
          <span className="small muted" aria-live="polite">
            {bar.caption}
          </span>
        </div>
      )}
      {error !== undefined && (
        <p className="notice notice-danger" role="alert" ref={outcome} tabIndex={-1}>
          {error}
        </p>
      )}
      {result !== undefined && (
        <div className="notice notice-info export-result" role="status" ref={outcome} tabIndex={-1}>
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
