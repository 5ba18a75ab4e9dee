/** Ask before the window closes or reloads with unsaved changes (the recovery store also has them). */
import { useEffect } from 'react';
import { draftStore } from '../state/draft-store';

export function useUnloadGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (draftStore.get().dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
