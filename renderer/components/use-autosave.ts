/**
 * Autosave of unsaved work to the host's recovery store, every AUTOSAVE_INTERVAL_MS while the draft
 * is dirty and has changed since the last autosave (actions/autosave.ts). A crash loses at most one
 * interval of typing.
 */
import { useEffect } from 'react';
import { AUTOSAVE_INTERVAL_MS } from '../../src/api/contract';
import { createAutosaver } from '../actions/autosave';

export function useAutosave(): void {
  useEffect(() => {
    const autosaver = createAutosaver();
    const timer = setInterval(() => void autosaver.tick(), AUTOSAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);
}
